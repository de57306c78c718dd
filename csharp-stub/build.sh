#!/usr/bin/env bash
# Build the C# stub with Mono's mcs at C# 7.2 (what Unity compiles): bash csharp-stub/build.sh
# Outputs, in csharp-stub/bin/ (git-ignored):
#   Scenewire.dll                  the library: wire (MessagePack, ndarray), model (messages, scene), client
#   scenewire-conformance.exe      runs conformance/manifest.json:  mono bin/scenewire-conformance.exe conformance
#   scenewire-client.exe           live client:  mono bin/scenewire-client.exe ws://127.0.0.1:8765 --stop-after 10
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/src"
OUT="$HERE/bin"
MCS="${MCS:-mcs}"
command -v "$MCS" >/dev/null 2>&1 || { echo "build.sh: $MCS not found (Debian: apt-get install mono-mcs mono-runtime)" >&2; exit 127; }
mkdir -p "$OUT"
FLAGS=(-langversion:7.2 -nologo -warnaserror+ -debug- -optimize+)
LIB=("$SRC"/Wire/*.cs "$SRC"/Model/*.cs)
# The library, as a Unity project would take it (no Main, no JSON).
"$MCS" "${FLAGS[@]}" -target:library -out:"$OUT/Scenewire.dll" "${LIB[@]}" "$SRC"/Client/SceneClient.cs
# Each tool is compiled from source with its own Main, so it runs without the dll beside it.
"$MCS" "${FLAGS[@]}" -out:"$OUT/scenewire-conformance.exe" "${LIB[@]}" "$SRC"/Conformance/*.cs
"$MCS" "${FLAGS[@]}" -out:"$OUT/scenewire-client.exe" "${LIB[@]}" "$SRC"/Conformance/Json.cs "$SRC"/Client/*.cs
echo "build.sh: built $OUT/Scenewire.dll, scenewire-conformance.exe, scenewire-client.exe"
