"""The dependency rules of DESIGN.md, checked on the source: only ui/ imports Qt, every import between our
modules follows the layers (domain <- vault, exchange <- usecases/app <- cli, ui; neutral helpers
between the domain and the rest), and the CLI starts without loading Qt."""

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


#: The top-level modules every layer above the domain may use: small helpers with no use case in them,
#: that import only the domain and each other. Each one is listed (a new module must be classified here).
NEUTRAL_MODULES = ("carerpassport", "carerpassport.input_files", "carerpassport.output_files",
                   "carerpassport.storage_errors", "carerpassport.resource_files", "carerpassport.library_logs",
                   "carerpassport.languages")
#: Which layer each of our modules belongs to, by its dotted name (longest prefix wins).
LAYER_OF = {
    "carerpassport.domain": "domain",
    **{name: "neutral" for name in NEUTRAL_MODULES},
    "carerpassport.vault": "vault",
    "carerpassport.exchange": "exchange",
    "carerpassport.usecases": "usecases",
    "carerpassport.app": "usecases",
    "carerpassport.cli": "cli",
    "carerpassport.cli_commands": "cli",
    "carerpassport.__main__": "cli",
    "carerpassport.ui": "ui",
}
#: The graph of DESIGN.md: domain <- vault, exchange <- usecases/app <- cli, ui. Anything else is refused.
ALLOWED = {
    "domain": {"domain"},
    "neutral": {"domain", "neutral"},
    "vault": {"domain", "neutral", "vault"},
    "exchange": {"domain", "neutral", "exchange"},
    "usecases": {"domain", "neutral", "vault", "exchange", "usecases"},
    "cli": {"domain", "neutral", "vault", "exchange", "usecases", "cli"},
    "ui": {"domain", "neutral", "vault", "exchange", "usecases", "ui"},
}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    """The layer of one of our modules; a module nobody classified fails the test by name."""
    candidates = [prefix for prefix in LAYER_OF if module == prefix or module.startswith(prefix + ".")]
    # "carerpassport" (the package itself) is a prefix of everything: only an exact match means it.
    candidates = [c for c in candidates if c != "carerpassport" or module == "carerpassport"]
    assert candidates, f"{module} is in no layer: classify it in LAYER_OF (tests/test_architecture.py)"
    return LAYER_OF[max(candidates, key=len)]


def our_imports_of(path: Path, root: Path, modules: set[str]) -> set[str]:
    """Our modules that ``path`` imports (absolute and relative imports, at any depth of the file)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            # "from carerpassport import app" imports a module, not a name: count the module.
            names.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                         for alias in node.names)
    return {n for n in names if n == "carerpassport" or n.startswith("carerpassport.")}


def arrows_against_the_design(root: Path = PACKAGE) -> list[str]:
    """Every import between our modules under ``root`` that the layers forbid, as "source (layer) -> target
    (layer)"."""
    modules = {module_name(p, root) for p in root.rglob("*.py")}
    bad = []
    for path in sorted(root.rglob("*.py")):
        source = module_name(path, root)
        layer = layer_of(source)
        for target in sorted(our_imports_of(path, root, modules)):
            if layer_of(target) not in ALLOWED[layer]:
                bad.append(f"{source} ({layer}) -> {target} ({layer_of(target)})")
    return bad


def test_every_import_follows_the_layers_of_the_design() -> None:
    bad = arrows_against_the_design()
    assert not bad, "imports against DESIGN.md's layers:\n  " + "\n  ".join(bad)


def test_every_top_level_module_is_classified() -> None:
    top_level = {module_name(p) for p in PACKAGE.glob("*.py")} | {module_name(p.parent) for p in
                                                                   PACKAGE.glob("*/__init__.py")}
    assert sorted(m for m in top_level if not any(m == k or m.startswith(k + ".") for k in LAYER_OF
                                                  if k != "carerpassport" or m == "carerpassport")) == []


def test_the_layer_check_catches_each_kind_of_wrong_arrow(tmp_path: Path) -> None:
    """A small tree with one wrong arrow of each kind (and allowed ones) beside them: each wrong one is named."""
    root = tmp_path / "carerpassport"
    files = {
        "__init__.py": "",
        "input_files.py": "from carerpassport.domain import model\n",
        "output_files.py": "from carerpassport.vault import store\n",  # neutral -> vault
        "domain/__init__.py": "", "domain/model.py": "from carerpassport import input_files\n",  # domain -> neutral
        "vault/__init__.py": "", "vault/store.py": "from carerpassport.output_files import x\n",
        "exchange/__init__.py": "",
        "exchange/backup.py": "from ..vault.store import Vault\nimport carerpassport.domain.model\n",  # relative
        "usecases/__init__.py": "", "usecases/backups.py": "from carerpassport.app import PassportApp\n",
        "app.py": "from carerpassport.usecases import backups\nfrom carerpassport import cli\n",  # app -> cli
        "cli.py": "from carerpassport.ui import app\n",  # cli -> ui
        "ui/__init__.py": "", "ui/app.py": "from carerpassport.app import PassportApp\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    assert arrows_against_the_design(root) == [
        "carerpassport.app (usecases) -> carerpassport.cli (cli)",
        "carerpassport.cli (cli) -> carerpassport.ui.app (ui)",
        "carerpassport.domain.model (domain) -> carerpassport.input_files (neutral)",
        "carerpassport.exchange.backup (exchange) -> carerpassport.vault.store (vault)",
        "carerpassport.output_files (neutral) -> carerpassport.vault.store (vault)",
    ]


def test_cli_does_not_load_qt() -> None:
    code = ("import sys, carerpassport.cli as c; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
