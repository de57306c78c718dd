"""Imports point downward only, and the sans-I/O layers load neither asyncio nor Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "python" / "scenewire"
# lower index = lower layer; a module may import its own layer or any below it
# frontend (Qt, VisPy) sits just below top: cli and demos may use it, nothing else may
LAYERS = ["wire", "scene", "protocol", "state", "session", "transports", "frontend", "top"]


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "scenewire":
        return "top"
    return parts[1] if parts[1] in LAYERS else "top"


def imports_of(path: Path) -> set[str]:
    module = "scenewire." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    module = module.removesuffix(".__init__")
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m == "scenewire" or m.startswith("scenewire.")}


def test_imports_point_downward_only() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        own = rel.parts[0] if len(rel.parts) > 1 and rel.parts[0] in LAYERS else "top"
        for target in imports_of(path):
            if target == "scenewire":
                continue  # the package root re-exports the codec only
            if LAYERS.index(layer_of(target)) > LAYERS.index(own):
                wrong.append(f"{rel} ({own}) imports {target}")
    assert not wrong, "\n".join(wrong)


def test_sans_io_layers_load_no_event_loop_or_gui() -> None:
    code = (
        "import sys, scenewire, scenewire.wire, scenewire.scene, scenewire.protocol, scenewire.state;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'asyncio', 'websockets', 'PyQt6', 'vispy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_backend_server_loads_without_qt() -> None:
    code = (
        "import sys; sys.modules['PyQt6'] = None; sys.modules['vispy'] = None;"
        "from scenewire.transports.ws_server import run_backend_server; import scenewire.cli; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_a_backend_import_pulls_no_qt_or_vispy() -> None:
    """Every module outside ``scenewire.frontend`` imports with Qt and VisPy installed but unused."""
    modules = sorted(
        "scenewire." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] != "frontend"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {[m.removesuffix('.') for m in modules]!r}: importlib.import_module(name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PyQt6', 'vispy', 'OpenGL'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_only_the_frontend_imports_qt_or_vispy() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "frontend":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )
            wrong += [f"{rel} imports {n}" for n in names if n.split(".")[0] in {"PyQt6", "vispy", "OpenGL"}]
    assert not wrong, "\n".join(wrong)



def test_no_module_imports_one_that_imports_it_back() -> None:
    """A circle of two modules (app.py <-> window.py was one, through an import inside a function) makes
    load order matter and each hard to read alone; a package and its own modules are not counted."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ("scenewire." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        modules[name] = path
    edges = {name: {t for t in imports_of(path) if t in modules and t != name} for name, path in modules.items()}
    circles = [
        f"{a} <-> {b}"
        for a, targets in edges.items()
        for b in targets
        if a < b and a in edges.get(b, ()) and not (b.startswith(a + ".") or a.startswith(b + "."))
    ]
    assert not circles, "\n".join(sorted(circles))
