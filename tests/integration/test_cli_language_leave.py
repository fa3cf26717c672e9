"""``carerpassport jurisdiction``, ``leave`` and ``flexible-request`` in Welsh and in the pseudo-language, each
command a fresh ``python -m carerpassport`` process with its own HOME; and the notice and the request letter
made in Welsh for their reader (``--language cy``) while the command line speaks English: Welsh words in the
PDF (as poppler extracts them) and ``/Lang cy`` in its catalogue."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerpassport.app import PassportApp
from tests.cli_runner import Result, run_process
from tests.conftest import PASSPHRASE
from tests.pdf_support import pdf_text

CHANGE = "Start at 10:00 on Tuesdays"
EFFECT = "I take my father to hospital on Tuesday mornings"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: What is not the commands' own words: the test's data, ids, dates (domain/dates.py's, not this area's), numbers,
#: the command lines the output suggests, and punctuation.
NOT_WORDS = (re.compile(rf"\d{{1,2}} ({MONTHS}) \d{{4}}"), re.compile(r"\d{4}-\d{2}-\d{2}"),
             re.compile(r"carerpassport [a-z-]+ [a-z]+( [0-9a-f]{8})?( --[a-z]+)*( YYYY-MM-DD)?( \[--[a-z]+\])?"),
             re.compile(r"\b[0-9a-f]{8}\b"), re.compile(r"\d+(\.\d+)?"))
DATA = ("Siân Jones", "Bob Smith", CHANGE, EFFECT, "answer:caring.effect_on_work", "acas.org.uk", "carersuk.org")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    made = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones", manager_name="Bob Smith",
                              passphrase=PASSPHRASE)
    made.app.editing.set_answer("caring.effect_on_work", EFFECT, shared=True)
    made.app.close()
    return tmp_path / "vault"


def runner(vault: Path, home: Path, language: str):  # type: ignore[no-untyped-def]
    home.mkdir(exist_ok=True)
    env = {"CARERPASSPORT_PASSPHRASE": PASSPHRASE, "CARERPASSPORT_NO_KEYRING": "1", "HOME": str(home),
           "CARERPASSPORT_LANGUAGE": language, "LANGUAGE": "", "LC_ALL": "", "LANG": "C.UTF-8"}

    def run(*args: str) -> Result:
        result = run_process(f"--data-dir={vault}", *args, env=env)
        assert result.code == 0, result.err
        return result
    return run


def journey(run) -> list[str]:  # type: ignore[no-untyped-def]
    """Every command of the area once; what each printed."""
    day = dt.date.today() + dt.timedelta(days=30)
    outputs = [run("jurisdiction", "england_wales").out, run("jurisdiction").out,
               run("leave", "pattern", "--hours-per-day", "7.5", "--days-per-week", "5").out,
               run("leave", "pattern").out]
    planned = run("leave", "plan", day.isoformat(), f"{day + dt.timedelta(days=1)}:half", "--for", "parent").out
    entry = re.search(r"\b([0-9a-f]{8})\b", planned).group(1)  # type: ignore[union-attr]
    outputs += [planned, run("leave", "list").out, run("leave", "balance").out, run("leave", "notice", entry).out,
                run("leave", "postpone", entry, (day + dt.timedelta(days=40)).isoformat()).out,
                run("leave", "notice-given", entry).out, run("flexible-request", "sources").out]
    start = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    drafted = run("flexible-request", "draft", "--kind", "times", "--change", CHANGE, "--from", start,
                  "--include", "answer:caring.effect_on_work").out
    request = re.search(r"\b([0-9a-f]{8})\b", drafted).group(1)  # type: ignore[union-attr]
    outputs += [drafted, run("flexible-request", "list").out, run("flexible-request", "show", request).out,
                run("flexible-request", "show", request, "--letter").out,
                run("flexible-request", "sent", request, "--on", dt.date.today().isoformat(), "--email").out,
                run("flexible-request", "outcome", request, "refused", "--reason", "extra_costs").out,
                run("flexible-request", "show", request).out]
    return outputs


def test_the_commands_speak_welsh(vault: Path, tmp_path: Path) -> None:
    run = runner(vault, tmp_path / "home", "cy")
    printed = "\n".join([*journey(run), run("--help").out, run("leave", "notice", "--help").out])
    for welsh in ("Ble rydych yn gweithio:", "iaith yr hysbysiad, ar gyfer ei ddarllenydd",
                  "Patrwm gwaith:", "Wythnos o absenoldeb gofalwr: 5 diwrnod (37.5 awr)", "Rhowch hysbysiad erbyn",
                  "Hawl: un wythnos = 37.5 awr", "Nid cyngor cyfreithiol yw hwn", "Hysbysiad o absenoldeb gofalwr",
                  "o dan Reoliadau Absenoldeb Gofalwyr 2024", "Wedi drafftio cais", "Cais statudol am weithio hyblyg",
                  "o dan Ran 8A o Ddeddf Hawliau Cyflogaeth 1996", "Byddai'n costio gormod i'r busnes",
                  "absenoldeb gofalwr: eich patrwm gwaith"):
        assert welsh in printed, welsh
    for english in ("Working pattern:", "Give notice by", "not legal advice", "Statutory request for flexible"):
        assert english not in printed, english


def test_every_line_of_the_pseudo_language_is_translated(vault: Path, tmp_path: Path) -> None:
    for output in journey(runner(vault, tmp_path / "home", "en-XA")):
        for line in output.splitlines():
            rest = line
            while True:  # the pseudo-language's brackets, innermost first (a sentence holds translated parts)
                shorter = re.sub(r"\[[^\[\]]*\]", "", rest)
                if shorter == rest:
                    break
                rest = shorter
            for word in DATA:
                rest = rest.replace(word, "")
            for pattern in NOT_WORDS:
                rest = pattern.sub("", rest)
            assert not re.search(r"[A-Za-z]{2,}", rest), line


def test_a_notice_and_a_letter_made_in_welsh_for_their_reader(vault: Path, tmp_path: Path) -> None:
    run = runner(vault, tmp_path / "home", "en")
    day = dt.date.today() + dt.timedelta(days=30)
    run("jurisdiction", "scotland")
    run("leave", "pattern", "--hours-per-day", "7", "--days-per-week", "4")
    planned = run("leave", "plan", day.isoformat()).out
    entry = re.search(r"Planned ([0-9a-f]{8})", planned).group(1)  # type: ignore[union-attr]
    notice = tmp_path / "hysbysiad.pdf"
    written = run("leave", "notice", entry, "--out", str(notice), "--language", "cy").out
    assert "Notice written to" in written  # the command line stays in its own language
    text = " ".join(pdf_text(notice).split())
    assert "Hysbysiad o absenoldeb gofalwr" in text and "Reoliadau Absenoldeb Gofalwyr 2024" in text
    assert "At: Bob Smith" in text and "I am giving notice" not in text
    assert PdfReader(notice).trailer["/Root"]["/Lang"] == "cy"

    drafted = run("flexible-request", "draft", "--kind", "hours", "--change", CHANGE, "--from",
                  (dt.date.today() + dt.timedelta(days=60)).isoformat()).out
    request = re.search(r"Drafted request ([0-9a-f]{8})", drafted).group(1)  # type: ignore[union-attr]
    letter = tmp_path / "cais.pdf"
    run("flexible-request", "export", request, "--out", str(letter), "--language", "cy")
    text = " ".join(pdf_text(letter).split())
    assert "Cais statudol am weithio hyblyg" in text and "Ddeddf Hawliau Cyflogaeth 1996" in text
    assert CHANGE in text and "Statutory request" not in text  # the employee's own words stay as written
    assert PdfReader(letter).trailer["/Root"]["/Lang"] == "cy"
    english = tmp_path / "request.txt"
    run("flexible-request", "export", request, "--out", str(english))
    assert "Statutory request for flexible working" in english.read_text(encoding="utf-8")
