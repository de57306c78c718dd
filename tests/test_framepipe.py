"""Frames across an OS pipe: order, sizes either side of the buffer, the writer's death mid-frame."""

from __future__ import annotations

import os
import threading

import pytest

from scenewire.transports import framepipe
from scenewire.transports.framepipe import HEADER, FrameReader, enlarge_pipe, write_frames

pytestmark = pytest.mark.skipif(not framepipe.SUPPORTED, reason="POSIX only")


def pipe() -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    enlarge_pipe(write_fd)
    return read_fd, write_fd


def read_all(reader: FrameReader) -> list[bytes]:
    out: list[bytes] = []
    while True:
        try:
            out.extend(bytes(f) for f in reader.read())
        except EOFError:
            return out


def test_frames_of_every_size_arrive_whole_and_in_order() -> None:
    sizes = [1, 7, 100, framepipe.READ_BUFFER_BYTES // 2, framepipe.READ_BUFFER_BYTES // 2 + 1, 3_000_001, 2]
    frames = [bytes([i % 251]) * n for i, n in enumerate(sizes)] + [os.urandom(50) for _ in range(2000)]
    read_fd, write_fd = pipe()

    def writer() -> None:
        for start in range(0, len(frames), 37):  # ticks of different lengths
            write_frames(write_fd, frames[start : start + 37])
        os.close(write_fd)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert read_all(FrameReader(read_fd)) == frames
    finally:
        thread.join()
        os.close(read_fd)


def test_more_pieces_than_one_writev_takes() -> None:
    frames = [b"%d" % i for i in range(framepipe.WRITEV_PIECES * 3)]
    read_fd, write_fd = pipe()
    write_frames(write_fd, frames)  # small: fits in the pipe without a reader
    os.close(write_fd)
    assert read_all(FrameReader(read_fd)) == frames
    os.close(read_fd)


def test_a_read_takes_every_buffered_frame_but_blocks_for_none() -> None:
    read_fd, write_fd = pipe()
    write_frames(write_fd, [b"a", b"bb", b"ccc"])
    reader = FrameReader(read_fd)
    assert reader.read() == [b"a", b"bb", b"ccc"]
    write_frames(write_fd, [b"a", b"b"])
    assert reader.read(max_frames=1) == [b"a"]
    assert reader.read() == [b"b"]
    os.close(write_fd)
    with pytest.raises(EOFError):
        reader.read()
    os.close(read_fd)


@pytest.mark.parametrize("cut", [3, HEADER.size + 10])
def test_a_writer_that_dies_mid_frame_is_an_end(cut: int) -> None:
    read_fd, write_fd = pipe()
    os.write(write_fd, (HEADER.pack(100) + b"x" * 100)[:cut])  # a header or a body, cut short
    os.close(write_fd)
    with pytest.raises(EOFError):
        FrameReader(read_fd).read()
    os.close(read_fd)


def test_writing_to_a_closed_reader_raises() -> None:
    read_fd, write_fd = pipe()
    os.close(read_fd)
    with pytest.raises(BrokenPipeError):
        write_frames(write_fd, [b"frame"])
    os.close(write_fd)
