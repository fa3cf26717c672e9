"""Manager mode through ``app.received``: a PDF or a bundle an employee gave the manager is held (waiting),
countersigned in place, sent back to the employee's key, and deleted with a line in the log; the role is
kept in the vault. Each outcome is checked on the vault reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.agreement import shared_review_due
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.roles import Role
from carerpassport.exchange import age_files
from carerpassport.exchange.errors import OwnKeyCountersignError
from carerpassport.exchange.received import RECEIVED_KIND
from tests.conftest import PASSPHRASE


@pytest.fixture
def manager_dir(tmp_path: Path) -> Path:
    return tmp_path / "manager"


@pytest.fixture
def manager_app(manager_dir: Path) -> Iterator[PassportApp]:
    created = PassportApp.create(manager_dir, employee_name="Bob Smith", passphrase=PASSPHRASE, role=Role.MANAGER)
    yield created.app
    created.app.close()


def _reopen(app: PassportApp) -> PassportApp:
    data_dir = app.data_dir
    app.close()
    return PassportApp.open(data_dir, passphrase=PASSPHRASE)


@pytest.fixture
def signed_pdf(filled_app: PassportApp, tmp_path: Path) -> bytes:
    out = tmp_path / "passport.pdf"
    filled_app.pdfs.export_signed_pdf(out)
    return out.read_bytes()


@pytest.mark.english
def test_the_role_is_kept_in_the_vault_and_changes_are_logged(manager_app: PassportApp, app: PassportApp) -> None:
    assert app.received.role() is Role.EMPLOYEE
    assert manager_app.received.role() is Role.MANAGER
    manager_app.received.set_role("both")
    reopened = _reopen(manager_app)
    try:
        assert reopened.received.role() is Role.BOTH
        assert [e.details for e in reopened.repo.events("settings")] == [{"role": "both"}]
        with pytest.raises(ValidationError, match="employee, manager or both"):
            reopened.received.set_role("boss")
        assert reopened.received.role() is Role.BOTH
    finally:
        reopened.close()


def test_a_pdf_is_held_waiting_then_countersigned_in_place(manager_app: PassportApp, filled_app: PassportApp,
                                                           signed_pdf: bytes, tmp_path: Path) -> None:
    record = manager_app.received.add_incoming(signed_pdf, "from-sian.pdf")
    assert (record.employee_name, record.status, record.countersigned_on, record.source) == (
        "Siân Jones", "waiting", "", "pdf")
    assert record.revision == filled_app.editing.history()[-1].number
    assert manager_app.received.add_incoming(signed_pdf).held_id == record.held_id  # the same file is held once
    out = tmp_path / "countersigned.pdf"
    result = manager_app.received.countersign(record.held_id, out, comment="Agreed, thanks")
    assert result.kept_attachment_id == record.held_id

    reopened = _reopen(manager_app)
    try:
        [held] = reopened.received.held()
        assert held.held_id == record.held_id and held.status == "countersigned"
        assert held.countersigned_on == reopened.today().isoformat() and held.comment == "Agreed, thanks"
        assert held.revision == record.revision and held.source == "pdf"
        assert reopened.received.pdf(held.held_id) == out.read_bytes()
    finally:
        reopened.close()


@pytest.mark.english
def test_own_passport_is_not_held(filled_app: PassportApp, signed_pdf: bytes) -> None:
    with pytest.raises(OwnKeyCountersignError, match="your own passport"):
        filled_app.received.add_incoming(signed_pdf)
    assert filled_app.received.held() == []


@pytest.mark.english
def test_delete_removes_the_copy_and_logs_it_without_content(manager_app: PassportApp, signed_pdf: bytes) -> None:
    record = manager_app.received.add_incoming(signed_pdf)
    manager_app.received.delete(record.held_id)
    with pytest.raises(ValidationError, match=f"no held passport {record.held_id}"):
        manager_app.received.delete(record.held_id)
    wal = manager_app.data_dir.glob("*-wal")
    assert all(path.stat().st_size == 0 for path in wal)  # checkpointed: no page of the copy left in the WAL

    reopened = _reopen(manager_app)
    try:
        assert reopened.received.held() == [] and reopened.repo.attachments(RECEIVED_KIND) == []
        [event] = reopened.repo.events("deleted")
        assert event.summary == "Deleted your copy of Siân Jones's passport"
        assert event.details["attachment"] == record.held_id and event.details["revision"] == record.revision
        assert "I look after my father" not in repr(event)
    finally:
        reopened.close()


@pytest.mark.english
def test_a_bundle_is_held_countersigned_and_sent_back_to_the_key_inside_it(
        filled_app: PassportApp, manager_app: PassportApp, tmp_path: Path) -> None:
    filled_app.contacts.add_contact(manager_app.contacts.identity_card())
    [bob] = filled_app.contacts.contacts()
    shared = next(a for a in filled_app.editing.passport().actions if a.shared)  # its review date is the next one
    review_on = filled_app.today() + dt.timedelta(days=20)
    filled_app.editing.update_action(shared.id, review_on=review_on)
    bundle = tmp_path / "for-bob.passport.age"
    filled_app.bundles.export_bundle(bundle, recipients=[bob.age_recipient])
    record = manager_app.received.add_incoming_bundle(bundle, trust_sender=True)
    assert (record.status, record.source, record.employee_name) == ("waiting", "bundle", "Siân Jones")
    assert record.next_review == review_on.isoformat()  # the PDF's rule, as for a PDF held
    with pytest.raises(ValidationError, match="Countersign Siân Jones's passport before"):
        manager_app.received.send_back(record.held_id, tmp_path / "back.passport.age")
    manager_app.received.countersign(record.held_id, tmp_path / "countersigned.pdf", comment="Fine by me")
    back = tmp_path / "back.passport.age"
    manager_app.received.send_back(record.held_id, back)
    # encrypted to the employee (the key that came inside their bundle) and the manager, nobody else
    stranger = PassportApp.create(tmp_path / "stranger", passphrase=PASSPHRASE).app
    try:
        with pytest.raises(age_files.WrongDecryptionKeyError):
            age_files.decrypt(back.read_bytes(), identities=[stranger.identity().age_secret])
    finally:
        stranger.close()
    assert age_files.decrypt(back.read_bytes(), identities=[filled_app.identity().age_secret])
    imported = filled_app.bundles.import_bundle(back, trust_new_manager=True)
    assert imported.route == "countersigned"
    reopened = _reopen(filled_app)
    try:
        assert reopened.editing.history()[-1].reason == "countersigned"
    finally:
        reopened.close()


@pytest.mark.english
def test_a_bundle_of_your_own_passport_is_not_held(filled_app: PassportApp, tmp_path: Path) -> None:
    bundle = tmp_path / "mine.passport.age"
    filled_app.bundles.export_bundle(bundle, recipients=[filled_app.identity().age_recipient])
    with pytest.raises(ValidationError, match="your own passport"):
        filled_app.received.add_incoming_bundle(bundle)
    assert filled_app.received.held() == []


def test_the_list_is_read_without_the_pdfs(manager_app: PassportApp, signed_pdf: bytes,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    manager_app.received.add_incoming(signed_pdf)

    def no_pdfs(*args: object, **kwargs: object) -> object:
        raise AssertionError("the held list read the stored PDFs")

    monkeypatch.setattr(manager_app.repo, "attachments", no_pdfs)
    monkeypatch.setattr(manager_app.repo, "attachment", no_pdfs)
    [held] = manager_app.received.held()
    assert held.employee_name == "Siân Jones"


def test_next_review_due_is_the_earliest_shared_review_as_the_pdf_says(manager_app: PassportApp,
                                                                       filled_app: PassportApp,
                                                                       tmp_path: Path) -> None:
    """The list's "next review due" follows the rule of the PDF and the status line (an agreed shared action's
    review date counts; a private one's does not), stored with the copy, so the list reads no PDF."""
    today = filled_app.today()
    shared = next(a for a in filled_app.editing.passport().actions if a.shared)
    filled_app.editing.update_action(shared.id, review_on=today + dt.timedelta(days=40))
    filled_app.editing.add_action("PRIVATE review sooner", status="agreed", review_on=today + dt.timedelta(days=5),
                                  shared=False)
    out = tmp_path / "passport.pdf"
    filled_app.pdfs.export_signed_pdf(out)
    expected = shared_review_due(filled_app.editing.passport())
    assert expected is not None and expected.due == today + dt.timedelta(days=40)

    record = manager_app.received.add_incoming(out.read_bytes())
    reopened = _reopen(manager_app)
    try:
        [held] = reopened.received.held()
        assert held.held_id == record.held_id and held.next_review == expected.due.isoformat()
    finally:
        reopened.close()

