"""The command line is assembled in one visible place: ``cli.py`` calls each command module's ``register``,
each command belongs to exactly one module with all of its options, and nothing imports ``cli.py`` back."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path
from types import ModuleType

from carerpassport.cli import COMMAND_MODULES, build_parser
from carerpassport.cli_commands.console import CommandParser

PACKAGE = Path(__file__).resolve().parents[3] / "carerpassport"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _helps(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    """The help of ``parser`` and of every sub-parser under it, by command path."""
    helps = {path: parser.format_help()}
    for name, sub in _subcommands(parser).items():
        helps.update(_helps(sub, f"{path} {name}".strip()))
    return helps


def _registered_alone(module: ModuleType) -> dict[str, argparse.ArgumentParser]:
    parser = CommandParser(prog="carerpassport")
    module.register(parser.add_subparsers(dest="command", required=True))
    return _subcommands(parser)


def test_every_command_is_registered_by_one_module_in_the_listed_order() -> None:
    owners: dict[str, list[str]] = {}
    for module in COMMAND_MODULES:
        for name in _registered_alone(module):
            owners.setdefault(name, []).append(module.__name__)
    assert {name: mods for name, mods in owners.items() if len(mods) > 1} == {}
    assert list(owners) == list(_subcommands(build_parser()))


def test_each_command_has_the_same_options_alone_as_in_the_whole_parser() -> None:
    """A module that added options to another module's command (or to a parser it shares) would make that
    command's help differ between the two."""
    whole = _subcommands(build_parser())
    for module in COMMAND_MODULES:
        for name, alone in _registered_alone(module).items():
            assert _helps(alone, name) == _helps(whole[name], name), f"{name} ({module.__name__})"


def _imports_cli(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(alias.name == "carerpassport.cli" for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (
                node.module == "carerpassport.cli"
                or (node.module == "carerpassport" and any(alias.name == "cli" for alias in node.names))):
            return True
    return False


def test_only_the_entry_point_imports_the_cli_module() -> None:
    importers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if _imports_cli(p))
    assert importers == ["__main__.py"]
