"""Every "section N.N" or "§N.N" the spec, the schemas, the code and the docs cite is a heading of the spec."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "PROTOCOL.md"
HEADING = re.compile(r"^#{2,4} (\d+(?:\.\d+)*)[. ]", re.M)
CITATION = re.compile(r"(?<![\w.])(?:[Ss]ection|§|spec) ?(\d+(?:\.\d+)*)(?![\w])")
NOT_OURS = re.compile(r"RFC ?\d+[^.\n]{0,12}$")  # "RFC 6455 section 7.4" cites another document


def headings() -> set[str]:
    return set(HEADING.findall(SPEC.read_text(encoding="utf-8")))


def citing_files() -> list[Path]:
    files = [SPEC, ROOT / "conformance" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    files += sorted((ROOT / "spec" / "schema").rglob("*.json"))
    files += sorted((ROOT / "python" / "scenewire").rglob("*.py"))
    files += sorted((ROOT / "csharp-stub" / "src").rglob("*.cs"))
    files += sorted((ROOT / "web" / "src").rglob("*.ts")) + sorted((ROOT / "web" / "test").rglob("*.ts"))
    files += [*sorted((ROOT / "web" / "e2e").rglob("*.mjs")), ROOT / "web" / "README.md"]
    return [f for f in files if f.exists()]


def citations(path: Path) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for match in CITATION.finditer(line):
            if NOT_OURS.search(line[: match.start()]):
                continue
            out.append((number, match.group(1).rstrip(".")))
    return out


def test_the_spec_has_numbered_headings() -> None:
    found = headings()
    assert {"2.3", "7.12", "8.13", "11", "12.1", "12.4"} <= found


@pytest.mark.parametrize("path", citing_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_citation_resolves(path: Path) -> None:
    known = headings()
    dangling = [f"line {n}: {ref}" for n, ref in citations(path) if ref not in known]
    assert not dangling, f"{path.relative_to(ROOT)} cites sections the spec does not have: {dangling}"


def test_titles_are_not_cited_as_sections() -> None:
    """The code cites §n.n, never a spec section by its title in quotes ("Limits", "Errors")."""
    quoted = re.compile(r'spec(?:\)|\]|`)?,? section "[^"]+"|PROTOCOL\.md`?,? section "[^"]+"')
    for path in citing_files():
        text = path.read_text(encoding="utf-8")
        assert not quoted.search(text), f"{path.relative_to(ROOT)}: {quoted.search(text).group(0)}"
