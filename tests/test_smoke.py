"""The package imports without Qt, and a message survives a round trip."""

import subprocess
import sys

import scenewire
from scenewire.protocol import SetControl


def test_round_trip_without_qt() -> None:
    message = SetControl(control_id="gain", value=0.5)
    assert scenewire.decode(scenewire.encode(message)) == message
    # in a fresh interpreter: pytest-qt has loaded PyQt6 into this one
    code = (
        "import sys, scenewire; from scenewire.protocol import SetControl;"
        "scenewire.decode(scenewire.encode(SetControl(control_id='gain', value=0.5)));"
        "print('PyQt6' in sys.modules, 'asyncio' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
