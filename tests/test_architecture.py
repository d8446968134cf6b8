"""The layers of the code: the core never imports Qt (only hytedesk/ui may), packages import
downward only, and no module takes part in an import cycle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hytedesk"


def test_no_core_module_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts[:1] and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


# -- layers -----------------------------------------------------------------------------------
# Each package of hytedesk and the packages it may import (besides itself). Lower layers never
# import higher ones; the entry points (``commands``) sit on top and wire the layers together.
# ``admin`` is the administrators' tool: it shares the format layers and nothing of the app.
LAYERS: dict[str, set[str]] = {
    "base": set(),
    "bundle": {"base"},
    "local": {"base"},
    "catalogue": {"base", "bundle", "local"},
    "publish": {"base", "bundle"},
    "referrals": {"base", "local", "catalogue"},
    "sync": {"base", "bundle", "local", "catalogue", "publish"},
    "outbox": {"base", "bundle", "local"},
    "app": {"base", "bundle", "local", "catalogue", "referrals", "sync", "publish", "outbox"},
    "ui": {"base", "bundle", "local", "catalogue", "referrals", "sync", "publish", "outbox",
           "app"},
    "admin": {"base", "bundle", "publish", "catalogue"},
    "commands": {"base", "bundle", "local", "catalogue", "referrals", "sync", "publish", "outbox",
                 "app", "ui"},
}
ROOT_MODULES = {"hytedesk", "hytedesk.__main__"}  # the version; ``python -m hytedesk``


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every hytedesk module a file imports, at any depth (function-local imports too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            for a in node.names:  # ``from pkg import module`` names a module when one exists
                candidate = f"{base}.{a.name}"
                found.append((candidate if _exists(candidate) else base, node.lineno))
    return [(m, line) for m, line in found if m == "hytedesk" or m.startswith("hytedesk.")]


def _exists(module: str) -> bool:
    rel = Path(*module.split("."))
    return (PACKAGE.parent / rel.with_suffix(".py")).is_file() or \
        (PACKAGE.parent / rel / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        graph[_module_name(path)] = {m for m, _ in _imports(path)}
    return graph


def test_every_module_belongs_to_a_layer() -> None:
    stray = sorted(m for m in _graph() if m not in ROOT_MODULES
                   and m.split(".")[1] not in LAYERS)
    assert stray == [], "modules outside the layer packages: " + ", ".join(stray)


def test_layers_import_downward_only() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        own = _module_name(path)
        if own in ROOT_MODULES:
            continue
        layer = own.split(".")[1]
        for target, line in _imports(path):
            if target == "hytedesk":  # the root holds only the version
                continue
            other = target.split(".")[1]
            if other != layer and other not in LAYERS[layer]:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {layer} -> {other}")
    assert offenders == []


def test_no_import_cycles() -> None:
    """No cycle between modules, counting function-local imports (they hide cycles)."""
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []
