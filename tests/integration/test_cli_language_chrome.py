"""The command line's top level and the passport, key, contacts, template and sharing agreement commands speak
Welsh and the pseudo-language, argparse's own words ("usage:", "options", its errors) included.

Each run is a fresh ``python -m carerpassport`` process with its own HOME and data folder and the language
in ``CARERPASSPORT_LANGUAGE``. In the pseudo-language every word printed is inside the brackets; what is left
outside them is not words to translate: the program's and commands' names, options, metavariables, choices,
and data (names the test gave, the recovery code, fingerprints).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tests.cli_runner import Result, run_process

PASSPHRASE = "correct horse battery staple"
#: The walk's own words, printed as they are.
NAMES = ("Siân Jones", "Bob Smith", "Phone on in meetings")
#: The modules of this area (cli.COMMAND_MODULES holds them all); the others' help lines are their own areas'.
MINE = ("passport", "keys", "contacts", "template", "agreement")

#: A piece of pseudo-text: brackets around accented words or the padding (and no bracket inside).
PSEUDO_SPAN = re.compile(r"\[[^\[\]]*[~À-ɏ][^\[\]]*\]")
#: What may stand outside the brackets: an option, a metavariable, a list of choices, a placeholder
#: argparse prints, punctuation of the usage line, data (a recovery code, fingerprint groups, an age key).
NOT_WORDS = re.compile(r"""
    -{1,2}[a-z][\w-]*(=\S+)?      # --data-dir, -h
  | [A-Z][A-Z0-9_]*               # DATA_DIR, FILE
  | \{[\w,-]+\}                   # {init,show,...}
  | [A-Z2-7]{5}(-[A-Z2-7]{5}){5}  # a recovery code
  | [0-9A-F]{4}                   # a fingerprint's group
  | age1[0-9a-z]+                 # an age recipient
  | [0-9a-f]{8}                   # an action's short id
  | \.\.\.|[\[\]|,.:()]+          # the usage line's punctuation
""", re.VERBOSE)


def command_names() -> dict[str, set[str]]:
    """The commands each module of the command line adds, by module name."""
    from carerpassport import cli

    names = {}
    for module in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        module.register(sub)
        names[module.__name__.rsplit(".", 1)[-1]] = set(sub.choices)
    return names


def cli(tmp_path: Path, language: str, *args: str) -> Result:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return run_process(*args, env={"HOME": str(home), "CARERPASSPORT_HOME": str(tmp_path / "data"),
                                   "CARERPASSPORT_LANGUAGE": language, "CARERPASSPORT_NO_KEYRING": "1",
                                   "CARERPASSPORT_PASSPHRASE": PASSPHRASE, "COLUMNS": "100",
                                   "PYTHONIOENCODING": "utf-8"})


def words_outside_brackets(text: str, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The words of ``text`` (several lines) not inside pseudo-text and not names, options or data."""
    rest = text
    for word in NAMES:
        rest = rest.replace(word, " ")
    while PSEUDO_SPAN.search(rest):
        rest = PSEUDO_SPAN.sub(" ", rest)
    def is_word(token: str) -> bool:
        bare = token.strip("[](),.:;|")  # "[-h]", "DATA_DIR]", "{add,list}"
        return bool(bare) and bare not in allowed and not NOT_WORDS.fullmatch(token) and not NOT_WORDS.fullmatch(bare)

    return [token for token in rest.split() if is_word(token)]


def others_help_lines_removed(text: str, others: set[str]) -> str:
    """``text`` (a help) without the lines (and their continuations) of commands other areas own."""
    kept, skipping = [], False
    for line in text.splitlines():
        command = re.match(r"^ {4}(\S+)\s", line)
        if command:
            skipping = command.group(1) in others
        elif not line.startswith(" " * 6):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


@pytest.fixture(scope="module")
def names() -> dict[str, set[str]]:
    return command_names()


def test_the_top_level_help_in_welsh(tmp_path: Path) -> None:
    result = cli(tmp_path, "cy", "--help")
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("defnydd: carerpassport [-h]")
    for words in ("Eich pasbort gofalwyr, wedi'i gadw ar y cyfrifiadur hwn.", "dadleuon safle:", "opsiynau:",
                  "dangos y neges gymorth hon a gadael", "dangos rhif fersiwn y rhaglen a gadael",
                  "creu'r gladdgell ac argraffu'r cod adfer unwaith",
                  "pobl rydych chi'n ymddiried yn eu cardiau adnabod"):
        assert words in out, words
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


@pytest.mark.parametrize("command", ["", "init", "show", "set", "action", "action add", "key", "key passphrase",
                                     "check", "identity", "contacts", "contacts add", "template", "agreement",
                                     "agreement set"])
def test_help_in_the_pseudo_language_is_all_bracketed(tmp_path: Path, names: dict[str, set[str]],
                                                      command: str) -> None:
    result = cli(tmp_path, "en-XA", *command.split(), "--help")
    assert result.code == 0, result.err
    every = set().union(*names.values())
    others = every - set().union(*(names[m] for m in MINE))
    text = others_help_lines_removed(result.out, others) if not command else result.out
    assert "[ûšåĝé: " in text or "[Ûšåĝé: " in text
    left = words_outside_brackets(text, allowed={"carerpassport", *every, *_subcommands(command)})
    assert not left, f"outside the brackets: {left}\n{result.out}"


def _subcommands(command: str) -> set[str]:
    """The words of the command typed, and a few subcommands' names, which appear in its usage line."""
    return set(command.split()) | {"add", "update", "list", "passphrase", "recovery-code", "rekey", "import",
                                   "show", "set", "remove", "keep-until", "share", "unshare"}


@pytest.mark.parametrize("command,welsh", [
    ("passport", None),
    ("key", "gosod neu newid y cyfrinymadrodd"),
    ("contacts", "rhestru eich cysylltiadau"),
    ("template", "y templed sy'n cael ei ddefnyddio"),
    ("agreement", "gadael eich cytundeb rhannu allan o'r hyn rydych chi'n ei allforio"),
])
def test_each_commands_help_in_welsh(tmp_path: Path, command: str, welsh: str | None) -> None:
    if command == "passport":  # the passport's commands are at the top level: init, show, set, action...
        result = cli(tmp_path, "cy", "action", "add", "--help")
        welsh = "dyddiad yr adolygiad nesaf (YYYY-MM-DD)"
    else:
        result = cli(tmp_path, "cy", command, "--help")
    assert result.code == 0, result.err
    assert result.out.startswith("defnydd: carerpassport ") and "opsiynau:" in result.out
    assert welsh in result.out


def test_commands_speak_welsh(tmp_path: Path) -> None:
    made = cli(tmp_path, "cy", "init", "--name", "Siân Jones", "--manager", "Bob Smith")
    assert made.code == 0, made.err
    assert "Crëwyd claddgell eich pasbort yn" in made.out and "Eich cod adfer (a ddangosir unwaith;" in made.out
    assert "Ôl bys llofnodi:" in made.out

    added = cli(tmp_path, "cy", "action", "add", "--what", "Phone on in meetings", "--owner", "Bob Smith")
    assert added.code == 0 and added.out.startswith("Ychwanegwyd cam "), added.err
    shown = cli(tmp_path, "cy", "show")
    assert "Chi:             Siân Jones" in shown.out and "Rheolwr llinell: Bob Smith" in shown.out
    assert "Camau y cytunwyd arnynt" in shown.out and "perchennog Bob Smith" in shown.out

    assert cli(tmp_path, "cy", "check").out.startswith("Mae'r gladdgell yn gyfan:")
    assert cli(tmp_path, "cy", "contacts", "list").out.startswith("Dim cysylltiadau eto;")
    assert cli(tmp_path, "cy", "identity").out.startswith("Enw:")
    shared = cli(tmp_path, "cy", "agreement", "share")
    assert shared.out.startswith("Mae eich cytundeb rhannu yn yr hyn rydych chi'n ei rannu (fersiwn ")

    missing = cli(tmp_path, "cy", "agreement")  # argparse's own error, in our words
    assert missing.code == 2
    assert missing.err.startswith("carerpassport: gwall defnydd: mae angen y dadleuon canlynol:")
    wrong = cli(tmp_path, "cy", "init", "--role", "boss")
    assert wrong.code == 2 and "dewis annilys: 'boss'" in wrong.err


def test_commands_in_the_pseudo_language_print_only_bracketed_words(tmp_path: Path) -> None:
    printed = []
    for args in (("init", "--name", "Siân Jones", "--manager", "Bob Smith"),
                 ("action", "add", "--what", "Phone on in meetings"), ("check",), ("contacts", "list"),
                 ("identity",), ("agreement", "share")):
        result = cli(tmp_path, "en-XA", *args)
        assert result.code == 0, result.err
        printed.append(result.out)
    assert "[Çŕéåţéđ ýöûŕ þåššþöŕţ våûļţ îñ " in printed[0]
    extra = {str(tmp_path / "data")}  # the folder, inside a sentence
    for index, out in enumerate(printed):
        words = words_outside_brackets(out, allowed=extra)
        if index == 4:  # identity: the fingerprint's words come from a word list (data, in no language)
            words = [w for w in words if not re.fullmatch(r"[a-z]+", w)]
        assert not words, f"outside the brackets: {words}\n{out}"
    missing = cli(tmp_path, "en-XA", "agreement")
    assert missing.code == 2 and not words_outside_brackets(missing.err, allowed={"agreement_command"}), missing.err
