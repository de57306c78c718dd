"""scenewire: a language-agnostic wire protocol for live simulation scenes."""

from .protocol import decode, encode
from .wire import ErrorCode, ProtocolError

__version__ = "0.1.0"

__all__ = ["ErrorCode", "ProtocolError", "__version__", "decode", "encode"]
