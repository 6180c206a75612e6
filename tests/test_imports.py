"""The package's import structure: no cycle between modules, no module reaching into another's
private names, no module over 400 lines. Walks the source of every module of ``slogans`` (ast,
nothing imported). Every import counts, at the top, inside a function or under ``if TYPE_CHECKING:``:
a cycle the type checker sees is a cycle in the design."""
from __future__ import annotations

import ast
from pathlib import Path

import slogans

ROOT = Path(slogans.__file__).resolve().parent


def module_name(path: Path) -> str:
    """The dotted name of the module at ``path``."""
    parts = ["slogans", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rsplit(".", 1)[0]
    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
    return f"{base}.{node.module}" if node.module else base


def imports(module: str) -> list[tuple[str, str]]:
    """(imported module, imported name or '') for every import of ``module`` inside the package."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names if a.name in MODULES]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node)
            if target not in MODULES:
                continue
            for a in node.names:
                sub = f"{target}.{a.name}"
                out.append((sub, "") if sub in MODULES else (target, a.name))
    return out


def import_graph() -> dict[str, set[str]]:
    """Each module and the package modules it imports (a package's ``__init__`` counts as a module of its own)."""
    return {m: {target for target, _ in imports(m) if target != m} for m in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_reaches(module: str) -> list[str]:
    """``from x import _y`` and ``x._y`` of another package module, in ``module``."""
    found = [f"from {t} import {n}" for t, n in imports(module) if n and _private(n) and t != module]
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update({(a.asname or a.name): a.name for a in node.names if a.name in MODULES})
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node)
            for a in node.names:
                if f"{target}.{a.name}" in MODULES:
                    aliases[a.asname or a.name] = f"{target}.{a.name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            dotted = ast.unparse(node.value)
            if aliases.get(dotted, dotted) in MODULES and aliases.get(dotted, dotted) != module:
                found.append(f"{dotted}.{node.attr}")
    return found


def test_the_package_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_no_module_reaches_into_another_modules_private_names():
    reaches = {m: r for m in MODULES if (r := private_reaches(m))}
    assert reaches == {}


def test_the_walker_sees_a_cycle_and_a_private_reach():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert len(MODULES) > 40 and "slogans.api" in MODULES
    assert ("slogans.engine.analysis", "DocumentAnalysis") in imports("slogans.api")


def test_no_module_is_over_400_lines():
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
