"""Reading a received passport PDF (manager mode's read-only view): real exports, countersigned copies, files
from an earlier version, and altered files, which read with a failed verdict instead of crashing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.model import ActionStatus
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.passport_reading import read_passport, reading_lines
from tests.countersign_support import add_declined_action_with_every_date, employee_pdf, manager_vault
from tests.pdf_hostile import with_flipped_signed_byte
from tests.pdf_support import with_extra_page_content, with_swapped_attachment, without_employee_signature

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden"
PURPOSE = "Our 1:1 on 1 December — Łódź office"


@pytest.fixture
def detailed_app(filled_app: PassportApp) -> PassportApp:
    """The filled passport plus a declined action with its reason and every date, and review dates."""
    add_declined_action_with_every_date(filled_app)
    return filled_app


@pytest.fixture
def manager(tmp_path: Path) -> PassportApp:
    app = manager_vault(tmp_path / "manager-vault")
    yield app  # type: ignore[misc]
    app.close()


@pytest.mark.english
def test_an_export_reads_as_its_pdf_shows(detailed_app: PassportApp, manager: PassportApp, tmp_path: Path) -> None:
    data = employee_pdf(detailed_app, tmp_path / "from-sian.pdf", recipient="Bob Smith (team lead)", purpose=PURPOSE)
    reading = read_passport(data)
    shared = detailed_app.editing.passport()
    assert reading.ok and reading.problems == () and reading.manager is None and not reading.countersigned
    assert reading.passport_id == shared.id and reading.revision == detailed_app.editing.latest_revision().number
    assert reading.recipient == "Bob Smith (team lead)" and reading.purpose == PURPOSE
    assert reading.exported_on == detailed_app.context.today()
    assert {k: a.text for k, a in reading.passport.answers.items()} == {
        k: a.text for k, a in shared.answers.items() if a.shared and a.text.strip()}
    declined = next(a for a in reading.passport.actions if a.status is ActionStatus.DECLINED)
    assert declined.decline_reason == "Friday cover is already thin"
    assert (declined.agreed_on, declined.implement_by, declined.review_on) == (
        dt.date(2026, 11, 2), dt.date(2026, 12, 1), dt.date(2027, 5, 3))
    assert reading.passport.review.next_review == dt.date(2026, 12, 4)
    assert reading.employee.signer_name == "Siân Jones" and reading.employee.holds
    assert reading.employee.fingerprint == detailed_app.identity().fingerprint
    assert reading.employee.signed_at is not None
    # Nothing private is in the file, so nothing private is read.
    text = "\n".join(reading_lines(reading, manager.template))
    assert "PRIVATE" not in text and "PRIVATE" not in repr(reading.passport)
    assert "Why declined: Friday cover is already thin" in text and "review 3 May 2027" in text
    assert "Next review: 4 December 2026" in text and f"Purpose of sharing: {PURPOSE}" in text
    # The reading carries the checked file, ready to countersign: those very bytes are signed.
    assert reading.received is not None and reading.not_countersignable == ""
    signed = manager.countersigning.countersign(reading.received, tmp_path / "back.pdf", comment="Agreed.")
    assert signed.countersigned.pdf_bytes[:len(data)] == data


@pytest.mark.english
def test_a_countersigned_copy_shows_the_manager_from_the_certificate(detailed_app: PassportApp, manager: PassportApp,
                                                                    tmp_path: Path) -> None:
    data = employee_pdf(detailed_app, tmp_path / "from-sian.pdf", purpose=PURPOSE)
    received = read_passport(data).received
    assert received is not None
    manager.countersigning.countersign(received, tmp_path / "back.pdf", comment="Agreed.\nWe review in May.",
                                       name="Rob Smith")
    reading = read_passport((tmp_path / "back.pdf").read_bytes(), today=manager.context.today())
    assert reading.ok and reading.countersigned and reading.manager is not None
    mgr = reading.manager
    assert mgr.signature.signer_name == "Bob Smith" and mgr.name == "Bob Smith"  # the certificate's, not typed
    assert mgr.typed_name == "Rob Smith" and mgr.typed_name_differs
    assert mgr.signature.fingerprint == manager.identity().fingerprint and mgr.signature.holds
    assert mgr.comment == "Agreed.\nWe review in May." and mgr.countersigned_on == manager.context.today()
    assert reading.employee.holds and "only the line manager's fields" in reading.employee.verdict
    assert reading.received is None and "already countersigned" in reading.not_countersignable
    assert reading.purpose == PURPOSE and "Agreed by both" in reading.verdict
    assert "  Name typed beside it: Rob Smith" in reading_lines(reading, manager.template)


def test_files_from_an_earlier_version_still_read() -> None:
    """0.1.0's exports record no recipient or purpose for a reader; the date comes from the signature."""
    exported = read_passport((GOLDEN / "passport.pdf").read_bytes())
    assert exported.ok and exported.recipient == "" and exported.purpose == ""
    assert exported.exported_on is not None and exported.employee.signer_name == "Siân Jones"
    assert exported.revision == 5 and exported.received is not None
    signed = read_passport((GOLDEN / "countersigned-app.pdf").read_bytes())
    assert signed.manager is not None and signed.manager.signature.signer_name == "Łukasz Żółć"
    assert signed.manager.comment == "Zgoda — Łukasz Żółć is happy to support Siân's arrangement."
    assert signed.ok and signed.received is None
    poppler = read_passport((GOLDEN / "countersigned-poppler.pdf").read_bytes())
    assert poppler.manager is not None and poppler.received is None


@pytest.mark.english
def test_a_flipped_byte_reads_with_the_failed_verdict(filled_app: PassportApp, tmp_path: Path) -> None:
    data = employee_pdf(filled_app, tmp_path / "from-sian.pdf")
    reading = read_passport(with_flipped_signed_byte(data))
    assert not reading.ok and not reading.employee.holds
    assert reading.problems[0].startswith("The file was changed after the employee signed it")
    assert reading.verdict == reading.problems[0] and "Changed after it was signed" in reading.employee.verdict
    assert reading.received is None and reading.not_countersignable == reading.problems[0]


@pytest.mark.english
def test_altered_files_fail_or_are_refused_in_their_own_words(filled_app: PassportApp, tmp_path: Path) -> None:
    data = employee_pdf(filled_app, tmp_path / "from-sian.pdf")
    appended = read_passport(with_extra_page_content(data))
    assert not appended.ok and appended.received is None and "after the employee signed" in appended.problems[0]
    swapped = read_passport(with_swapped_attachment(data, b'{"format":1}'))
    assert not swapped.ok and any("attachment was replaced" in p for p in swapped.problems)
    with pytest.raises(TamperedDocumentError, match="no employee signature"):
        read_passport(without_employee_signature(data))
    with pytest.raises(NotAPassportFileError):
        read_passport(b"Dear Bob, see attached.")
    with pytest.raises(ExchangeError):
        read_passport(data[: len(data) // 2])


def test_mutated_files_read_with_a_verdict_or_are_refused_in_words(filled_app: PassportApp, tmp_path: Path) -> None:
    """A bounded set of truncations, flips, inserts and deletes of a real export: each one either reads (with
    the verdict saying whether it holds) or raises one of our typed errors; nothing else escapes. A file that
    still reads as sound kept every signed byte (only unsigned padding or whitespace changed)."""
    import random

    from carerpassport.domain.errors import PassportError
    from tests.security.fuzz_support import byte_mutations

    data = employee_pdf(filled_app, tmp_path / "from-sian.pdf")
    shared = filled_app.editing.passport()
    for case in byte_mutations("export", data, random.Random(20261202), 45):
        try:
            assert case.data is not None
            reading = read_passport(case.data)
        except PassportError as exc:
            assert str(exc).strip(), case.name
            continue
        if reading.ok:
            assert reading.passport.id == shared.id and reading.employee.holds, case.name
        else:
            assert reading.problems and reading.received is None, case.name
