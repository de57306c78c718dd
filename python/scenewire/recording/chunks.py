"""Reading a recording's records within bounds: no file makes the reader inflate or loop without limit.

``mcap`` reads the records; this module sets the limits it reads them under
(docs/recording.md, "Limits"), because its defaults trust the file: a
chunk's zstd frame that states its own size is inflated to that size
whatever the chunk says, an lz4 chunk is inflated to whatever it holds, a
length field is allocated before it is checked against the file, and a
chunk of zeros is walked as millions of empty records.

- :class:`BoundedFile` refuses a read longer than what is left of the file,
  before anything is allocated;
- :func:`chunk_frames` checks a chunk's stated uncompressed size against
  :data:`MAX_CHUNK_BYTES` before inflating, inflates at most that (with
  streaming decoders that never take a size from the data), checks the
  actual size and the CRC, and walks its records with each length checked
  against the chunk and their count against :func:`max_chunk_records`.
"""

from __future__ import annotations

import struct
import zlib
from io import BytesIO
from typing import IO

import lz4.frame
import zstandard
from mcap.data_stream import ReadDataStream
from mcap.exceptions import McapError
from mcap.opcode import Opcode
from mcap.records import Chunk, Message

from ..wire.limits import MAX_FRAME_BYTES

CHUNK_BYTES = 1 << 20
"""The recorder closes a chunk once its records pass this many bytes (and at least once a second)."""

MAX_CHUNK_BYTES = MAX_FRAME_BYTES + 2 * CHUNK_BYTES
"""A chunk's uncompressed size, at most: one frame at the frame limit and the chunk it closes (66 MiB)."""

MAX_RECORD_BYTES = MAX_CHUNK_BYTES + (1 << 16)
"""A record in the file (a chunk with its header, or a frame stored uncompressed), at most."""

CHUNK_RECORDS_ALLOWANCE = 64
"""Records a chunk may hold beyond one per byte of its stored data (see :func:`max_chunk_records`)."""

MESSAGE_FIELDS = 22  # channel id, sequence, log time, publish time: the bytes of a message before its frame


class RecordingDamage(McapError):
    """A part of a file that is not what a recording holds; the text says what and where it stops being read."""


class PastTheEnd(RecordingDamage):
    """A length that points past the end of the file: a cut-off file, or a length no file could hold."""

    def __init__(self, wanted: int, left: int, size: int) -> None:
        self.cut_off = 0 <= wanted <= MAX_RECORD_BYTES  # a length a record can have: the file was cut short
        what = "a negative length" if wanted < 0 else f"a length of {wanted} bytes"
        super().__init__(f"{what} where {left} bytes of the file's {size} are left")


class BoundedFile:
    """A file read only within its size: a record's length is checked against what is left before it is read.

    ``mcap`` reads each length field and then that many bytes; on a plain
    file a length of 2^62 would be allocated (``MemoryError``) before the
    read came up short.
    """

    def __init__(self, stream: IO[bytes], size: int) -> None:
        self._stream = stream
        self.size = size
        self.position = stream.tell()

    def read(self, n: int) -> bytes:
        left = self.size - self.position
        if n < 0 or n > left:
            raise PastTheEnd(n, left, self.size)
        data = self._stream.read(n)
        self.position += len(data)
        return data

    def close(self) -> None:
        self._stream.close()


def max_chunk_records(chunk: Chunk) -> int:
    """At most one record per byte of a chunk's stored data, plus an allowance.

    A recording's records differ in their sequence numbers and times, so
    compression keeps several bytes of each (about 5 for the smallest
    frames); a chunk of identical empty records packs millions into a few
    kilobytes, and walking them is what stalled a replay for 25 s.
    """
    return CHUNK_RECORDS_ALLOWANCE + len(chunk.data)


def inflate(chunk: Chunk) -> bytes:
    """The chunk's records, uncompressed, or :class:`RecordingDamage`; never more than :data:`MAX_CHUNK_BYTES`."""
    stated = chunk.uncompressed_size
    if stated > MAX_CHUNK_BYTES:
        raise RecordingDamage(
            f"it states {stated} bytes uncompressed, over the limit of {MAX_CHUNK_BYTES}; not inflated"
        )
    try:
        if chunk.compression == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(chunk.data, read_across_frames=True)
            data = _read_at_most(reader, stated + 1)
        elif chunk.compression == "lz4":
            data = _lz4_at_most(chunk.data, stated + 1)
        elif chunk.compression == "":
            data = chunk.data
        else:
            raise RecordingDamage(f"it is compressed with {chunk.compression[:32]!r}, which no recording uses")
    except (zstandard.ZstdError, RuntimeError) as exc:  # what each decoder raises for data that is not its format
        raise RecordingDamage(f"its {chunk.compression} data does not inflate ({str(exc)[:200]})") from None
    if len(data) != stated:
        more = "more than" if len(data) > stated else f"{len(data)} bytes, not"
        raise RecordingDamage(f"it inflates to {more} the {stated} bytes it states")
    if chunk.uncompressed_crc != 0 and zlib.crc32(data) != chunk.uncompressed_crc:
        raise RecordingDamage("it fails its CRC")
    return data


def _read_at_most(reader: zstandard.ZstdDecompressionReader, limit: int) -> bytes:
    parts, got = [], 0
    with reader:
        while got < limit:
            part = reader.read(limit - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
    return b"".join(parts)


def _lz4_at_most(data: bytes, limit: int) -> bytes:
    decompressor = lz4.frame.LZ4FrameDecompressor()
    out = decompressor.decompress(data, max_length=limit)
    while len(out) < limit and decompressor.unused_data:  # a chunk may hold several frames
        rest = decompressor.unused_data
        decompressor = lz4.frame.LZ4FrameDecompressor()
        out += decompressor.decompress(rest, max_length=limit - len(out))
    return out


def chunk_messages(chunk: Chunk) -> list[Message]:
    """Every message in ``chunk``, or :class:`RecordingDamage` for the whole chunk (it is skipped)."""
    data = inflate(chunk)
    stream = ReadDataStream(BytesIO(data))
    limit = max_chunk_records(chunk)
    messages: list[Message] = []
    count = 0
    while stream.count < len(data):
        count += 1
        if count > limit:
            raise RecordingDamage(f"it holds over {limit} records, more than its size allows")
        if len(data) - stream.count < 9:
            raise RecordingDamage("it ends inside a record's header")
        opcode, length = struct.unpack("<BQ", stream.read(9))
        if length > len(data) - stream.count:
            raise RecordingDamage(f"a record in it says {length} bytes, more than it has left")
        if opcode == Opcode.MESSAGE:
            if length < MESSAGE_FIELDS:
                raise RecordingDamage(f"a message record of {length} bytes, shorter than its fields")
            messages.append(Message.read(stream, length))
        elif opcode in (0, Opcode.CHUNK):  # 0 is never a record; zeros inflated would be millions of them
            raise RecordingDamage(f"it holds a record of opcode {opcode:#04x}, which no chunk holds")
        else:
            stream.read(length)  # a channel, a schema, or a record a later MCAP may add: not a frame
    return messages
