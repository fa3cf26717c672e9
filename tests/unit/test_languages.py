"""The language choice, the pseudo-language, the committed Welsh sources, and the command line speaking them.

The .ts/.po checks hold every translation to its source's placeholders, markup and mnemonics, so a Welsh
sentence that drops ``{reason}`` or a ``<b>`` fails here rather than on someone's screen.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carerpassport import languages
from carerpassport.domain import wording
from tests.cli_runner import run_cli

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "packaging"))
from build_translations import pseudo  # noqa: E402

FIELDS = re.compile(r"\{[^{}]*\}|%\d+|%n")
TAGS = re.compile(r"<[^>]*>")


@pytest.mark.parametrize(("tag", "expected"), [
    ("cy_GB.UTF-8", "cy"), ("cy", "cy"), ("cy-GB", "cy"), ("en_GB.UTF-8", "en"), ("en-XA", "en-XA"),
    ("qps-ploc", "en-XA"), ("C", "en"), ("de_DE.UTF-8", None), ("", None)])
def test_locale_names_map_to_our_languages(tag: str, expected: str | None) -> None:
    assert languages.normalise(tag) == expected


def test_the_first_known_language_wins_else_english() -> None:
    assert languages.choose(["de-DE", "cy-GB", "en-GB"]) == "cy"
    assert languages.choose(["de-DE", "fr"]) == "en"


def test_the_environment_variable_beats_settings_which_beat_the_system() -> None:
    assert languages.resolve("", ["cy-GB"], {}) == "cy"
    assert languages.resolve("en", ["cy-GB"], {}) == "en"
    assert languages.resolve("cy", ["en-GB"], {languages.ENV_LANGUAGE: "en-XA"}) == "en-XA"
    assert languages.resolve("cy", ["en-GB"], {languages.ENV_LANGUAGE: "klingon"}) == "cy"  # unknown: ignored


def test_gettext_order_of_the_environment() -> None:
    env = {"LANGUAGE": "cy:en", "LC_ALL": "", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}
    assert languages.environment_candidates(env) == ["cy", "en", "de_DE.UTF-8"]


@pytest.mark.parametrize("text", ["&Next", "Your passport was not created. {reason}",
                                  "<p>It is <b>voluntary</b> &amp; yours.</p>", "%n minutes", "Settings"])
def test_pseudo_is_bracketed_accented_longer_and_keeps_markup_and_placeholders(text: str) -> None:
    made = pseudo(text)
    assert TAGS.sub("", made).startswith("[") and TAGS.sub("", made).endswith("]")  # what is read
    assert len(TAGS.sub("", made)) >= 1.4 * len(TAGS.sub("", text))  # 40 % more of what is read
    assert FIELDS.findall(made) == FIELDS.findall(text) and TAGS.findall(made) == TAGS.findall(text)
    assert made.count("&") == text.count("&")
    words = FIELDS.sub("", TAGS.sub("", made)).replace("&amp;", "")
    assert not set("aeiouAEIOU") & set(words), made  # every vowel outside the markup is accented


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(I18N / "carerpassport_cy.ts").getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or "")
            for c in root.iter("context") for m in c.iter("message")]


def test_every_gui_string_has_welsh_with_its_placeholders_markup_and_one_mnemonic() -> None:
    messages = _messages()
    assert len(messages) > 150
    for context, source, welsh in messages:
        where = f"{context}: {source!r} -> {welsh!r}"
        assert welsh.strip(), f"no Welsh: {where}"
        assert sorted(FIELDS.findall(welsh)) == sorted(FIELDS.findall(source)), where
        assert sorted(TAGS.findall(welsh)) == sorted(TAGS.findall(source)), where
        mnemonic = re.compile(r"&(?![A-Za-z]+;|&)")
        assert len(mnemonic.findall(welsh)) == len(mnemonic.findall(source)), where


def test_every_command_line_string_has_welsh_with_its_placeholders() -> None:
    from babel.messages.pofile import read_po

    with open(I18N / "carerpassport_cy.po", "rb") as source:
        catalog = read_po(source)
    entries = [m for m in catalog if m.id]
    assert entries
    for message in entries:
        if isinstance(message.id, tuple):  # a plural: Welsh has six forms (zero, one, two, few, many, other)
            singular, plural = message.id
            assert isinstance(message.string, tuple) and len(message.string) == 6, message.id
            for form, welsh in enumerate(message.string):
                assert welsh.strip(), f"no Welsh for plural form {form}: {singular!r}"
                # The "one" form may say the number in words ("cam", not "1 o gamau"); the others show it.
                wanted = FIELDS.findall(singular) if form == 1 else FIELDS.findall(plural)
                assert sorted(set(FIELDS.findall(welsh))) == sorted(set(wanted)), (singular, form)
            continue
        assert isinstance(message.id, str) and isinstance(message.string, str)
        assert message.string.strip(), f"no Welsh: {message.id!r}"
        assert sorted(FIELDS.findall(message.string)) == sorted(FIELDS.findall(message.id)), message.id


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def choose(language: str) -> None:
        monkeypatch.setenv(languages.ENV_LANGUAGE, language)

    yield choose
    wording.use_language("en")


def test_the_command_line_help_in_welsh(speak, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    speak("cy")
    assert run_cli("--help").code == 0
    out = capsys.readouterr().out
    assert "Eich pasbort gofalwyr, wedi'i gadw ar y cyfrifiadur hwn." in out
    assert "templed pasbort eich cyflogwr" in out  # a command's one line, from its own module


def test_the_command_line_help_in_the_pseudo_language(speak, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    speak("en-XA")
    assert run_cli("template", "import", "--help").code == 0
    out = capsys.readouterr().out
    assert "[šĥöŵ ŵĥåţ ŵöûļđ çĥåñĝé;" in out and "show what would change" not in out


def test_a_command_speaks_welsh(speak, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from carerpassport.app import PassportApp
    from tests.conftest import PASSPHRASE

    PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE).app.close()
    speak("cy")
    result = run_cli("template", "show", data_dir=data_dir, passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    assert "Cyflogwr: (dim: y templed sydd wedi'i gynnwys)" in result.out
    assert "Adolygu: o leiaf bob 12 mis" in result.out
    speak("en")
    assert "Employer: (none: the built-in template)" in run_cli("template", "show", data_dir=data_dir,
                                                                 passphrase=PASSPHRASE).out
