"""The package imports without Qt, and a message survives a round trip."""

import sys

import scenewire
from scenewire.protocol import SetControl


def test_round_trip_without_qt() -> None:
    message = SetControl(control_id="gain", value=0.5)
    assert scenewire.decode(scenewire.encode(message)) == message
    assert "PyQt6" not in sys.modules
    assert "asyncio" not in sys.modules or "scenewire.wire" in sys.modules
