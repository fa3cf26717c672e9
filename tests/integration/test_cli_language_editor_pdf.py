"""``export pdf`` in a fresh process: the copy's language is ``--language`` whatever the command speaks (a Welsh
speaker's English copy, an English speaker's Welsh one), and the process's own language without it; what the
command prints is in the process's language, every line of it in the pseudo-language."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.conftest import PASSPHRASE
from tests.pdf_support import pdf_text

WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
#: The renderer's own words in each language (the default template's questions are the template's business).
WELSH_WORDS = ("Llofnodion", "Camau y cytunwyd arnynt", "Wedi'i rannu gyda Bob Smith")
ENGLISH_WORDS = ("Signatures", "Agreed actions", "Shared with Bob Smith")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    created = PassportApp.create(folder, employee_name="Siân Jones", manager_name="Bob Smith", passphrase=PASSPHRASE)
    created.app.editing.set_answer("caring.responsibilities", "I care for my father.", shared=True)
    created.app.close()
    return folder


def carerpassport(tmp_path: Path, vault: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m carerpassport --data-dir VAULT ARGS`` in its own process, speaking ``language``."""
    env = dict(os.environ, HOME=str(tmp_path / "home"), CARERPASSPORT_LANGUAGE=language,
               CARERPASSPORT_PASSPHRASE=PASSPHRASE, CARERPASSPORT_NO_KEYRING="1")
    return subprocess.run([sys.executable, "-m", "carerpassport", f"--data-dir={vault}", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def month(names: tuple[str, ...]) -> str:
    return names[dt.date.today().month - 1]  # the copy is "prepared" today


@pytest.mark.parametrize(("speaks", "chosen", "welsh_copy"), [
    ("en", "cy", True),  # an English-speaking process, a Welsh copy
    ("cy", "en", False),  # a Welsh-speaking process, an English copy
    ("cy", None, True),  # no choice: the process's language
])
def test_the_copy_is_in_the_language_chosen_for_it(tmp_path: Path, vault: Path, speaks: str, chosen: str | None,
                                                   welsh_copy: bool) -> None:
    out = tmp_path / "copy.pdf"
    done = carerpassport(tmp_path, vault, speaks, "export", "pdf", str(out),
                         *(["--language", chosen] if chosen else []))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(out).split())
    shown, gone = (WELSH_WORDS, ENGLISH_WORDS) if welsh_copy else (ENGLISH_WORDS, WELSH_WORDS)
    assert all(words in text for words in shown), text
    assert not any(words in text for words in gone), text
    assert month(WELSH_MONTHS if welsh_copy else ENGLISH_MONTHS) in text
    assert month(ENGLISH_MONTHS if welsh_copy else WELSH_MONTHS) not in text
    # What the command says is in the process's language, whatever the copy's.
    said = "Wedi ysgrifennu" if speaks == "cy" else "Wrote"
    assert done.stdout.startswith(said), done.stdout
    assert ("Gall eich rheolwr wirio'r ôl bys" in done.stdout) == (speaks == "cy")


def test_the_help_and_a_wrong_language_in_welsh(tmp_path: Path, vault: Path) -> None:
    helped = carerpassport(tmp_path, vault, "cy", "export", "pdf", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "iaith y copi hwn: cy (Cymraeg) neu en (English)" in " ".join(helped.stdout.split())
    wrong = carerpassport(tmp_path, vault, "cy", "export", "pdf", str(tmp_path / "x.pdf"), "--language", "fr")
    assert wrong.returncode != 0 and not (tmp_path / "x.pdf").exists()


def test_every_line_printed_is_pseudo_text(tmp_path: Path, vault: Path) -> None:
    out = tmp_path / "copy.pdf"
    done = carerpassport(tmp_path, vault, "en-XA", "export", "pdf", str(out), "--language", "en")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 4, done.stdout
    for line in lines:
        assert line.startswith("[") and line.endswith("]"), line
    assert "Signatures" in pdf_text(out)  # the copy is English, as asked
