"""The widgets that show other people's names (identity, send-bundle, open-bundle, import and received)
show them without escapes, control or invisible characters, and a second card in a trusted name is
refused with both fingerprints."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carerpassport.app import PassportApp
from carerpassport.exchange.identity import generate_identity
from carerpassport.exchange.identity_card import IdentityCard, make_card, parse_card
from carerpassport.exchange.passphrase_strength import generate_passphrase
from carerpassport.ui.dialogs.identity_dialog import IdentityDialog, ask_to_replace_card
from carerpassport.ui.dialogs.import_dialog import ImportDialog
from carerpassport.ui.dialogs.open_bundle_dialog import OpenBundleDialog
from carerpassport.ui.dialogs.send_bundle_dialog import SendBundleDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.received_view import ReceivedView
from carerpassport.vault.repository import Pin
from tests.countersign_support import countersigned_by_app, employee_pdf, manager_vault
from tests.ui.ui_support import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

HOSTILE = "\x1b[31mEvil\u202e \u200bManager\nFingerprint: 00 00\x9b2J\u2066"
SHOWN = "Evil Manager Fingerprint: 00 00"


def assert_clean(text: str) -> None:
    bad = [f"U+{ord(c):04X}" for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]
    assert not bad, f"{bad} in {text!r}"


def test_identity_and_send_bundle_dialogs(qtbot: QtBot, app: PassportApp, tmp_path: Path) -> None:
    hostile = generate_identity(HOSTILE)
    card = tmp_path / "hostile.json"
    card.write_bytes(make_card(hostile))
    asked: list[IdentityCard] = []
    replace_answers = [False, True]
    replace_asked: list[tuple[str, list[str]]] = []

    def confirm_replace(_parent: object, card: IdentityCard, earlier: list[Pin]) -> bool:
        replace_asked.append((card.fingerprint, [p.fingerprint for p in earlier]))
        return replace_answers.pop(0)

    dialog = IdentityDialog(app, TaskRunner(synchronous=True), confirm_trust=lambda _p, c: asked.append(c) or True,
                            confirm_replace=confirm_replace)
    qtbot.addWidget(dialog)
    assert dialog.add_card(card)
    assert asked[0].name == SHOWN and SHOWN in asked[0].text()
    assert_clean(asked[0].text())
    assert_clean(dialog.status.text()) and SHOWN in dialog.status.text()

    send = SendBundleDialog(app, TaskRunner(synchronous=True))
    qtbot.addWidget(send)
    [item] = [send.contacts.item(i) for i in range(send.contacts.count())]
    assert item.text().startswith(SHOWN + "  (")
    assert_clean(item.text())

    # A second card in the same (shown) name asks loudly, with both fingerprints; No keeps the first.
    impostor = generate_identity("evil manager  fingerprint: 00 00")
    impostor_card = tmp_path / "impostor.json"
    impostor_card.write_bytes(make_card(impostor))
    assert not dialog.add_card(impostor_card)
    assert [c.fingerprint for c in app.contacts.contacts()] == [hostile.fingerprint]
    assert dialog.add_card(impostor_card)
    assert replace_asked == [(impostor.fingerprint, [hostile.fingerprint])] * 2 and len(asked) == 1
    assert [c.fingerprint for c in app.contacts.contacts()] == [impostor.fingerprint]
    assert any("Replaced the identity card of" in e.summary for e in app.repo.events())


def test_the_replace_question_shows_both_fingerprints(qtbot: QtBot, app: PassportApp,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown_text: list[str] = []

    def answer(box: QMessageBox) -> int:  # the question's box, answered without clicking: not Yes
        shown_text.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    first, second = generate_identity("Manager Boss"), generate_identity("Manager Boss")
    app.contacts.add_contact(make_card(first))
    card = parse_card(make_card(second))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not ask_to_replace_card(parent, card, app.contacts.trusted_under_name(card.name, card.fingerprint))
    assert first.fingerprint in shown_text[0] and second.fingerprint in shown_text[0]


def test_open_bundle_and_received_view(qtbot: QtBot, tmp_path: Path) -> None:
    sender = PassportApp.create(tmp_path / "sender", employee_name=HOSTILE).app
    manager = manager_vault(tmp_path / "manager")
    try:
        sender.editing.set_answer("caring.responsibilities", "I care for my mum.", shared=True)
        passphrase = generate_passphrase()
        bundle = tmp_path / "p.passport.age"
        sender.bundles.export_bundle(bundle, passphrase=passphrase)
        export = tmp_path / "hostile.pdf"
        employee_pdf(sender, export)
        manager.countersigning.countersign(manager.countersigning.inspect_received(export),
                                           tmp_path / "countersigned.pdf", comment="OK")

        dialog = OpenBundleDialog(manager, TaskRunner(synchronous=True))
        qtbot.addWidget(dialog)
        dialog.file.setText(str(bundle))
        dialog.check()  # asks for the passphrase
        dialog.passphrase.setText(passphrase)
        dialog.check()
        details = dialog.details.toPlainText()
        assert f"Sent by: {SHOWN} (not yet trusted)" in details
        assert_clean(details)

        view = ReceivedView(manager, TaskRunner(synchronous=True))
        qtbot.addWidget(view)
        cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
        assert SHOWN in cells
        for cell in cells:
            assert_clean(cell)
    finally:
        sender.close()
        manager.close()


def test_import_dialog(qtbot: QtBot, filled_app: PassportApp, tmp_path: Path) -> None:
    _, signed, manager = countersigned_by_app(tmp_path, filled_app, manager_name=HOSTILE)
    manager.close()
    dialog = ImportDialog(filled_app, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.check_path(signed)
    details = dialog.details.toPlainText()
    assert f"Manager signature: {SHOWN}" in details
    for text in (details, dialog.record.text(), dialog.state.text()):
        assert_clean(text)
