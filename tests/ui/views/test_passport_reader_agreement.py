"""The manager's reader shows the employee's sharing agreement above the signatures, or says the copy
leaves it out; ``reading_lines`` (what ``carerpassport received show`` prints) says the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import KeepUntil, Permission
from carerpassport.exchange.passport_reading import read_passport, reading_lines
from carerpassport.ui.views.passport_reader import PassportReader
from tests.countersign_support import employee_pdf
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def agreed(filled_app: PassportApp) -> PassportApp:
    agreement = filled_app.editing.passport().sharing_agreement
    agreement.rule("occupational_health").permission = Permission.FOR_PURPOSE
    agreement.rule("occupational_health").purpose = "a referral I asked for"
    agreement.keep_until = KeepUntil.I_MOVE_ON
    agreement.shared = True
    filled_app.editing.set_sharing_agreement(agreement)
    return filled_app


def test_the_reader_shows_the_agreement_above_the_signatures(agreed: PassportApp, tmp_path: Path,
                                                             qtbot: QtBot) -> None:
    export = tmp_path / "with.pdf"
    employee_pdf(agreed, export)
    reading = read_passport(export.read_bytes())
    assert reading.sharing_agreement == agreed.editing.passport().sharing_agreement
    reader = shown(qtbot, PassportReader(reading, agreed.template), (720, 640))
    text = reader.sharing_agreement.text()
    assert "Occupational health: Yes, for a stated purpose: a referral I asked for" in text
    assert "How long the line manager keeps their copy: Until I move to another manager or leave" in text
    chain = reader.focus_chain()
    assert chain.index(reader.sharing_agreement) == chain.index(reader.employee_signature) - 1
    lines = reading_lines(reading, agreed.template)
    assert "  Occupational health: Yes, for a stated purpose: a referral I asked for" in lines


def test_a_copy_without_it_says_so(filled_app: PassportApp, tmp_path: Path, qtbot: QtBot) -> None:
    export = tmp_path / "without.pdf"
    employee_pdf(filled_app, export)
    reading = read_passport(export.read_bytes())
    assert reading.sharing_agreement is None
    reader = shown(qtbot, PassportReader(reading, filled_app.template), (720, 640))
    assert "does not include the employee's sharing agreement" in reader.sharing_agreement.text()
    assert "Sharing agreement: not in this copy" in reading_lines(reading, filled_app.template)
