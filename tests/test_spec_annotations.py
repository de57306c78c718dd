"""Every annotated hex line of the spec says what its bytes are: lengths, counts, values.

``test_schema_fields.py`` checks that each dump decodes and re-encodes; this
checks the words beside the bytes, so a reader who trusts an annotation
("fixstr(32)", "3 padding bytes", "element 2: -70.25") is never misled.
"""

from __future__ import annotations

import math
import re
import struct
from pathlib import Path

import numpy as np
import pytest

from scenewire.wire.ndarray import DTYPES, EXT_NDARRAY

SPEC = Path(__file__).resolve().parents[1] / "spec" / "PROTOCOL.md"
HEX = re.compile(r"^[0-9a-f]{2}$")


def annotated_lines() -> list[tuple[int, bytes, str]]:
    """(line number, bytes, annotation) of each annotated line; a wrapped annotation joins its bytes."""
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    out: list[tuple[int, bytes, str]] = []
    in_block = shortened = False
    pending: tuple[int, bytes] | None = None
    for number, line in enumerate(lines, 1):
        if line.strip().startswith("```"):
            in_block = not in_block
            pending = None
            continue
        if not in_block or not line.strip():
            continue
        if shortened:  # the note under a dump shortened with ".." ("36 data bytes ...")
            shortened = False
            continue
        if line.rstrip().endswith(".."):
            shortened, pending = True, None
            continue
        tokens = line.split()
        head = []
        for token in tokens:
            if not HEX.match(token):
                break
            head.append(token)
        rest = line.strip()[len(" ".join(head)) :].strip() if head else line.strip()
        if head and not rest:
            pending = (number, bytes.fromhex(" ".join(head)))  # the annotation is on the next line
            continue
        if not head and pending is not None:
            out.append((pending[0], pending[1], rest))
            pending = None
            continue
        if head and rest:
            out.append((number, bytes.fromhex(" ".join(head)), rest))
        pending = None
    return out


class Checker:
    """Reads annotations in order, keeping the ndarray context (dtype, payload position)."""

    def __init__(self) -> None:
        self.dtype: np.dtype | None = None
        self.payload_pos: int | None = None

    def check(self, data: bytes, text: str) -> bool:
        m = re.fullmatch(r'(?:key )?(fixstr|str8|str16)\((\d+)\) "(.*)"', text)
        if m:
            form, n, shown = m.group(1), int(m.group(2)), m.group(3).encode()
            header = {"fixstr": 1, "str8": 2, "str16": 3}[form]
            length = data[0] & 0x1F if form == "fixstr" else int.from_bytes(data[1:header], "big")
            assert (form == "fixstr") == (0xA0 <= data[0] <= 0xBF)
            assert length == n == len(data) - header == len(shown), f"{text}: {len(data) - header} bytes"
            assert data[header:] == shown
            return True
        m = re.fullmatch(r"fix(map|array), (\d+) (entry|entries|item|items)", text)
        if m:
            base = 0x80 if m.group(1) == "map" else 0x90
            assert data == bytes([base + int(m.group(2))])
            assert (int(m.group(2)) == 1) == (m.group(3) in ("entry", "item"))
            return True
        m = re.fullmatch(r"(positive|negative) fixint (-?\d+)", text)
        if m:
            assert len(data) == 1 and int.from_bytes(data, "big", signed=m.group(1) == "negative") == int(m.group(2))
            return True
        m = re.fullmatch(r"(u?)int(8|16|32|64) (-?\d+)", text)
        if m:
            marker = {("u", "8"): 0xCC, ("u", "16"): 0xCD, ("u", "32"): 0xCE, ("u", "64"): 0xCF}
            marker |= {("", "8"): 0xD0, ("", "16"): 0xD1, ("", "32"): 0xD2, ("", "64"): 0xD3}
            assert data[0] == marker[(m.group(1), m.group(2))] and len(data) == 1 + int(m.group(2)) // 8
            assert int.from_bytes(data[1:], "big", signed=not m.group(1)) == int(m.group(3))
            return True
        m = re.fullmatch(r"float64 (\S+)", text)
        if m:
            assert data[0] == 0xCB and len(data) == 9
            (value,) = struct.unpack(">d", data[1:])
            return _same_float(value, m.group(1))
        m = re.fullmatch(r"(ext8|ext16|ext32), (\d+)-byte payload, type (\d+)", text)
        if m:
            width = {"ext8": 1, "ext16": 2, "ext32": 4}[m.group(1)]
            assert data[0] == {"ext8": 0xC7, "ext16": 0xC8, "ext32": 0xC9}[m.group(1)]
            assert int.from_bytes(data[1 : 1 + width], "big") == int(m.group(2))
            assert data[1 + width] == int(m.group(3)) == EXT_NDARRAY and len(data) == 2 + width
            self.payload_pos = 0
            return True
        m = re.fullmatch(r"fixext(1|2|4|8|16), type (\d+)", text)
        if m:
            assert data[0] == {1: 0xD4, 2: 0xD5, 4: 0xD6, 8: 0xD7, 16: 0xD8}[int(m.group(1))]
            assert data[1] == int(m.group(2)) == EXT_NDARRAY and len(data) == 2
            self.payload_pos = 0
            return True
        m = re.fullmatch(r"bin8, (\d+) bytes", text)
        if m:
            assert data[0] == 0xC4 and data[1] == int(m.group(1)) == len(data) - 2
            return True
        if text in ("nil", "true", "false"):
            assert data == {"nil": b"\xc0", "true": b"\xc3", "false": b"\xc2"}[text]
            return True
        return self.check_payload(data, text)

    def check_payload(self, data: bytes, text: str) -> bool:
        """The ndarray payload's fields, at the offsets §9.1 gives."""
        if self.payload_pos is None:
            return False
        start = self.payload_pos
        self.payload_pos += len(data)
        m = re.fullmatch(r"ndim (\d+)", text)
        if m:
            assert start == 0 and data == bytes([int(m.group(1))])
            return True
        m = re.fullmatch(r"dtype name length (\d+)", text)
        if m:
            assert start == 1 and data == bytes([int(m.group(1))])
            return True
        m = re.fullmatch(r'dtype "(\w+)"', text)
        if m:
            assert start == 2 and data == m.group(1).encode()
            self.dtype = DTYPES[m.group(1)]
            return True
        m = re.fullmatch(r"dim (\d+): (\d+) \(uint32 LE\)", text)
        if m:
            assert len(data) == 4 and struct.unpack("<I", data)[0] == int(m.group(2))
            return True
        m = re.fullmatch(r"(\d+) padding bytes? \(data starts at payload offset (\d+)\)", text)
        if m:
            assert data == bytes(int(m.group(1))) and self.payload_pos == int(m.group(2))
            assert self.payload_pos % 8 == 0
            return True
        m = re.fullmatch(r"element (\d+): (\S+)", text)
        if m:
            assert self.dtype is not None and len(data) == self.dtype.itemsize
            value = np.frombuffer(data, self.dtype)[0]
            return _same_float(float(value), m.group(2))
        return False


def _same_float(value: float, shown: str) -> bool:
    if shown == "nan":
        assert math.isnan(value)
    elif shown in ("inf", "-inf"):
        assert value == float(shown)
    else:
        assert value == float(shown) and math.copysign(1, value) == math.copysign(1, float(shown)), (value, shown)
    return True


LINES = annotated_lines()


def test_the_spec_has_annotated_lines() -> None:
    assert len(LINES) > 500


def test_every_annotation_states_its_bytes() -> None:
    checker = Checker()
    unread = []
    for number, data, text in LINES:
        try:
            if not checker.check(data, text):
                unread.append(f"line {number}: {text}")
        except AssertionError as exc:
            pytest.fail(f"PROTOCOL.md line {number}: {data.hex(' ')} is not {text!r} ({exc})")
    assert not unread, f"annotations this test cannot read: {unread}"
