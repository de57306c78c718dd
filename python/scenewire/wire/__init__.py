"""Sans-I/O wire layer: MessagePack, the ndarray extension, records, codecs.

Imports neither asyncio nor Qt, so the server, the Qt client, the pipe and
the tests all drive the same code.
"""

from .errors import EncodeError, ErrorCode, ProtocolError, ScenewireError
from .limits import DEFAULT_LIMITS, Limits
from .ndarray import DTYPES, EXT_NDARRAY

__all__ = [
    "DEFAULT_LIMITS",
    "DTYPES",
    "EXT_NDARRAY",
    "EncodeError",
    "ErrorCode",
    "Limits",
    "ProtocolError",
    "ScenewireError",
]
