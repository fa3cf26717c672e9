"""Real errors told in the reader's language: each command is a fresh ``python -m carerpassport`` process with
``CARERPASSPORT_LANGUAGE`` set and its own HOME, so the sentence is built by the code that raises it (the
vault, the PDF checks, the template reader, the file reader), not by a test's own copy of the catalogue.

In Welsh the sentence is the Welsh one; in the pseudo-language every line the command prints is bracketed
pseudo-text, so a sentence that skipped ``_()`` would show as plain English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import Result
from tests.e2e.support import Person, person

PROGRAM = "carerpassport: "


@pytest.fixture(scope="module")
def employee(tmp_path_factory: pytest.TempPathFactory) -> Person:
    """One employee with a vault and a signed export (``passport.pdf`` in their HOME)."""
    someone = person(tmp_path_factory.mktemp("error_language"), "employee")
    someone.ok("init", "--name", "Siân Jones")
    someone.ok("export", "pdf", str(someone.home / "passport.pdf"))
    return someone


def in_language(someone: Person, language: str, *args: str, **env: str) -> Result:
    """``carerpassport ARGS`` in a fresh process speaking ``language``; it must fail (exit 1)."""
    result = someone.run(*args, env={"CARERPASSPORT_LANGUAGE": language, **env})
    assert result.code == 1, result
    assert result.err.startswith(PROGRAM), result.err
    return result


def tampered(someone: Person) -> Path:
    """The employee's export with one byte of a content stream changed after signing."""
    data = bytearray((someone.home / "passport.pdf").read_bytes())
    at = data.index(b"stream", len(data) // 3) + 10
    data[at] ^= 0xFF
    path = someone.home / "tampered.pdf"
    path.write_bytes(bytes(data))
    return path


def files(someone: Person) -> dict[str, Path]:
    broken = someone.home / "broken-template.json"
    broken.write_text('{"format": 1, "sections": [', encoding="utf-8")
    cut = someone.home / "cut.pdf"
    cut.write_bytes((someone.home / "passport.pdf").read_bytes()[:20_000])
    return {"broken": broken, "cut": cut, "tampered": tampered(someone), "missing": someone.home / "nowhere.pdf"}


#: (what is wrong, the command, Welsh words its sentence must hold)
CASES = [
    ("wrong passphrase", ("show",), "Nid yw'r cyfrinymadrodd hwnnw'n agor y gladdgell hon"),
    ("no vault", ("--data-dir={home}/empty", "show"), "Nid oes claddgell yn"),
    ("broken template", ("template", "import", "{broken}"), "Nid yw broken-template.json yn JSON dilys yn llinell"),
    ("missing file", ("verify", "{missing}"), "Nid yw nowhere.pdf yn bodoli"),
    ("cut-short PDF", ("verify", "{cut}"), "Mae'r PDF hwn wedi'i dorri'n fyr"),
    ("tampered PDF", ("import", "{tampered}"), "Cafodd y ffeil ei newid ar ôl i'r cyflogai ei llofnodi"),
]


def command(someone: Person, args: tuple[str, ...]) -> tuple[str, ...]:
    paths = {k: str(v) for k, v in files(someone).items()}
    return tuple(a.format(home=someone.home, **paths) for a in args)


def extra_env(what: str) -> dict[str, str]:
    return {"CARERPASSPORT_PASSPHRASE": "not the passphrase at all"} if what == "wrong passphrase" else {}


@pytest.mark.slow
@pytest.mark.parametrize(("what", "args", "welsh"), CASES, ids=[c[0] for c in CASES])
def test_an_error_is_told_in_welsh(employee: Person, what: str, args: tuple[str, ...], welsh: str) -> None:
    result = in_language(employee, "cy", *command(employee, args), **extra_env(what))
    assert welsh in result.err, result.err


@pytest.mark.slow
@pytest.mark.parametrize(("what", "args"), [c[:2] for c in CASES], ids=[c[0] for c in CASES])
def test_every_line_of_an_error_is_pseudo_text(employee: Person, what: str, args: tuple[str, ...]) -> None:
    result = in_language(employee, "en-XA", *command(employee, args), **extra_env(what))
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert lines, result
    for line in lines:
        text = line.removeprefix(PROGRAM)
        assert text.startswith("[") and text.endswith("]"), f"{what}: not pseudo-text: {line!r}"


@pytest.mark.slow
def test_the_same_error_stays_english_without_a_language(employee: Person) -> None:
    """The suite's pin (English) still gives the English sentence: the Welsh above came from the language."""
    result = in_language(employee, "en", "show", CARERPASSPORT_PASSPHRASE="not the passphrase at all")
    assert "That passphrase does not open this vault." in result.err, result.err
