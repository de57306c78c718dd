"""Demo tick cost, and what recording and replaying a session costs.

Run by hand: ``.venv/bin/python bench/bench_demos.py [--ticks N]``. Prints one
markdown table. Every figure has a baseline measured in the same run:

1. One tick of each demo session (``advance()`` and draining its updates),
   against one tick of the small cable demo (43 segments), and against a 60 Hz
   frame (16.7 ms), which a tick must stay well under. Ticks are timed in
   this thread's CPU time (``time.thread_time``), so that other processes on
   a busy machine do not inflate them; the wall-clock median is printed
   beside it.
2. The same ticks encoded to frames, then written to a recording and read
   back (MCAP, zstd chunks, CRC checked), per frame, against encoding them.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scenewire import encode
from scenewire.demos.cable import CableSession
from scenewire.demos.neuron_demo import BranchedNeuronSession
from scenewire.demos.wave import WaveSession
from scenewire.recording import RecordingWriter, open_recording
from scenewire.session import Session

FRAME_MS = 1000 / 60


def tick_ms(make: Callable[[], Session], ticks: int) -> tuple[float, float, list[bytes]]:
    """Median CPU ms and wall ms per tick (advance + read_updates), and the frames of every tick."""
    session = make()
    session.initialize()
    for _ in range(5):
        session.advance()
        session.read_updates()
    times, walls, frames = [], [], []
    for _ in range(ticks):
        start, wall = time.thread_time(), time.perf_counter()
        session.advance()
        updates = session.read_updates()
        times.append((time.thread_time() - start) * 1e3)
        walls.append((time.perf_counter() - wall) * 1e3)
        frames += [encode(u) for u in updates]
    return statistics.median(times), statistics.median(walls), frames


def record_replay(frames: list[bytes]) -> tuple[float, float, float, int]:
    """us per frame to encode-equivalent baseline, write, read back; and the file size."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.mcap"
        start = time.thread_time()
        writer = RecordingWriter(path, source="bench", server="bench")
        for frame in frames:
            writer.add(frame)
        writer.close()
        write_us = (time.thread_time() - start) / len(frames) * 1e6
        start = time.thread_time()
        count = sum(1 for _ in open_recording(path).frames())
        read_us = (time.thread_time() - start) / len(frames) * 1e6
        assert count == len(frames)
        return write_us, read_us, sum(map(len, frames)), path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=200)
    args = parser.parse_args()
    base_ms, base_wall, _ = tick_ms(CableSession, args.ticks)
    print(f"baseline: cable demo tick (43 segments) {base_ms:.2f} ms CPU ({base_wall:.2f} ms wall); ", end="")
    print(f"60 Hz frame {FRAME_MS:.1f} ms\n")
    print("| demo | CPU ms per tick (median) | wall ms | x cable tick | share of a 60 Hz frame |")
    print("|---|---|---|---|---|")
    recorded: list[bytes] = []
    demos: list[tuple[str, Callable[[], Session]]] = [
        ("branched neuron, 341 segments", BranchedNeuronSession),
        ("rain on a pond, 96 x 96", WaveSession),
    ]
    try:
        import neuron  # noqa: F401 - only to know whether the NEURON demo can run here

        from scenewire.demos.nrn_cell import NeuronCellSession

        demos.append(("NEURON cell, 123 segments (h.fadvance)", NeuronCellSession))
    except ImportError:
        print("(no NEURON here: pip install 'scenewire[neuron]' adds its row)\n")
    for name, make in demos:
        ms, wall, frames = tick_ms(make, args.ticks)
        print(f"| {name} | {ms:.2f} | {wall:.2f} | {ms / base_ms:.1f} | {ms / FRAME_MS:.0%} |")
        if make is BranchedNeuronSession:
            recorded = frames
    encode_session = BranchedNeuronSession()
    encode_session.initialize()
    encode_session.advance()
    updates = encode_session.read_updates()
    start = time.thread_time()
    for _ in range(len(recorded) // len(updates)):
        for update in updates:
            encode(update)
    encode_us = (time.thread_time() - start) / len(recorded) * 1e6
    write_us, read_us, raw, size = record_replay(recorded)
    print(f"\nrecording the neuron's frames ({len(recorded)} frames, {raw / 1e6:.2f} MB):\n")
    print("| step | us per frame | x encoding the frame |")
    print("|---|---|---|")
    print(f"| encode (baseline) | {encode_us:.1f} | 1.0 |")
    print(f"| write to the recording | {write_us:.1f} | {write_us / encode_us:.2f} |")
    print(f"| read back, CRC checked | {read_us:.1f} | {read_us / encode_us:.2f} |")
    print(f"\nfile size: {size / 1e6:.2f} MB, {size / raw:.0%} of the frames' bytes")


if __name__ == "__main__":
    main()
