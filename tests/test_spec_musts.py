"""Every MUST of spec/PROTOCOL.md names the test that enforces it (tests/spec_musts.txt).

A line of the table is ``SECTION | "PHRASE" | ENFORCED BY``: the phrase is
words copied from the spec's sentence, keyword included, so edits elsewhere
in the spec leave it alone. This fails when a MUST (MUST, MUST NOT, REQUIRED,
SHALL, SHALL NOT) has no line, when a line's phrase is gone from its section
(the MUST was removed or reworded), and when a line names a test, vector,
state vector or exchange that does not exist.

``python tests/test_spec_musts.py`` prints a line to fill in for each MUST
that has none; docs/contributing.md says how to extend the table.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "PROTOCOL.md"
TABLE = ROOT / "tests" / "spec_musts.txt"
CONFORMANCE = ROOT / "conformance"

HEADING = re.compile(r"^#{2,4} (\d+(?:\.\d+)*)[. ]", re.M)
KEYWORD = re.compile(r'(?<!")\b(?:MUST NOT|MUST|REQUIRED|SHALL NOT|SHALL)\b(?!")')  # "MUST" in quotes names the word
GAP = " ... "  # in a phrase: any words of the same sentence in between
REASONS = ("untestable:", "not a rule:")
NODE = re.compile(r"^(tests/[\w/]+\.py)::(\w+)(?:::(\w+))?(?:\[([^\]]+)\])?$")


@dataclass(frozen=True)
class Entry:
    line: int
    section: str
    phrase: str
    enforced_by: str


def sections() -> dict[str, str]:
    """Each numbered section's text (up to the next numbered heading), whitespace collapsed to one space."""
    text = SPEC.read_text(encoding="utf-8")
    starts = [(m.start(), m.group(1)) for m in HEADING.finditer(text)]
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {number: " ".join(text[start:end].split()) for (start, number), end in zip(starts, ends, strict=True)}


def entries() -> list[Entry]:
    out = []
    for number, raw in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        first, last = line.find(" | "), line.rfind(" | ")
        assert 0 < first < last, f"spec_musts.txt:{number}: not SECTION | \"PHRASE\" | ENFORCED BY: {line}"
        phrase = line[first + 3 : last].strip()
        assert len(phrase) > 2 and phrase[0] == phrase[-1] == '"', f"spec_musts.txt:{number}: quote the phrase"
        out.append(Entry(number, line[:first].strip(), " ".join(phrase[1:-1].split()), line[last + 3 :].strip()))
    return out


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(".{1,300}?".join(re.escape(part) for part in phrase.split(GAP)))


def spans(entry: Entry, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in phrase_pattern(entry.phrase).finditer(text)]


def uncovered() -> list[tuple[str, str]]:
    """(section, the words around it) of each keyword that no line of the table covers."""
    text_of = sections()
    covered: dict[str, list[tuple[int, int]]] = {}
    for entry in entries():
        covered.setdefault(entry.section, []).extend(spans(entry, text_of.get(entry.section, "")))
    out = []
    for section, text in text_of.items():
        for match in KEYWORD.finditer(text):
            if not any(start <= match.start() and match.end() <= end for start, end in covered.get(section, [])):
                before = text[: match.start()].split(" ")[-5:]
                after = text[match.end() :].split(" ")[:6]
                out.append((section, " ".join([*before[:-1], before[-1] + match.group(0), *after[1:]]).strip()))
    return out


@cache
def defined_names(path: str) -> dict[str, set[str]]:
    """Top-level functions of a test file (key ""), and each class's methods (key: the class)."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {"": set()}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names[""].add(node.name)
        elif isinstance(node, ast.ClassDef):
            names[node.name] = {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return names


@cache
def vector_names() -> dict[str, set[str]]:
    """Names of 1.0's vectors and 1.1's (conformance/1.1/, conformance/state/1.1/)."""
    vectors: set[str] = set()
    states: set[str] = set()
    for folder in (CONFORMANCE, CONFORMANCE / "1.1"):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        vectors |= {v["name"] for v in manifest["valid"] + manifest["invalid"]}
    for folder in (CONFORMANCE / "state", CONFORMANCE / "state" / "1.1"):
        states |= {s["name"] for s in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["sequences"]}
    return {
        "vector": vectors,
        "state": states,
        "exchange": {p.stem for p in (CONFORMANCE / "exchanges").glob("*.json")},
    }


def dangling(reference: str) -> str | None:
    """Why ``reference`` (a test node id, or ``vector:``/``state:``/``exchange:`` NAME) does not resolve, else None."""
    kind, _, name = reference.partition(":")
    if kind in ("vector", "state", "exchange") and not name.startswith(":"):
        return None if name in vector_names()[kind] else f"no {kind} named {name!r}"
    match = NODE.match(reference)
    if match is None:
        return "neither a test node id (tests/FILE.py::test[::method][[param]]) nor vector:/state:/exchange:NAME"
    path, first, second, param = match.groups()
    if not (ROOT / path).is_file():
        return f"{path} does not exist"
    names = defined_names(path)
    found = first in names.get("", set()) if second is None else second in names.get(first, set())
    if not found:
        return f"{path} has no {first}{'::' + second if second else ''}"
    if param is not None and f'"{param}"' not in (ROOT / path).read_text(encoding="utf-8"):
        return f'{path} never spells the parameter id "{param}"'
    return None


def test_every_must_of_the_spec_has_a_line() -> None:
    missing = uncovered()
    hint = "\n".join(f'{section} | "{words}" | TODO' for section, words in missing)
    assert not missing, (
        f"{len(missing)} MUSTs of spec/PROTOCOL.md have no line in tests/spec_musts.txt; add one each "
        f"(copy the words with the keyword into the phrase, and name the test):\n{hint}"
    )


def test_every_line_quotes_a_must_that_is_still_in_its_section() -> None:
    text_of = sections()
    problems = []
    for entry in entries():
        if entry.section not in text_of:
            problems.append(f"line {entry.line}: the spec has no section {entry.section}")
            continue
        found = spans(entry, text_of[entry.section])
        if len(found) != 1:
            why = "is gone from" if not found else f"occurs {len(found)} times in"
            problems.append(f'line {entry.line}: "{entry.phrase}" {why} section {entry.section}')
        elif not KEYWORD.search(text_of[entry.section][slice(*found[0])]):
            problems.append(f'line {entry.line}: "{entry.phrase}" holds no MUST, MUST NOT, REQUIRED or SHALL')
    assert not problems, "tests/spec_musts.txt:\n" + "\n".join(problems)


def test_no_must_has_two_lines() -> None:
    text_of = sections()
    seen: dict[tuple[str, int], int] = {}
    twice = []
    for entry in entries():
        text = text_of.get(entry.section, "")
        for start, end in spans(entry, text):
            for match in KEYWORD.finditer(text, start, end):
                key = (entry.section, match.start())
                if key in seen:
                    twice.append(f"lines {seen[key]} and {entry.line} cover the same MUST of section {entry.section}")
                seen[key] = entry.line
    assert not twice, "tests/spec_musts.txt: name several tests on one line instead:\n" + "\n".join(twice)


def test_every_line_names_tests_that_exist_or_says_why_none_can() -> None:
    problems = []
    for entry in entries():
        if entry.enforced_by.startswith(REASONS):
            reason = entry.enforced_by.split(":", 1)[1].strip()
            if len(reason) < 20:
                problems.append(f"line {entry.line}: say why, in words: {entry.enforced_by!r}")
            continue
        references = [r.strip() for r in entry.enforced_by.split(",")]
        if not all(references):
            problems.append(f"line {entry.line}: an empty reference in {entry.enforced_by!r}")
        for reference in filter(None, references):
            why = dangling(reference)
            if why:
                problems.append(f"line {entry.line}: {reference}: {why}")
    assert not problems, "tests/spec_musts.txt:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("reference", "resolves"),
    [
        ("tests/test_spec_musts.py::test_no_must_has_two_lines", True),
        ("tests/test_spec_musts.py::test_no_such_test", False),
        ("tests/test_no_such_file.py::test_x", False),
        ("tests/test_connection.py::TestUpgrade::test_subprotocol", True),
        ("tests/test_connection.py::TestUpgrade::test_absent", False),
        ("tests/test_connection.py::TestServerHello::test_first_frame[role]", True),
        ("tests/test_connection.py::TestServerHello::test_first_frame[not-an-id]", False),
        ("vector:trailing_bytes", True),
        ("vector:no_such_vector", False),
        ("state:field_replace", True),
        ("exchange:client_session", True),
        ("exchange:nothing", False),
        ("test_connection.py::test_x", False),
    ],
)
def test_references_resolve_only_when_their_target_exists(reference: str, resolves: bool) -> None:
    assert (dangling(reference) is None) == resolves, dangling(reference)


def test_a_phrase_may_skip_words_with_an_ellipsis_and_covers_what_it_spans() -> None:
    text = "A peer MUST NOT send text frames. A peer that receives one MUST close the connection."
    entry = Entry(0, "2.1", "A peer MUST NOT send ... receives one MUST close", "x")
    (span,) = spans(entry, text)
    assert [m.group(0) for m in KEYWORD.finditer(text, *span)] == ["MUST NOT", "MUST"]
    assert not KEYWORD.search('The key words "MUST" and "SHALL" are to be interpreted as in RFC 2119')


if __name__ == "__main__":
    for section, words in uncovered():
        print(f'{section} | "{words}" | TODO')
    sys.exit(0)
