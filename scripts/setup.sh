#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian machine: system packages, a venv, the package.
# Sourced by test.sh and demo.sh; safe to run again.
# Exits non-zero, saying what is missing and how to get it, when it cannot install what the
# tests need (apt-get or pip failing, a tool still missing after the install, no root to install
# with): a test run without Mono, Xvfb or Node would otherwise skip or fail far from the cause.
# SCENEWIRE_SETUP_ALLOW_MISSING=1 turns a missing system package into a warning, for a developer
# without root who runs only the tests that do not need it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

fail() {
  echo "setup: FAILED: $*" >&2
  exit 1
}

missing_packages() {
  need_apt=()
  command -v mcs >/dev/null 2>&1 || need_apt+=(mono-mcs)
  command -v mono >/dev/null 2>&1 || need_apt+=(mono-runtime)
  [ -e /usr/lib/mono/4.5/System.Net.Http.dll ] || need_apt+=(libmono-system-net-http4.0-cil)
  # A real window under Xvfb (tests/frontend, `scenewire view --screenshot`): the X server, Mesa's
  # software GL, and every library PyQt6's xcb platform plugin loads (without libxcb-icccm4 and
  # libxcb-keysyms1 the plugin fails to load and Qt aborts).
  command -v Xvfb >/dev/null 2>&1 || need_apt+=(xvfb)
  command -v xauth >/dev/null 2>&1 || need_apt+=(xauth)
  for pkg in libgl1 libgl1-mesa-dri libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libx11-xcb1; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need_apt+=("$pkg")
  done
  # Clients not written in Python for tests/test_foreign_clients.py: headless Chromium, and Node with npm
  # (the `ws` package is installed below into .cache/node).
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
  command -v npm >/dev/null 2>&1 || need_apt+=(npm)
  # MPI for networks on N ranks (docs/mpi.md, tests/test_mpi.py): Open MPI's mpiexec and the headers mpi4py builds against.
  command -v mpiexec >/dev/null 2>&1 || need_apt+=(openmpi-bin)
  dpkg-query -W -f='${Status}' libopenmpi-dev 2>/dev/null | grep -q "ok installed" || need_apt+=(libopenmpi-dev)
  return 0
}

missing_packages
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: apt-get install ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    log="$(mktemp)"
    apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; fail "apt-get update failed (see above)"; }
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >"$log" 2>&1 \
      || { cat "$log" >&2; fail "apt-get install ${need_apt[*]} failed (see above)"; }
    rm -f "$log"
    missing_packages
    [ ${#need_apt[@]} -eq 0 ] || fail "still missing after apt-get install: ${need_apt[*]}"
  elif [ -n "${SCENEWIRE_SETUP_ALLOW_MISSING:-}" ]; then
    echo "setup: WARNING: not installed: ${need_apt[*]}; the tests that need them will skip, or fail where CI is set" >&2
  else
    fail "not installed: ${need_apt[*]}. Run scripts/setup.sh as root, or: sudo apt-get install ${need_apt[*]}
  (SCENEWIRE_SETUP_ALLOW_MISSING=1 goes on without them; the tests that need them then skip, or fail where CI is set)"
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || fail "python3 -m venv $VENV failed (Debian: apt-get install python3-venv)"
fi
stamp="$VENV/.scenewire-installed"
if [ ! -f "$stamp" ] || [ "$ROOT/python/pyproject.toml" -nt "$stamp" ]; then
  "$VENV/bin/pip" install -q --upgrade pip || fail "pip could not upgrade itself in $VENV"
  "$VENV/bin/pip" install -q -e "$ROOT/python[server,frontend,test,bench,neuron,docs,export,jupyter,browser,mpi,netpyne]" \
    || fail "pip could not install python/ with its extras [server,frontend,test,bench,neuron,docs,export,jupyter,browser,mpi,netpyne] (see above)"
  touch "$stamp"
fi
for tool in python pytest ruff scenewire; do
  [ -x "$VENV/bin/$tool" ] || fail "$VENV/bin/$tool is missing after the install (remove $VENV and run again)"
done

# Node's `ws` package for the foreign-client tests, once, into a folder of the checkout.
if [ ! -f "$ROOT/.cache/node/node_modules/ws/package.json" ] && command -v npm >/dev/null 2>&1; then
  mkdir -p "$ROOT/.cache/node"
  npm install --no-audit --no-fund --silent --prefix "$ROOT/.cache/node" ws@8 >/dev/null \
    || fail "npm could not install ws@8 into .cache/node (tests/test_foreign_clients.py needs it)"
fi

# The browser client (web/): its npm packages as web/package-lock.json pins them (esbuild and
# TypeScript to build, playwright-core to drive Chromium in tests/test_web_client.py, three.js and
# uPlot for the views), again only when the lockfile changed.
if command -v npm >/dev/null 2>&1; then
  stamp="$ROOT/web/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/web/package-lock.json" -nt "$stamp" ]; then
    (cd "$ROOT/web" && npm ci --no-audit --no-fund --silent >/dev/null) \
      || fail "npm ci in web/ failed (tests/test_web_client.py needs web/node_modules)"
  fi
fi
