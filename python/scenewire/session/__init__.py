"""Session runtime: the Session base classes, session sources and the one session loop."""

from .base import DEFAULT_IDLE_SLEEP, BufferedSession, Session
from .channel import Channel, ChannelClosed, CommandInbox
from .loop import LoopEnd, run_session, session_error
from .source import SessionSource, build_session, check_source, startup_scene_of

__all__ = [
    "DEFAULT_IDLE_SLEEP",
    "BufferedSession",
    "Channel",
    "ChannelClosed",
    "CommandInbox",
    "LoopEnd",
    "Session",
    "SessionSource",
    "build_session",
    "check_source",
    "run_session",
    "session_error",
    "startup_scene_of",
]
