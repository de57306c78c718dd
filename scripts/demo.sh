#!/usr/bin/env bash
# A session over a real WebSocket and a client that shows it:
# serve the branched-neuron demo on a free loopback port, probe it for a few seconds,
# change the stimulus, stop the session, and check that the server exited.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
BIN="$ROOT/.venv/bin"
SESSION="scenewire.demos.neuron_demo:BranchedNeuronSession"
LOG="$(mktemp)"

"$BIN/scenewire" serve "$SESSION" --port 0 >"$LOG" 2>&1 &
SERVER=$!
cleanup() {
  if kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER" 2>/dev/null || true; fi
  rm -f "$LOG"
}
trap cleanup EXIT

# port 0: the server picks a free port and prints the command that reaches it
for _ in $(seq 1 200); do
  grep -q '^connect with: ' "$LOG" && break
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$LOG"; echo "demo: the server did not start" >&2; exit 1; fi
  sleep 0.05
done
cat "$LOG"
PROBE="$(sed -n 's/^connect with: //p' "$LOG")"
[ -n "$PROBE" ] || { echo "demo: no connect line from the server" >&2; exit 1; }
URL="${PROBE##* }"

echo "--- $PROBE --seconds 2 --set stim=1.2 --stop"
"$BIN/scenewire" probe "$URL" --seconds 2 --set stim=1.2 --stop

# after stop_session the server runs shutdown() and exits on its own
for _ in $(seq 1 200); do
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.05
done
if kill -0 "$SERVER" 2>/dev/null; then
  echo "demo: the server is still running after stop_session" >&2
  exit 1
fi
wait "$SERVER" && status=0 || status=$?
echo "--- server log"
cat "$LOG"
echo "demo: server exited with status $status"
exit "$status"
