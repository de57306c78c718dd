"""Hostile recordings (issue 17, defect 4): ``scenewire replay`` answers each in one line, within bounded memory.

Every file is built for real (``tests/hostile_recordings.py``) and given to a
real ``scenewire replay`` process. Its peak resident memory is the kernel's
own count (``wait4``'s ``ru_maxrss``: the largest of the replay and every
process it waited for, its worker included), not a sample.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from scenewire import encode
from scenewire.protocol import Error, Status, decode
from scenewire.recording import open_recording, summarize
from scenewire.recording.chunks import MAX_CHUNK_BYTES
from scenewire.transports.ws_client import SceneClient

from . import hostile_recordings as hostile
from .test_cli import PY, WAIT
from .test_recording import demo_frames

BASELINE_MIB = 96  # the interpreter with scenewire, mcap and the decoders imported is about 45 MiB
BOUND_MIB = BASELINE_MIB + 2 * MAX_CHUNK_BYTES / 2**20  # one chunk inflated, and its frames copied out


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    peak_mib: float
    frames: list[bytes]


# Started by the test, this starts the replay and waits for it with wait4: the replay's peak memory is then its
# own. (Started straight from pytest, a process counts pytest's memory as its own peak: Linux keeps the peak of
# the memory it had before exec.) SIGTERM is passed on.
LAUNCH = """
import os, signal, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGTERM))
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_replay(path: Path, client: bool = False) -> Outcome:
    """``scenewire replay PATH --once``; if it serves, one client reads it to the end (``client``) or it is stopped."""
    peak = path.with_suffix(".maxrss")
    replay = ["-m", "scenewire.cli", "replay", str(path), "--port", "0", "--once", "--fast"]
    process = subprocess.Popen(
        [PY, "-S", "-c", LAUNCH, str(peak), *replay],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = threading.Timer(WAIT, process.terminate)
    deadline.start()
    try:
        assert process.stdout is not None and process.stderr is not None
        lines, frames = [], []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("connect with: "):
                if client:
                    frames = asyncio.run(read_all(line.split()[-1]))
                else:
                    process.terminate()  # it serves: what it did before is what is measured
        stderr = process.stderr.read()
        process.wait()
    finally:
        deadline.cancel()
    return Outcome(process.returncode, "".join(lines), stderr, int(peak.read_text()) / 1024, frames)


async def read_all(url: str) -> list[bytes]:
    client = await SceneClient.connect(url)
    frames = []
    try:
        async for frame in client.ws:
            frames.append(frame)
            if isinstance(decode(frame), Status) and b"end of the recording" in frame:
                break
    finally:
        await client.close()
    return frames


REFUSED = {
    "zstd bomb": "states 1073741824 bytes uncompressed, over the limit",
    "zstd bomb, stated small": "inflates to more than the 4096 bytes it states",
    "lz4 bomb": "inflates to more than the 4096 bytes it states",
    "zstd of zeros": "over the limit",
    "zstd of zeros, under the limit": "opcode 0x00, which no chunk holds",
    "empty messages": "records, more than its size allows",
    "zeros": "not an MCAP file",
    "zeros after the magic": "not an MCAP file",
    "garbage after a header": "damaged before its scenewire metadata",
    "record length 2^62": "record has length 4611686018427387904 that exceeds limit",
    "chunk data length 2^62": "a length of 4611686018427387904 bytes where",
    "string length 2^32-1": "a length of 4294967295 bytes where",
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_hostile_file_is_refused_in_one_line_within_bounded_memory(tmp_path: Path, name: str) -> None:
    path = tmp_path / "hostile.mcap"
    path.write_bytes(hostile.HOSTILE[name]())
    got = run_replay(path)
    assert "Traceback" not in got.stdout + got.stderr, got.stderr[-2000:]
    assert got.code == 1 and "connect with:" not in got.stdout, got.stdout  # nothing to play: nothing served
    assert len(got.stderr.splitlines()) == 1 and got.stderr.startswith("scenewire: "), got.stderr
    assert REFUSED[name] in got.stderr, got.stderr
    assert got.peak_mib < BOUND_MIB, f"{name}: {got.peak_mib:.0f} MiB"


def bomb_between(frames: list[bytes], bomb: bytes) -> bytes:
    """A finished recording of ``frames`` in two chunks, with ``bomb``'s chunk between them."""
    first = b"".join(message(f, i) for i, f in enumerate(frames[:5]))
    rest = b"".join(message(f, i) for i, f in enumerate(frames[5:]))
    head = hostile.valid_start()
    return (
        head
        + hostile.chunk("", first, len(first))
        + bomb[len(head) : len(bomb) - len(hostile.valid_end())]
        + hostile.chunk("", rest, len(rest))
        + hostile.valid_end()
    )


def message(frame: bytes, i: int) -> bytes:
    import struct

    from mcap.opcode import Opcode

    return struct.pack("<BQHIQQ", Opcode.MESSAGE, 22 + len(frame), 1, i, 10**9 + i, 10**9 + i) + frame


@pytest.mark.parametrize("name", ["zstd bomb", "lz4 bomb"])
def test_a_bomb_among_real_chunks_is_skipped_by_replay_and_its_worker(tmp_path: Path, name: str) -> None:
    frames = demo_frames(4)
    path = tmp_path / "mixed.mcap"
    path.write_bytes(bomb_between(frames, hostile.HOSTILE[name]()))
    got = run_replay(path, client=True)
    assert "Traceback" not in got.stdout + got.stderr, got.stderr[-2000:]
    warnings = [line for line in got.stdout.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "is damaged" in warnings[0] and "skipped" in warnings[0], got.stdout
    received = got.frames
    errors = [decode(f) for f in received if isinstance(decode(f), Error)]
    assert len(errors) == 1 and "replayed what was intact" in errors[0].message  # type: ignore[union-attr]
    assert [f for f in received if not isinstance(decode(f), (Error, Status))] == frames
    assert got.code == 0 and got.peak_mib < BOUND_MIB, f"{name}: {got.peak_mib:.0f} MiB"


def test_a_truncated_file_plays_what_is_whole_and_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.mcap"
    path.write_bytes(hostile.truncated(demo_frames(40)))
    got = run_replay(path)
    assert "Traceback" not in got.stdout + got.stderr
    warnings = [line for line in got.stdout.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "ends early: the recording was cut off" in warnings[0], got.stdout
    assert "connect with:" in got.stdout and got.peak_mib < BOUND_MIB


@pytest.mark.parametrize("name", list(REFUSED))
def test_reading_a_hostile_file_in_process_says_what_is_wrong(tmp_path: Path, name: str) -> None:
    """The reader's own answer, without a process around it: a ``RecordingError`` or damage, never another error."""
    from scenewire.recording import RecordingError

    path = tmp_path / "hostile.mcap"
    path.write_bytes(hostile.HOSTILE[name]())
    try:
        summary = summarize(path)
    except RecordingError as exc:
        assert REFUSED[name] in str(exc)
        return
    assert summary.count == 0 and len(summary.damage) == 1 and REFUSED[name] in summary.damage[0]


def test_an_honest_chunk_near_the_limit_still_plays(tmp_path: Path) -> None:
    """One frame at the frame limit's scale, stored as the recorder stores it: the limits leave it whole."""
    import numpy as np

    from scenewire.protocol import FieldReplace
    from scenewire.recording import RecordingWriter

    big = encode(FieldReplace(field_id="v", values=np.zeros(6 << 20)))  # 48 MiB of zeros, a few KB compressed
    writer = RecordingWriter(tmp_path / "big.mcap", source="ws://x", server="x")
    writer.add(big)
    writer.add(encode(Status(message="after")))
    writer.close()
    recording = open_recording(tmp_path / "big.mcap")
    assert [len(f.data) for f in recording.frames()] == [len(big), len(encode(Status(message="after")))]
    assert not recording.damage
