"""Hostile recordings, built byte for byte: what a file someone sent can hold (issue 17, defect 4).

Each builder returns the bytes of one file. The valid parts are written with
``mcap``'s own record classes, so every file starts as a real scenewire
recording would (magic, header, the ``scenewire.recording`` metadata, the
channel); what follows is the attack. Used by ``tests/test_replay_hostile.py``
and ``bench/replay_hostile.py``.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable

import lz4.frame
import zstandard
from mcap.data_stream import RecordBuilder
from mcap.opcode import Opcode
from mcap.records import Channel, Chunk, DataEnd, Footer, Header, McapRecord, Metadata

from scenewire.protocol import SUBPROTOCOL
from scenewire.recording.container import MESSAGE_ENCODING, METADATA_NAME, PROFILE, TOPIC

MAGIC = b"\x89MCAP0\r\n"
STEP = 4 << 20  # zeros fed to a compressor at a time: building a bomb never holds what it inflates to


def records(*items: McapRecord) -> bytes:
    builder = RecordBuilder()
    for item in items:
        item.write(builder)
    return builder.end()


def valid_start() -> bytes:
    """Magic, header, metadata and channel, as ``RecordingWriter`` writes them."""
    return MAGIC + records(
        Header(profile=PROFILE, library="hostile"),
        Metadata(name=METADATA_NAME, metadata={"format": "1", "protocol": "1.0", "source": "ws://x", "server": "x"}),
        Channel(
            id=1, topic=TOPIC, message_encoding=MESSAGE_ENCODING, schema_id=0, metadata={"subprotocol": SUBPROTOCOL}
        ),
    )


def valid_end() -> bytes:
    """The data end, a footer with no summary, and the closing magic: a finished file."""
    return records(DataEnd(data_section_crc=0), Footer(summary_start=0, summary_offset_start=0, summary_crc=0)) + MAGIC


def message_head(payload: int) -> bytes:
    """A message record's opcode, length and fields, for a ``payload``-byte frame that follows."""
    return struct.pack("<BQHIQQ", Opcode.MESSAGE, 22 + payload, 1, 0, 1, 1)


def inflating(compress: Callable[[bytes], bytes], head: bytes, zeros: int) -> bytes:
    out = [compress(head)]
    block = bytes(STEP)
    for done in range(0, zeros, STEP):
        out.append(compress(block[: min(STEP, zeros - done)]))
    return b"".join(out)


def chunk(compression: str, data: bytes, uncompressed_size: int) -> bytes:
    return records(
        Chunk(
            compression=compression,
            data=data,
            message_start_time=1,
            message_end_time=1,
            uncompressed_crc=0,  # 0: no CRC to check, as the format allows
            uncompressed_size=uncompressed_size,
        )
    )


def zstd_bomb(inflated: int = 1 << 30, declared: int | None = None) -> bytes:
    """One chunk of zstd that inflates to one ``inflated``-byte message (1 GiB: 33 KB of file).

    ``declared`` is the chunk's stated uncompressed size (the truth by
    default); the zstd frame states the true size in its own header.
    """
    payload = inflated - 31
    compressor = zstandard.ZstdCompressor(level=1, write_content_size=True).compressobj(size=inflated)
    data = inflating(compressor.compress, message_head(payload), payload) + compressor.flush()
    return valid_start() + chunk("zstd", data, inflated if declared is None else declared) + valid_end()


def lz4_bomb(inflated: int = 512 << 20, declared: int = 4096) -> bytes:
    """One chunk of lz4 that inflates to one ``inflated``-byte message (512 MiB: 2.2 MB of file).

    The chunk states a small uncompressed size: lz4's frame decoder does not
    look at it, so only a bound on the actual output stops it.
    """
    payload = inflated - 31
    compressor = lz4.frame.LZ4FrameCompressor()
    data = compressor.begin() + inflating(compressor.compress, message_head(payload), payload) + compressor.flush()
    return valid_start() + chunk("lz4", data, declared) + valid_end()


def zstd_zeros(inflated: int = 270 << 20) -> bytes:
    """One chunk of zstd that inflates to zeros (270 MiB: 8.5 KB of file): records of opcode 0 and length 0."""
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    data = inflating(compressor.compress, b"", inflated) + compressor.flush()
    return valid_start() + chunk("zstd", data, inflated) + valid_end()


def empty_messages(count: int = 2_000_000) -> bytes:
    """One zstd chunk of ``count`` identical messages with empty frames (62 MB inflated: a few KB of file)."""
    record = message_head(0)
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    batch = record * 100_000
    data = b"".join(compressor.compress(batch) for _ in range(count // 100_000)) + compressor.flush()
    return valid_start() + chunk("zstd", data, len(batch) * (count // 100_000)) + valid_end()


def zeros(size: int = 8704) -> bytes:
    """8.5 KB of zero bytes: no magic, nothing."""
    return bytes(size)


def zeros_after_magic(size: int = 8704) -> bytes:
    """The MCAP magic, then zeros: records of opcode 0 and length 0, each nine bytes."""
    return MAGIC + bytes(size - len(MAGIC))


def garbage_after_header(size: int = 8192) -> bytes:
    """The magic and a valid header record, then random bytes (seeded: the same file every run)."""
    import random

    return MAGIC + records(Header(profile=PROFILE, library="hostile")) + random.Random(17).randbytes(size)


def huge_record_length() -> bytes:
    """A valid start, then a chunk record whose length field says 2^62 bytes."""
    return valid_start() + struct.pack("<BQ", Opcode.CHUNK, 1 << 62) + bytes(64)


def huge_chunk_data_length() -> bytes:
    """A valid start, then a chunk record of honest length whose inner data length says 2^62 bytes."""
    body = struct.pack("<QQQI", 1, 1, 100, 0) + struct.pack("<I", 4) + b"zstd" + struct.pack("<Q", 1 << 62)
    return valid_start() + struct.pack("<BQ", Opcode.CHUNK, len(body) + 16) + body + bytes(16)


def huge_string_length() -> bytes:
    """A valid start, then a metadata record whose name's length says 2^32 - 1 bytes."""
    body = struct.pack("<I", 0xFFFFFFFF) + bytes(32)
    return valid_start() + struct.pack("<BQ", Opcode.METADATA, len(body)) + body


def truncated(frames: list[bytes]) -> bytes:
    """A real recording of ``frames``, a chunk every five, cut in the middle of its last chunk."""
    import tempfile
    from pathlib import Path

    from scenewire.recording import RecordingWriter

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "whole.mcap"
        writer = RecordingWriter(path, source="ws://x", server="x")
        for i, frame in enumerate(frames):
            writer.add(frame, log_time_ns=1_000_000_000 + i)
            if i % 5 == 4:
                writer.flush()  # a chunk every five frames, as a slow session's recording has
        writer.close()
        data = path.read_bytes()
    from io import BytesIO

    from mcap.stream_reader import StreamReader

    stream, start, last = BytesIO(data), len(MAGIC), (0, 0)
    for record in StreamReader(stream, emit_chunks=True).records:
        if isinstance(record, Chunk):
            last = (start, stream.tell())
        start = stream.tell()
    return data[: sum(last) // 2]


HOSTILE: dict[str, Callable[[], bytes]] = {
    "zstd bomb": zstd_bomb,
    "zstd bomb, stated small": lambda: zstd_bomb(declared=4096),
    "lz4 bomb": lz4_bomb,
    "zstd of zeros": zstd_zeros,
    "zstd of zeros, under the limit": lambda: zstd_zeros(60 << 20),
    "empty messages": empty_messages,
    "zeros": zeros,
    "zeros after the magic": zeros_after_magic,
    "garbage after a header": garbage_after_header,
    "record length 2^62": huge_record_length,
    "chunk data length 2^62": huge_chunk_data_length,
    "string length 2^32-1": huge_string_length,
}


def write_all(folder: os.PathLike[str] | str) -> dict[str, str]:
    """Every hostile file into ``folder``; the name of each and its path."""
    paths = {}
    for name, build in HOSTILE.items():
        path = os.path.join(folder, name.replace(" ", "_").replace("^", "") + ".mcap")
        with open(path, "wb") as stream:
            stream.write(build())
        paths[name] = path
    return paths
