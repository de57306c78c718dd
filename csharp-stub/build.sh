#!/usr/bin/env bash
# Build the C# stub with Mono's mcs at C# 7.2 (what Unity compiles): bash csharp-stub/build.sh
# Outputs, in csharp-stub/bin/ (git-ignored):
#   Scenewire.dll                  the library: wire (MessagePack, ndarray), model (messages, scene), client
#   Scenewire.Span.dll             the same with -define:SCENEWIRE_SPAN (Span<T> members)
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
# The library, as a Unity project would take it: Wire, Model and Client without the tools' Main.
LIB=("$SRC"/Wire/*.cs "$SRC"/Model/*/*.cs)
for file in "$SRC"/Client/*.cs; do [[ "$file" == */ClientMain.cs ]] || LIB+=("$file"); done
"$MCS" "${FLAGS[@]}" -target:library -out:"$OUT/Scenewire.dll" "${LIB[@]}"
# The same with the Span<T> members (Unity 2021.2+): proves they compile; the C# 7.2 floor stays.
"$MCS" "${FLAGS[@]}" -define:SCENEWIRE_SPAN -target:library -out:"$OUT/Scenewire.Span.dll" "${LIB[@]}"
# Each tool is compiled from source with its own Main, so it runs without the dll beside it.
"$MCS" "${FLAGS[@]}" -out:"$OUT/scenewire-conformance.exe" "${LIB[@]}" "$SRC"/Conformance/*.cs
"$MCS" "${FLAGS[@]}" -out:"$OUT/scenewire-client.exe" "${LIB[@]}" "$SRC"/Conformance/Json.cs "$SRC"/Client/ClientMain.cs
echo "build.sh: built $OUT/Scenewire.dll, Scenewire.Span.dll, scenewire-conformance.exe, scenewire-client.exe"
