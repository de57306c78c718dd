"""The recording file: an MCAP file holding a session's frames as they arrived (docs/recording.md).

Layout, container format 1:

- MCAP header profile ``"scenewire"``;
- a metadata record ``"scenewire.recording"`` with ``format`` (``"1"``),
  ``protocol`` (the scenewire protocol version of the frames), ``source``
  (the URL recorded, without its token), ``server`` (the server's implementation string) and
  ``started`` (UTC, ISO 8601);
- one channel, topic ``"scenewire"``, message encoding ``"msgpack"`` (the
  registry's name; no schema), metadata ``{"subprotocol": "scenewire.v1"}``;
- each frame the server sent after its hello, byte for byte, as one message;
  ``log_time`` is when it arrived (ns since the epoch), ``sequence`` counts
  from 0;
- chunks compressed with zstd and checked by CRC, closed at least every
  :data:`FLUSH_EVERY_S` seconds, so a recorder that dies loses at most that.

Reading goes record by record and chunk by chunk, never through the index at
the end: a file cut short (a recorder killed) or with a damaged chunk yields
every message that is intact and says what was lost in :attr:`Recording.damage`.
Every length in the file is checked before it is used (:mod:`.chunks`): no
file makes the reader hold more than :data:`~.chunks.MAX_CHUNK_BYTES` of one
chunk, or walk more records than its size allows.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from mcap.exceptions import McapError
from mcap.records import Chunk, Header, Message, Metadata
from mcap.stream_reader import StreamReader
from mcap.writer import CompressionType, Writer

from .. import __version__
from ..protocol import MAJOR, MINOR, SUBPROTOCOL
from ..protocol.connection import without_token
from .chunks import CHUNK_BYTES, MAX_RECORD_BYTES, BoundedFile, PastTheEnd, RecordingDamage, chunk_messages

PROFILE = "scenewire"
FORMAT = "1"
METADATA_NAME = "scenewire.recording"
TOPIC = "scenewire"
MESSAGE_ENCODING = "msgpack"
FLUSH_EVERY_S = 1.0
UNREADABLE = (McapError, ValueError, EOFError, OSError, struct.error)
"""What reading a damaged file raises: ``mcap``'s errors, and what its readers meet in bytes that are no record."""


class RecordingError(Exception):
    """A file that is not a scenewire recording at all, or of a format this version cannot read."""


class RecordingWriter:
    """Append frames to a new recording; :meth:`close` finishes the file (index, footer)."""

    def __init__(self, path: str | Path, source: str, server: str) -> None:
        self.path = Path(path)
        self._file: IO[bytes] = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        self._writer = Writer(self._file, chunk_size=CHUNK_BYTES, compression=CompressionType.ZSTD)
        self._writer.start(profile=PROFILE, library=f"scenewire-python/{__version__}")
        self._writer.add_metadata(
            METADATA_NAME,
            {
                "format": FORMAT,
                "protocol": f"{MAJOR}.{MINOR}",
                "source": without_token(source),  # a recording is shared: the token stays behind (§2.9)
                "server": server,
                "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            },
        )
        self._channel = self._writer.register_channel(
            topic=TOPIC, message_encoding=MESSAGE_ENCODING, schema_id=0, metadata={"subprotocol": SUBPROTOCOL}
        )
        self.count = 0
        self.bytes = 0
        self.first_ns: int | None = None
        self.last_ns: int | None = None
        self._flushed = time.monotonic()
        self._closed = False

    def add(self, frame: bytes, log_time_ns: int | None = None) -> None:
        """One frame as it arrived; flushes a chunk when :data:`FLUSH_EVERY_S` has passed."""
        now = time.time_ns() if log_time_ns is None else log_time_ns
        self._writer.add_message(self._channel, log_time=now, data=frame, publish_time=now, sequence=self.count)
        self.count += 1
        self.bytes += len(frame)
        self.first_ns = now if self.first_ns is None else self.first_ns
        self.last_ns = now
        if time.monotonic() - self._flushed >= FLUSH_EVERY_S:
            self.flush()

    def flush(self) -> None:
        self._writer.flush()
        self._flushed = time.monotonic()

    @property
    def seconds(self) -> float:
        return 0.0 if self.first_ns is None or self.last_ns is None else (self.last_ns - self.first_ns) / 1e9

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._writer.finish()
        finally:
            self._file.close()


@dataclass
class Frame:
    """One recorded frame and when it arrived (ns since the epoch)."""

    log_time_ns: int
    data: bytes
    sequence: int = -1  # the message's sequence number (counts from 0 as recorded)


@dataclass
class Recording:
    """A recording being read: its metadata, then its frames; ``damage`` says what could not be read."""

    path: Path
    info: dict[str, str] = field(default_factory=dict)
    damage: list[str] = field(default_factory=list)
    _records: Iterator[Any] | None = None

    def frames(self) -> Iterator[Frame]:
        """Every intact frame in file order; damage is noted in :attr:`damage` as it is met."""
        assert self._records is not None, "use open_recording()"
        while True:
            try:
                record = next(self._records)
            except StopIteration:
                return
            except UNREADABLE as exc:
                self.damage.append(_describe_end(self.path, exc))
                return
            if isinstance(record, Chunk):
                try:
                    inner = chunk_messages(record)
                except UNREADABLE as exc:  # a damaged chunk: skip it, the next may be fine
                    self.damage.append(f"a chunk of {len(record.data)} bytes is damaged ({_what(exc)}); skipped")
                    continue
                for item in inner:
                    yield Frame(item.log_time, bytes(item.data), item.sequence)
                del inner
            elif isinstance(record, Message):
                yield Frame(record.log_time, bytes(record.data), record.sequence)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _describe_end(path: Path, exc: BaseException) -> str:
    from mcap.exceptions import EndOfFile

    if isinstance(exc, EndOfFile) or (isinstance(exc, PastTheEnd) and exc.cut_off):
        return f"{path.name} ends early: the recording was cut off (the recorder did not finish it)"
    return f"{path.name} is damaged after this point ({_what(exc)}); the rest cannot be read"


def _what(exc: BaseException) -> str:
    """What is wrong, in words: this module's own texts as they are, another library's with its error's name."""
    return str(exc) if isinstance(exc, RecordingDamage) else _reason(exc)


def open_recording(path: str | Path) -> Recording:
    """Open a recording and read its header and metadata.

    ``FileNotFoundError`` if there is no such file; :class:`RecordingError`
    if it is not a scenewire recording or of a newer container format.
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise RecordingError(f"{path}: empty file, not a scenewire recording")
    stream = BoundedFile(open(path, "rb"), size)  # noqa: SIM115 - owned by the generator below, closed when it ends
    reader = StreamReader(stream, emit_chunks=True, record_size_limit=MAX_RECORD_BYTES)  # type: ignore[arg-type]
    records = _closing(reader.records, stream)
    recording = Recording(path=path)
    try:
        header = next(records)
    except Exception as exc:  # whatever the first bytes are, they are not a recording's
        records.close()
        raise RecordingError(f"{path}: not an MCAP file, so not a scenewire recording ({_reason(exc)})") from None
    if not isinstance(header, Header) or header.profile != PROFILE:
        records.close()
        profile = getattr(header, "profile", "?")
        raise RecordingError(f"{path}: an MCAP file of profile {str(profile)[:64]!r}, not a scenewire recording")
    pending: list[Any] = []
    try:
        for record in records:  # metadata comes first; anything else is handed back to frames()
            if isinstance(record, Metadata) and record.name == METADATA_NAME:
                recording.info = dict(record.metadata)
                break
            pending.append(record)
            if len(pending) > 8:
                break
    except UNREADABLE as exc:
        records.close()
        raise RecordingError(f"{path}: damaged before its scenewire metadata ({_what(exc)})") from None
    fmt = recording.info.get("format", "?")
    if fmt.split(".")[0] != FORMAT:
        records.close()
        raise RecordingError(f"{path}: container format {fmt[:32]}; this scenewire reads format {FORMAT}")
    recording._records = _chain(pending, records)
    return recording


def _closing(records: Iterator[Any], stream: BoundedFile) -> Iterator[Any]:
    try:
        yield from records
    finally:
        stream.close()


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


@dataclass
class Summary:
    """What a whole recording holds: for the replay's first line, and for tests."""

    count: int
    seconds: float
    bytes: int
    info: dict[str, str]
    damage: list[str]


def summarize(path: str | Path) -> Summary:
    """Read the whole file once: frame count, duration, size, and any damage."""
    recording = open_recording(path)
    count = size = 0
    first = last = None
    for frame in recording.frames():
        count += 1
        size += len(frame.data)
        first = frame.log_time_ns if first is None else first
        last = frame.log_time_ns
    seconds = 0.0 if first is None or last is None else (last - first) / 1e9
    return Summary(count, seconds, size, recording.info, recording.damage)
