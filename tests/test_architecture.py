"""The dependency rules of DESIGN.md, checked on the source: only ui/ imports Qt, the domain imports
nothing of ours, and the CLI starts without loading Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "carerpassport"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts
                 and any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in imports_of(p))]
    assert offenders == []


def test_domain_imports_nothing_of_ours_outside_the_domain() -> None:
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in imports_of(p) if n.startswith("carerpassport")
                                                    and not n.startswith("carerpassport.domain"))
                 for p in (PACKAGE / "domain").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_lower_layers_do_not_import_upper_ones() -> None:
    for layer in ("vault", "exchange"):
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = [n for n in imports_of(path) if n.startswith(("carerpassport.app", "carerpassport.cli",
                                                                 "carerpassport.ui"))]
            assert bad == [], f"{path.relative_to(PACKAGE)} imports {bad}"


def test_cli_does_not_load_qt() -> None:
    code = ("import sys, carerpassport.cli as c; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
