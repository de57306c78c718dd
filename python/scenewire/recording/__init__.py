"""Record a session's stream to a file and serve it again: ``scenewire record`` and ``scenewire replay``."""

from .container import FORMAT, Recording, RecordingError, RecordingWriter, Summary, open_recording, summarize
from .replay import ReplaySession

__all__ = [
    "FORMAT",
    "Recording",
    "RecordingError",
    "RecordingWriter",
    "ReplaySession",
    "Summary",
    "open_recording",
    "summarize",
]
