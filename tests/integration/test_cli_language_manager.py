"""The manager's commands in Welsh and in the pseudo-language, each person a fresh process with a home of its
own: the employee (in English) exports a signed PDF; the manager verifies it, countersigns it and lists and
reads the passports they hold, in ``cy`` (Welsh shown) and in ``en-XA`` (every line they print is bracketed
pseudo-text, apart from the test's own data: names, file paths, fingerprints)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_runner import Result, run_process

EMPLOYEE, MANAGER = "Siân Jones", "Bob Smith"
PASSPHRASE = "a long enough passphrase for both"
ANSWER = "I look after my father three evenings a week."
COMMENT = "Agreed as discussed."
HEX = re.compile(r"\b[0-9A-F]{4}( [0-9A-F]{4}){15}\b|\b[0-9a-f]{16,64}\b")


def person(home: Path, language: str = "en") -> dict[str, str]:
    """The environment of one person's process: a home and data folder of their own."""
    return {"HOME": str(home), "CARERPASSPORT_HOME": str(home / "data"), "CARERPASSPORT_PASSPHRASE": PASSPHRASE,
            "CARERPASSPORT_NO_KEYRING": "1", "CARERPASSPORT_LANGUAGE": language}


def ok(result: Result) -> str:
    assert result.code == 0, result.out + result.err
    return result.out


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The employee's signed export, made in English by the employee's own process."""
    home = tmp_path_factory.mktemp("employee")
    env = person(home)
    ok(run_process("init", "--name", EMPLOYEE, "--manager", MANAGER, env=env))
    ok(run_process("set", "--share", "caring.responsibilities", ANSWER, env=env))
    out = home / "from-sian.pdf"
    ok(run_process("export", "pdf", "--without-agreement", str(out), env=env))
    return out


def manager_commands(home: Path, export: Path, language: str) -> dict[str, str]:
    """What the manager's process prints for verify, countersign, received list and received show."""
    env = person(home, language)
    ok(run_process("init", "--name", MANAGER, "--role", "manager", env=env))
    signed = home / "countersigned.pdf"
    return {
        "verify": ok(run_process("verify", str(export), env=env)),
        "countersign": ok(run_process("countersign", str(export), str(signed), "--comment", COMMENT, env=env)),
        "list": ok(run_process("received", "list", env=env)),
        "show": ok(run_process("received", "show", "1", env=env)),
        "help": ok(run_process("received", "--help", env=env)),
    }


def test_the_manager_reads_welsh(export: Path, tmp_path: Path) -> None:
    said = manager_commands(tmp_path / "manager", export, "cy")
    assert f"Llofnodwyd gan: {EMPLOYEE}" in said["verify"] and "Cyfan:          ydy" in said["verify"]
    assert "Cydlofnodwyd:   naddo" in said["verify"]
    assert f"Wedi'i wirio: wedi'i lofnodi gan {EMPLOYEE}" in said["countersign"]
    assert "Mae'r dystysgrif hon yn newydd i chi" in said["countersign"]
    assert f"Wedi'i gydlofnodi fel {MANAGER}" in said["countersign"]
    assert "Wedi'i gydlofnodi" in said["list"] and f"{EMPLOYEE}" in said["list"]
    assert f"Pasbort {EMPLOYEE}" in said["show"] and "Dyfarniad: Wedi'i gytuno gan y ddau" in said["show"]
    assert f"Sylw: {COMMENT}" in said["show"]
    assert "pob pasbort sydd gennych, wedi'i gydlofnodi neu'n aros" in said["help"]
    for out in said.values():
        assert "Signed by" not in out and "Countersigned as" not in out


def test_every_line_the_manager_reads_is_the_pseudo_language(export: Path, tmp_path: Path) -> None:
    home = tmp_path / "manager"
    said = manager_commands(home, export, "en-XA")
    own = sorted([EMPLOYEE, MANAGER, ANSWER, COMMENT, str(export), str(home / "countersigned.pdf"),
                  *_template_words()], key=len, reverse=True)
    for command in ("verify", "countersign", "list", "show"):
        for line in said[command].splitlines():
            assert _bracketed_or_data(line, own), f"{command}: {line!r}"
    assert "[éåçĥ ĥéļđ þåššþöŕţ, çöûñţéŕšîĝñéđ öŕ ŵåîţîñĝ" in said["help"]


def _bracketed_or_data(line: str, own: list[str]) -> bool:
    """A line is pseudo-text (bracketed), or only the test's data once list marks and indents are gone."""
    plain = line.strip().removeprefix("- ").removeprefix("* ")
    if not plain or plain.startswith("[") and plain.endswith("]"):
        return True
    rest = HEX.sub("", plain)
    for word in own:
        rest = rest.replace(word, "")
    return not rest.strip(" ,.:;·—–-()/")


def _template_words() -> list[str]:
    """The built-in template's section titles and questions (the template's own words, translated by the
    template, not by these commands)."""
    from carerpassport.resource_files import load_default_template

    template = load_default_template()
    words = []
    for section in template.sections:
        words.append(section.title)
        words += [field.label for field in section.fields]
    return words
