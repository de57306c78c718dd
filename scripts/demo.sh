#!/usr/bin/env bash
# The README's main command: a firing neuron, served over a real WebSocket on
# loopback and shown in the window.
#
#   bash scripts/demo.sh                 # a window if there is a display; else a screenshot under Xvfb
#   SCREENSHOT=cell.png bash scripts/demo.sh   # always a screenshot, written there
#                                               # (default, headless: .cache/scenewire-demo.png, git-ignored)
#   DEMO_SECONDS=5 bash scripts/demo.sh  # how long the window shows the cell before the screenshot (default 4)
#   SCENEWIRE_BIN=~/env/bin bash scripts/demo.sh   # use that environment's scenewire; no set-up
#   DEMO_VIEW_TIMEOUT=120 bash scripts/demo.sh      # headless: stop a window that has not exited by then
#                                                   # (default DEMO_SECONDS + 90) and fail, saying so
#
# Serves scenewire.demos.neuron_demo:BranchedNeuronSession on a free port,
# opens `scenewire view` on it, stops the session, and checks that the server
# exited cleanly. Without the window (no `scenewire view`), it shows the
# stream as text with `scenewire probe` instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${SCENEWIRE_BIN:-}" ]; then
  BIN="$SCENEWIRE_BIN"
else
  bash "$ROOT/scripts/setup.sh"
  BIN="$ROOT/.venv/bin"
fi
SESSION="scenewire.demos.neuron_demo:BranchedNeuronSession"
SECONDS_SHOWN="${DEMO_SECONDS:-4}"
VIEW_TIMEOUT="${DEMO_VIEW_TIMEOUT:-$(awk -v s="$SECONDS_SHOWN" 'BEGIN { printf "%d", s + 90 }')}"
LOG="$(mktemp)"

"$BIN/scenewire" serve "$SESSION" --port 0 --once >"$LOG" 2>&1 &
SERVER=$!
cleanup() {
  if kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER" 2>/dev/null || true; fi
  rm -f "$LOG"
}
trap cleanup EXIT

# port 0: the server picks a free port and prints the command that reaches it
for _ in $(seq 1 1200); do
  grep -q '^connect with: ' "$LOG" && break
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$LOG"; echo "demo: the server did not start" >&2; exit 1; fi
  sleep 0.05
done
cat "$LOG"
URL="$(sed -n 's/^connect with: .* \(ws:[^ ]*\)$/\1/p' "$LOG")"
[ -n "$URL" ] || { echo "demo: no connect line from the server" >&2; exit 1; }

if "$BIN/scenewire" view --help >/dev/null 2>&1; then
  if [ -n "${SCREENSHOT:-}" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    OUT="$(realpath -m "${SCREENSHOT:-$ROOT/.cache/scenewire-demo.png}")"
    mkdir -p "$(dirname "$OUT")"
    RUN=()
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "demo: no display; running the window under Xvfb"
      RUN=(xvfb-run -a -s "-screen 0 1600x1000x24")
    fi
    echo "--- scenewire view $URL --screenshot $OUT --after-seconds $SECONDS_SHOWN"
    # Bounded: a window that has not exited after VIEW_TIMEOUT s gets SIGABRT (Python's fault handler
    # prints what stack it can find), its whole process group SIGKILL 10 s later; the demo then says so.
    view_status=0
    PYTHONFAULTHANDLER=1 timeout -s ABRT -k 10 "$VIEW_TIMEOUT" \
      "${RUN[@]}" "$BIN/scenewire" view "$URL" --screenshot "$OUT" --after-seconds "$SECONDS_SHOWN" \
      || view_status=$?
    if [ "$view_status" -eq 124 ] || [ "$view_status" -eq 137 ]; then
      echo "demo: scenewire view did not exit within $VIEW_TIMEOUT s (DEMO_VIEW_TIMEOUT); stopped it" >&2
      exit 1
    elif [ "$view_status" -ne 0 ]; then
      echo "demo: scenewire view failed with status $view_status" >&2
      exit "$view_status"
    fi
    echo "demo: the window's screenshot is at $OUT"
  else
    echo "--- scenewire view $URL   (close the window to end the demo)"
    "$BIN/scenewire" view "$URL"
  fi
else
  echo "--- no window here (scenewire view is missing); the stream as text instead"
  echo "--- scenewire probe $URL --seconds 2 --set stim=1.2 --stop"
  "$BIN/scenewire" probe "$URL" --seconds 2 --set stim=1.2 --stop
fi

# the client leaving (or stop_session) ends the session; the server runs shutdown() and exits
for _ in $(seq 1 1200); do
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.05
done
if kill -0 "$SERVER" 2>/dev/null; then
  echo "demo: the server is still running 60 s after the client left; stopping it" >&2
  echo "--- server log"
  cat "$LOG"
  exit 1
fi
wait "$SERVER" && status=0 || status=$?
echo "--- server log"
cat "$LOG"
echo "demo: server exited with status $status"
exit "$status"
