"""No import cycle anywhere in mailbot: each module can be read (and replaced) without the ones
that build on it. Imports inside functions count too: they hide a cycle, they do not remove it."""

from __future__ import annotations

import grimp


def cycles(package: str) -> list[list[str]]:
    """The shortest import cycle through each direct import that has one (each cycle once)."""
    graph = grimp.build_graph(package)
    found: dict[frozenset[str], list[str]] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                found.setdefault(frozenset(back), [importer, *back])
    return list(found.values())


def test_mailbot_has_no_import_cycle():
    assert cycles("mailbot") == []


def test_a_cycle_is_found(tmp_path, monkeypatch):
    pkg = tmp_path / "cyclic"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    from .c import x\n    return x\n")
    (pkg / "c.py").write_text("from .a import b as x\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert [sorted(c) for c in cycles("cyclic")] == [["cyclic.a", "cyclic.a", "cyclic.b", "cyclic.c"]]
