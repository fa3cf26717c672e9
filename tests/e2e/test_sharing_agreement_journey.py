"""The sharing agreement travels from the employee to the manager and back, each a fresh process.

The employee sets an agreement with ``carerpassport agreement`` and exports; the manager countersigns
(in manager mode, and once in an ordinary reader: fields filled, then poppler signs); the employee
imports. pyHanko and ``pdfsig`` check the files, ``pdftotext`` reads the page the manager signed, and the
employee's reopened vault still holds the agreement. Only files pass between the two people.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from tests.countersign_support import rsa_p12
from tests.e2e.support import (
    COMMENT,
    EMPLOYEE_NAME,
    MANAGER_NAME,
    Person,
    assert_countersigned_file,
    fill_like_a_reader,
    manager,
    manager_fields,
    person,
    poppler_sign,
)
from tests.pdf_support import pdf_text

pytestmark = pytest.mark.interop

PURPOSE = "a referral I have asked for"


def _employee_with_agreement(tmp_path: Path) -> Person:
    employee = person(tmp_path, "employee")
    employee.ok("init", "--name", EMPLOYEE_NAME, "--manager", MANAGER_NAME)
    employee.ok("set", "caring.effect_on_work", "I may need to leave at short notice.", "--share")
    employee.ok("agreement", "set", "future_manager", "ask_each_time")
    employee.ok("agreement", "set", "occupational_health", "for_purpose", "--purpose", PURPOSE)
    employee.ok("agreement", "add", "Payroll", "never")
    employee.ok("agreement", "keep-until", "i_move_on")
    employee.ok("agreement", "share")
    return employee


def _embedded_agreement(path: Path) -> dict[str, object] | None:
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = next(names[i + 1].get_object() for i in range(0, len(names), 2) if str(names[i]) == "passport.json")
    data = json.loads(spec["/EF"]["/F"].get_object().data)
    agreement: dict[str, object] | None = data.get("sharing_agreement")
    return agreement


def _assert_agreement_on_the_signed_page(path: Path) -> None:
    text = " ".join(pdf_text(path).split())
    assert "Sharing your passport" in text, text
    assert f"Occupational health Yes, for this purpose: {PURPOSE}" in text, text
    assert "A future line manager Only when I say so, each time" in text, text
    assert "Payroll Never" in text, text
    assert "keeps their copy: until I move to another manager or leave" in text, text
    # Just above the signatures that cover it.
    order = [text.index(words) for words in ("Sharing your passport", "May they be given", "Signatures")]
    assert order == sorted(order), text


def _assert_employee_keeps_it(employee: Person, expected: dict[str, object]) -> None:
    history = json.loads(employee.ok("history", "--json").out)
    assert history[-1]["reason"] == "countersigned", history
    stored = json.loads(employee.ok("show", "--json").out)["sharing_agreement"]
    assert {k: v for k, v in stored.items() if k != "shared"} == expected
    assert stored["shared"] is True
    shown = employee.ok("agreement", "show").out
    assert f"Occupational health: Yes, for a stated purpose: {PURPOSE}" in shown, shown


def test_the_agreement_round_trips_through_manager_mode(tmp_path: Path) -> None:
    employee = _employee_with_agreement(tmp_path)
    exported = tmp_path / "passport.pdf"
    done = employee.ok("export", "pdf", str(exported))
    assert "your sharing agreement" in done.out
    expected = _embedded_agreement(exported)
    assert expected is not None and expected["keep_until"] == "i_move_on"

    boss = manager(tmp_path)
    read = boss.ok("verify", str(exported)).out
    assert f"Occupational health: Yes, for a stated purpose: {PURPOSE}" in read, read
    signed = tmp_path / "countersigned.pdf"
    boss.ok("countersign", str(exported), str(signed), "--comment", COMMENT)
    assert_countersigned_file(signed)  # pyHanko and pdfsig -no-ocsp
    assert _embedded_agreement(signed) == expected
    _assert_agreement_on_the_signed_page(signed)

    employee.ok("import", str(signed), "--trust-manager")
    _assert_employee_keeps_it(employee, expected)


def test_an_export_without_the_agreement_still_imports_and_says_so(tmp_path: Path) -> None:
    employee = _employee_with_agreement(tmp_path)
    exported = tmp_path / "passport.pdf"
    employee.ok("export", "pdf", str(exported), "--without-agreement")
    assert _embedded_agreement(exported) is None
    assert "Sharing your passport" not in pdf_text(exported)
    boss = manager(tmp_path)
    assert "Sharing agreement: not in this copy" in boss.ok("verify", str(exported)).out
    signed = tmp_path / "countersigned.pdf"
    boss.ok("countersign", str(exported), str(signed), "--comment", COMMENT)
    imported = employee.run("import", str(signed), "--trust-manager")
    assert imported.code == 0, imported.err


def test_the_agreement_round_trips_through_an_ordinary_reader(tmp_path: Path) -> None:
    employee = _employee_with_agreement(tmp_path)
    exported = tmp_path / "passport.pdf"
    employee.ok("export", "pdf", str(exported))
    expected = _embedded_agreement(exported)
    reader_home = tmp_path / "reader-manager"
    reader_home.mkdir()
    filled = fill_like_a_reader(exported, reader_home / "filled.pdf", manager_fields())
    signed = poppler_sign(reader_home, filled, tmp_path / "countersigned-poppler.pdf",
                          rsa_p12(reader_home, MANAGER_NAME))
    assert_countersigned_file(signed)
    _assert_agreement_on_the_signed_page(signed)
    imported = employee.run("import", str(signed), "--trust-manager")
    assert imported.code == 0, imported.err
    assert expected is not None
    _assert_employee_keeps_it(employee, expected)
