"""The whole journey with each person speaking their own language: the employee in Welsh and the manager in
the pseudo-language, then the other way round.

Each person is their own ``python -m carerpassport`` process with their own HOME and data folder, and only
files pass between them (tests/e2e/support.py). Every line either of them is shown is checked: in the
pseudo-language every word must sit inside the brackets the pseudo-translation puts round a translated
sentence (a word outside them is English nobody translated); in Welsh no common English word may be left.
What the people typed themselves (names, the answer, the comment), file paths, the recovery code and the
fingerprints are taken out first: they are data, not the app's words; so are the built-in form's own
words in the pseudo-language (a template translates itself; the built-in one has Welsh, checked here).
The files must still be good for the other person: the PDF is checked by pyHanko and poppler after each
signature, and the backup restores on a third computer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from carerpassport.resource_files import load_default_template
from tests.cli_runner import Result
from tests.e2e.support import (
    ANSWER,
    COMMENT,
    EMPLOYEE_NAME,
    MANAGER_NAME,
    Person,
    assert_countersigned_file,
    person,
    pyhanko_signatures,
)

RECOVERY_CODE = re.compile(r"\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}\b")
#: Fingerprints (groups of four hex digits), ISO dates and times, numbers: data in every language.
NUMBERS = re.compile(r"\b(?:[0-9A-F]{4}\s){3,}[0-9A-F]{4}\b|\b[0-9A-Fa-f]{16,}\b|\d[\d:.\-/]*")
#: Words that would show English left in a Welsh sentence (none of them is a Welsh word).
ENGLISH = re.compile(r"\b(?:the|your|you|and|with|this|that|for|from|has|have|was|were|is|are|not|of|to|"
                     r"passport|manager|signed|countersigned|backup|vault|recovery|created|imported)\b",
                     re.IGNORECASE)


def _template_words() -> tuple[str, ...]:
    """The built-in form's own words (title, sections, questions): the employer's text, which a template
    translates itself (the default one into Welsh); the pseudo-language is the app's words only."""
    template = load_default_template()
    return (template.title, template.sharing_agreement_text.title, *(s.title for s in template.sections),
            *(text for s in template.sections for f in s.fields for text in (f.label, f.prompt, f"({f.id})") if text))


def _without_data(text: str, who: Person, extra: tuple[str, ...]) -> str:
    for datum in sorted((EMPLOYEE_NAME, MANAGER_NAME, ANSWER, COMMENT, str(who.home.parent), *extra),
                        key=len, reverse=True):
        text = text.replace(datum, " ")
    text = RECOVERY_CODE.sub(" ", text)
    text = re.sub(r"\S*/\S*", " ", text)  # paths (the temporary folder's, and any relative one)
    return NUMBERS.sub(" ", text)


def english_left(result: Result, language: str, who: Person, extra: tuple[str, ...] = ()) -> list[str]:
    """The lines of ``result``'s output that still hold English the app should have translated."""
    left = []
    for line in (result.out + "\n" + result.err).splitlines():
        if language == "en-XA":
            rest = _without_data(line, who, extra + _template_words())
            while (shorter := re.sub(r"\[[^\[\]]*\]", " ", rest)) != rest:
                rest = shorter
            if re.search(r"[A-Za-z]{2,}", rest):
                left.append(line)
        elif ENGLISH.search(_without_data(line, who, extra)):
            left.append(line)
    return left


def speaking(tmp_path: Path, who: str, language: str) -> Person:
    someone = person(tmp_path, who)
    return Person(someone.who, someone.home, {**someone.env, "CARERPASSPORT_LANGUAGE": language})


def said(someone: Person, language: str, *args: str, env: dict[str, str] | None = None,
         extra: tuple[str, ...] = ()) -> Result:
    """Run ``args`` as ``someone``; it must succeed and every line it printed be in ``language``."""
    result = someone.ok(*args, env=env)
    left = english_left(result, language, someone, extra)
    assert not left, f"{someone.who} ({language}) ran {' '.join(args)} and saw English:\n" + "\n".join(left)
    return result


@pytest.mark.parametrize(("employee_language", "manager_language"), [("cy", "en-XA"), ("en-XA", "cy")])
def test_the_journey_speaks_each_persons_language(tmp_path: Path, employee_language: str,
                                                  manager_language: str) -> None:
    employee = speaking(tmp_path, "employee", employee_language)
    boss = speaking(tmp_path, "manager", manager_language)

    created = said(employee, employee_language, "init", "--name", EMPLOYEE_NAME, "--manager", MANAGER_NAME)
    code = RECOVERY_CODE.search(created.out)
    assert code is not None, created.out
    said(employee, employee_language, "set", "caring.effect_on_work", ANSWER, "--share")
    said(employee, employee_language, "show")
    exported = tmp_path / "passport.pdf"
    said(employee, employee_language, "export", "pdf", str(exported))
    assert [(c.intact, c.valid) for c in pyhanko_signatures(exported)] == [(True, True)]

    said(boss, manager_language, "init", "--name", MANAGER_NAME)
    said(boss, manager_language, "verify", str(exported))
    countersigned = tmp_path / "countersigned.pdf"
    said(boss, manager_language, "countersign", str(exported), str(countersigned), "--comment", COMMENT)
    assert_countersigned_file(countersigned)

    said(employee, employee_language, "verify", str(countersigned))
    said(employee, employee_language, "import", str(countersigned), "--trust-manager")
    said(employee, employee_language, "show")

    backup = tmp_path / "passport.backup"
    recovery = {"CARERPASSPORT_RECOVERY_CODE": code.group()}
    said(employee, employee_language, "backup", str(backup), env=recovery)
    # a new computer: nothing but the backup and the recovery code; the vault keeps the employee's passphrase
    laptop = speaking(tmp_path, "laptop", employee_language)
    laptop.env["CARERPASSPORT_PASSPHRASE"] = employee.env["CARERPASSPORT_PASSPHRASE"]
    said(laptop, employee_language, "restore", str(backup), env=recovery)
    shown = said(laptop, employee_language, "show")
    assert ANSWER in shown.out and EMPLOYEE_NAME in shown.out
