"""Coverage-guided fuzzing of the decoder and the server's connection rules, with atheris (run by hand).

    .venv/bin/python bench/fuzz_decoder.py -runs=1000000            # the campaign in docs/security.md
    .venv/bin/python bench/fuzz_decoder.py -runs=20000 -seed=1      # what tests/test_security.py runs

Each input is one frame. It goes to ``scenewire.decode`` and to an open
server connection's ``receive`` (the path every client frame takes). A
``ProtocolError`` is the decoder doing its job; any other exception, a hang
or a crash is a finding, and libFuzzer writes the input to ``crash-*``. The
seed corpus is every conformance vector (valid and invalid), so mutations
start from real messages. A second check on the server's side: every
``error`` reply it would send fits in the frame limit and its text in
``MAX_ERROR_TEXT_BYTES``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["scenewire", "msgpack"]):
    from scenewire.protocol import decode, encode, make_hello
    from scenewire.protocol.connection import Send, ServerConnection
    from scenewire.protocol.limits import MAX_ERROR_TEXT_BYTES, MAX_FRAME_BYTES
    from scenewire.wire import ProtocolError

CONFORMANCE = Path(__file__).resolve().parents[1] / "conformance"


def open_connection() -> ServerConnection:
    conn = ServerConnection(max_faults_in_a_row=1 << 30)
    conn.upgrade([])
    conn.receive(encode(make_hello("client", "fuzz")))
    conn.accept()
    return conn


CONNECTION = open_connection()


def one_input(data: bytes) -> None:
    with contextlib.suppress(ProtocolError):
        decode(data)
    for event in CONNECTION.receive(data):
        if isinstance(event, Send):
            assert len(event.data) <= MAX_FRAME_BYTES
            reply = decode(event.data)
            assert len(reply.message.encode()) <= MAX_ERROR_TEXT_BYTES  # type: ignore[attr-defined]


def seed_corpus() -> str:
    folder = tempfile.mkdtemp(prefix="scenewire-fuzz-corpus-")
    for index, path in enumerate(sorted(CONFORMANCE.glob("*/*.msgpack"))):
        Path(folder, f"{index:04d}").write_bytes(path.read_bytes())
    return folder


def main() -> None:
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(seed_corpus())  # libFuzzer reads the seeds from, and writes new finds to, this folder
    if not any(a.startswith("-max_len=") for a in args):
        args.append("-max_len=4096")
    os.environ.setdefault("PYTHONHASHSEED", "0")
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
