"""Key names of §6.4, both ways: a Qt key event to a name, an action's shortcut to a QKeySequence."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QKeyEvent, QKeySequence

K = Qt.Key
NAMED = {
    K.Key_Space: "Space",
    K.Key_Return: "Enter",
    K.Key_Enter: "Enter",
    K.Key_Escape: "Escape",
    K.Key_Tab: "Tab",
    K.Key_Backspace: "Backspace",
    K.Key_Delete: "Delete",
    K.Key_Insert: "Insert",
    K.Key_Home: "Home",
    K.Key_End: "End",
    K.Key_PageUp: "PageUp",
    K.Key_PageDown: "PageDown",
    K.Key_Left: "Left",
    K.Key_Right: "Right",
    K.Key_Up: "Up",
    K.Key_Down: "Down",
    **{getattr(K, f"Key_F{i}"): f"F{i}" for i in range(1, 13)},
}
MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr, K.Key_CapsLock}
# spec name -> Qt's portable spelling, where they differ
TO_QT = {"Enter": "Return", "Escape": "Esc", "PageUp": "PgUp", "PageDown": "PgDown", "Delete": "Del", "Insert": "Ins"}


def key_name(event: QKeyEvent) -> str | None:
    """The spec's name of a key press (``"a"``, ``"Ctrl+s"``, ``"Left"``); ``None`` for a bare modifier."""
    key = event.key()
    if key in MODIFIER_KEYS:
        return None
    mods = event.modifiers()
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    if key in NAMED:
        base = NAMED[key]
    elif K.Key_A <= key <= K.Key_Z:
        base = chr(ord("a") + key - K.Key_A)
    else:
        text = event.text()
        if not text or not text.isprintable():
            return None
        base = text.lower() if text.isalpha() else text
        shift = shift and text.isalpha()  # a shifted symbol ("!") names itself
    prefix = ""
    if mods & Qt.KeyboardModifier.ControlModifier:
        prefix += "Ctrl+"
    if mods & Qt.KeyboardModifier.AltModifier:
        prefix += "Alt+"
    if shift:
        prefix += "Shift+"
    return prefix + base


def key_sequences(name: str) -> list[QKeySequence]:
    """The Qt key sequences a shortcut name stands for (``Enter`` is both Return and keypad Enter)."""
    if name.endswith("+") and (name == "+" or name.endswith("++")):
        mods, base = [m for m in name[:-1].split("+") if m], "+"  # the plus key itself
    else:
        *mods, base = name.split("+")
    qt_base = TO_QT.get(base, base.upper() if len(base) == 1 and base.isalpha() else base)
    text = "+".join([*mods, qt_base])
    sequences = [QKeySequence(text)]
    if base == "Enter":
        sequences.append(QKeySequence("+".join([*mods, "Enter"])))
    return [s for s in sequences if not s.isEmpty()]
