"""The status bar's role on a shared run (protocol 1.1): who steers, how many watch, and a button to take control.

Hidden for a 1.0 server and a session run beside the window: there every
window controls and nobody else watches, as before. On a 1.1 server it sits
at the status bar's left, where the eye starts: a coloured tag ("Controlling",
"Observing · 3 viewers", "Observing · waiting for control") and one button
that does the next sensible thing (take control, give it up, withdraw the
request). The tag's tooltip says what the role means and names the run.
"""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

TAKE_CONTROL_KEYS = "Ctrl+Shift+C"

STYLES = {  # background, border, text: green steers, blue watches, amber waits
    "control": ("#e3f4e4", "#2e7d32", "#1b5e20"),
    "observe": ("#e6eef8", "#3d6fa8", "#1f4470"),
    "waiting": ("#fff3d6", "#b7791f", "#7a4d0b"),
    "reconnecting": ("#fff3d6", "#b7791f", "#7a4d0b"),
}

BUTTON_TEXTS = ("Take control", "Give up control", "Cancel request")

READ_ONLY_TIP = (
    "Read-only: this window observes the run; only the controlling client's changes reach the session. "
    f"Take control in the status bar ({TAKE_CONTROL_KEYS}) to steer."
)


def viewers_text(clients: int) -> str:
    return "1 viewer" if clients == 1 else f"{clients} viewers"


class RolePanel(QWidget):
    """The role tag and its button; ``show_access(access, waiting, clients, run)`` or ``hide()``."""

    def __init__(self, on_request: Callable[[bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role")
        self.on_request = on_request
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 6, 0)
        row.setSpacing(6)
        self.tag = QLabel("")
        self.tag.setObjectName("role-tag")
        self.tag.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("")
        self.button.setObjectName("role-button")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter stay keys for the session
        self.button.clicked.connect(self._clicked)
        # as wide as its widest text from the start: the status bar does not widen it when the text changes
        widest = max(self.button.fontMetrics().horizontalAdvance(t) for t in BUTTON_TEXTS)
        self.button.setMinimumWidth(widest + 24)
        row.addWidget(self.tag)
        row.addWidget(self.button)
        self.state = "observe"
        self.wants = True  # what the button asks for: control (True) or giving it up (False)
        self.hide()

    def show_access(self, access: str, waiting: bool, clients: int, run: str | None) -> None:
        controls = access == "control"
        self.state = "control" if controls else ("waiting" if waiting else "observe")
        if controls:
            text = "Controlling" + (f" · {viewers_text(clients)}" if clients > 1 else "")
            tip = "This window steers the run: its controls, actions and keys reach the session."
            self.button.setText("Give up control")
            self.button.setToolTip("Let another viewer steer; this window then only watches")
            self.wants = False
        elif waiting:
            text = "Observing · waiting for control"
            tip = "This window watches; it gets control when the controlling client gives it up or leaves."
            self.button.setText("Cancel request")
            self.button.setToolTip("Withdraw the request for control")
            self.wants = False
        else:
            text = f"Observing · {viewers_text(clients)}"
            tip = "This window watches the run: its controls are read-only and its keys are not sent."
            self.button.setText("Take control")
            self.button.setToolTip(f"Ask to steer the run ({TAKE_CONTROL_KEYS}); granted at once when nobody steers")
            self.wants = True
        who = (
            f"{clients} clients are connected to this run, this window included."
            if clients > 1
            else ("No other client is connected to this run.")
        )
        run_text = f"\nRun {run}." if run else ""
        self._paint(text)
        self.tag.setToolTip(f"{tip}\n{who}{run_text}")
        self.button.show()

    def show_reconnecting(self, why: str) -> None:
        """The link dropped and is being retried: the run goes on without this window meanwhile."""
        self.state = "reconnecting"
        self._paint("Reconnecting…")
        self.tag.setToolTip(f"{why}\nThe run goes on; this window comes back to it at its present state.")
        self.button.hide()

    def _paint(self, text: str) -> None:
        background, border, colour = STYLES[self.state]
        self.tag.setStyleSheet(
            f"QLabel#role-tag {{ background: {background}; border: 1px solid {border}; color: {colour};"
            " border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
        )
        self.tag.ensurePolished()  # the bold font, before the width is measured
        self.tag.setText(text)
        # as wide as the text, always: the status bar neither widens a label whose text grew nor narrows one
        self.tag.setFixedWidth(self.tag.sizeHint().width())
        self.show()

    def _clicked(self) -> None:
        self.on_request(self.wants)


__all__ = ["READ_ONLY_TIP", "TAKE_CONTROL_KEYS", "RolePanel", "viewers_text"]
