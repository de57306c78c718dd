"""Frames across an OS pipe: order, sizes either side of the buffer, the writer's death mid-frame."""

from __future__ import annotations

import multiprocessing
import os
import threading

import pytest

from scenewire.session import ChannelClosed
from scenewire.transports import framepipe
from scenewire.transports.backlog import BacklogBudget, CreditLine, WorkerCredit
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


# -- the worker's credit within the backlog budget (transports/backlog.py) ---------------------------------


def credit_line(credit: int) -> tuple[CreditLine, WorkerCredit]:
    line = CreditLine(multiprocessing.get_context("spawn"), credit)
    return line, line.worker_end()


def test_the_worker_writes_within_its_credit_and_waits_for_the_rest() -> None:
    line, worker = credit_line(1000)
    assert worker.take(600) and worker.take(400)  # exactly the credit
    assert not worker.take(1)  # one byte more waits
    assert line.outstanding == 1000
    woke = threading.Event()

    def wait_then_take() -> None:
        while not worker.take(500):
            worker.wait()
        woke.set()

    waiter = threading.Thread(target=wait_then_take)
    waiter.start()
    assert not woke.wait(0.2)  # still out of credit
    line.returned(600)  # the socket took the first frame: its credit comes back, the doorbell rings
    assert woke.wait(10)
    waiter.join(10)
    assert line.outstanding == 900
    line.close()


def test_a_frame_larger_than_the_credit_goes_alone() -> None:
    line, worker = credit_line(100)
    assert worker.take(5000)  # nothing outstanding: it goes, alone
    assert not worker.take(1)
    line.returned(5000)
    assert worker.take(1)
    line.close()


def test_a_worker_waiting_for_credit_learns_that_the_client_is_gone() -> None:
    line, worker = credit_line(10)
    assert worker.take(10)
    failed: list[BaseException] = []

    def wait() -> None:
        try:
            worker.wait()
            worker.wait()  # a ring from before the close may come first
        except ChannelClosed as exc:
            failed.append(exc)

    waiter = threading.Thread(target=wait)
    waiter.start()
    line.close()
    waiter.join(10)
    assert failed and isinstance(failed[0], ChannelClosed)


def test_the_budget_counts_the_sockets_own_buffers() -> None:
    budget = BacklogBudget(16 << 20)
    assert budget.send_buffer_request == 1 << 20 and budget.write_limit == 64 << 10
    small = BacklogBudget(1 << 20)
    assert small.send_buffer_request == small.write_limit == 64 << 10
    kernel = 2 * small.send_buffer_request + (64 << 10)
    assert small.credit(kernel) + small.write_limit + kernel == small.total
    with pytest.raises(ValueError, match="at least"):
        BacklogBudget(1000)
