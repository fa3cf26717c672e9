"""app.flexible: drafting from the passport, tracking, the one-step update of agreed actions, and the
signed request PDF (validated by pyHanko and poppler's pdfsig; its text checked for every required element
and for nothing the employee did not choose)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain import flexible_working as fw
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.model import ActionKind, ActionStatus
from tests.conftest import PASSPHRASE, require_tool
from tests.pdf_support import employee_status, pdf_text, uncompressed

D = dt.date
NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def where(app: PassportApp, jurisdiction: Jurisdiction) -> None:
    passport = app.editing.passport()
    passport.jurisdiction = jurisdiction
    app.editing.save(passport)


@pytest.fixture
def gb_app(filled_app: PassportApp) -> PassportApp:
    filled_app.clock = lambda: NOW
    where(filled_app, Jurisdiction.ENGLAND_WALES)
    filled_app.editing.set_answer("support.what_would_help", "A later start on Tuesdays.", shared=False)
    filled_app.editing.add_action("Work from home on Fridays", kind="flexible_working")
    return filled_app


def proposed_action(app: PassportApp) -> str:
    return next(a.id for a in app.editing.passport().actions
                if a.kind is ActionKind.FLEXIBLE_WORKING and a.status is ActionStatus.PROPOSED)


def draft(app: PassportApp, include: list[str] | None = None) -> fw.FlexibleRequest:
    return app.flexible.draft(changes=[fw.ChangeKind.TIMES, fw.ChangeKind.PLACE],
                              change="Start at 10:00 on Tuesdays and work from home on Fridays.",
                              effective_from=D(2026, 5, 1), include=include or [])


def test_sources_are_the_two_answers_and_proposed_flexible_actions(gb_app: PassportApp) -> None:
    keys = [s.key for s in gb_app.flexible.sources()]
    assert keys == ["answer:caring.effect_on_work", "answer:support.what_would_help",
                    f"action:{proposed_action(gb_app)}"]
    assert [s.private for s in gb_app.flexible.sources()] == [False, True, False]


@pytest.mark.parametrize(("jurisdiction", "says"), [(Jurisdiction.NORTHERN_IRELAND, "Northern Ireland"),
                                                      (Jurisdiction.UNSTATED, "Say where you work first")])
@pytest.mark.english
def test_no_gb_request_for_northern_ireland_or_unsaid(gb_app: PassportApp, jurisdiction: Jurisdiction,
                                                      says: str) -> None:
    where(gb_app, jurisdiction)
    with pytest.raises(fw.FlexibleWorkingError, match=says):
        draft(gb_app)
    assert gb_app.flexible.requests() == []


@pytest.mark.english
def test_a_third_request_and_one_while_undecided_are_refused(gb_app: PassportApp, data_dir: Path) -> None:
    first = draft(gb_app)
    gb_app.flexible.mark_sent(first.id, D(2026, 3, 2), email=True)
    with pytest.raises(fw.FlexibleWorkingError, match="sent on 2 March 2026 has not been decided yet; the decision "
                                                      "is due by 1 May 2026"):
        draft(gb_app)
    gb_app.flexible.outcome(first.id, fw.OutcomeKind.WITHDRAWN, decided_on=D(2026, 3, 5))
    second = draft(gb_app)
    assert second.earlier_requests == (D(2026, 3, 2),)
    gb_app.flexible.mark_sent(second.id, D(2026, 3, 2), email=False, received_on=D(2026, 3, 4))
    assert gb_app.flexible.decision_due(gb_app.flexible.request(second.id)) == D(2026, 5, 3)
    gb_app.flexible.extend(second.id, D(2026, 6, 30), agreed_on=D(2026, 4, 20))
    gb_app.flexible.outcome(second.id, fw.OutcomeKind.REFUSED, decided_on=D(2026, 4, 25),
                            reasons=[fw.RefusalReason.EXTRA_COSTS, fw.RefusalReason.QUALITY])
    gb_app.clock = lambda: dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
    with pytest.raises(fw.FlexibleWorkingError, match="You made requests on 2 March 2026 and 4 March 2026. The law "
                                                      "allows two requests in 12 months, so your next request can "
                                                      "be made from 2 March 2027."):
        draft(gb_app)
    gb_app.close()
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        stored = reopened.flexible.request(second.id)
        assert stored.extended_to == D(2026, 6, 30) and stored.extension_agreed_on == D(2026, 4, 20)
        assert stored.outcome is not None and stored.outcome.reasons == (fw.RefusalReason.EXTRA_COSTS,
                                                                         fw.RefusalReason.QUALITY)
        # The log names the steps and the request, never what it says.
        logged = [e for e in reopened.events() if e.kind == "flexible_request"]
        assert [e.details["step"] for e in logged] == ["drafted", "sent", "outcome", "drafted", "sent", "extended",
                                                       "outcome"]
        assert all("10:00" not in e.summary + str(e.details) for e in reopened.events())
    finally:
        reopened.close()


@pytest.mark.english
def test_a_sent_request_cannot_be_edited_or_deleted(gb_app: PassportApp) -> None:
    request = draft(gb_app)
    request.change = "Compressed hours"
    edited = gb_app.flexible.update_draft(request)
    assert gb_app.flexible.request(request.id).change == "Compressed hours" == edited.change
    gb_app.flexible.mark_sent(request.id, D(2026, 3, 2), email=True)
    with pytest.raises(fw.FlexibleWorkingError, match="can no longer change"):
        gb_app.flexible.update_draft(edited)
    with pytest.raises(fw.FlexibleWorkingError, match="Only a draft"):
        gb_app.flexible.delete_draft(request.id)


def test_accepting_marks_the_included_action_agreed_in_one_revision(gb_app: PassportApp) -> None:
    action_id = proposed_action(gb_app)
    request = draft(gb_app, include=[f"action:{action_id}"])
    gb_app.flexible.mark_sent(request.id, D(2026, 3, 2), email=True)
    gb_app.flexible.outcome(request.id, fw.OutcomeKind.TRIAL, decided_on=D(2026, 3, 20), trial_ends=D(2026, 9, 1))
    before = gb_app.editing.latest_revision().number
    applied = gb_app.flexible.apply_outcome_to_actions(request.id)
    assert applied.revision is not None and applied.revision.number == before + 1
    assert applied.marked == (action_id,) and applied.added is None
    action = gb_app.editing.passport().action(action_id)
    assert (action.status, action.agreed_on, action.review_on) == (ActionStatus.AGREED, D(2026, 3, 20),
                                                                   D(2026, 9, 1))
    # Undo from History: restoring the version before puts the action back as proposed.
    gb_app.editing.restore_revision(before)
    assert gb_app.editing.passport().action(action_id).status is ActionStatus.PROPOSED


def test_accepting_with_no_action_included_adds_one(gb_app: PassportApp) -> None:
    request = draft(gb_app)
    gb_app.flexible.mark_sent(request.id, D(2026, 3, 2), email=True)
    gb_app.flexible.outcome(request.id, fw.OutcomeKind.ACCEPTED, decided_on=D(2026, 3, 20))
    applied = gb_app.flexible.apply_outcome_to_actions(request.id)
    assert applied.added is not None
    added = gb_app.editing.passport().action(applied.added)
    assert added.kind is ActionKind.FLEXIBLE_WORKING and added.status is ActionStatus.AGREED
    assert added.what.startswith("Start at 10:00 on Tuesdays")


@pytest.mark.english
def test_export_refuses_an_unknown_format_and_an_incomplete_request(gb_app: PassportApp, tmp_path: Path) -> None:
    request = gb_app.flexible.draft(changes=[], change="", effective_from=None)
    with pytest.raises(fw.FlexibleWorkingError, match="not complete yet"):
        gb_app.flexible.export(request.id, tmp_path / "r.pdf")
    with pytest.raises(fw.FlexibleWorkingError, match=r"\.pdf \(signed\) or \.txt"):
        gb_app.flexible.export(request.id, tmp_path / "r.docx")
    assert list(tmp_path.glob("r.*")) == [] and gb_app.shares.shares() == []


@pytest.mark.english
@pytest.mark.interop
def test_signed_request_pdf_validates_and_holds_only_what_was_chosen(gb_app: PassportApp, tmp_path: Path,
                                                                     unique: str) -> None:
    # Canaries: in an answer the employee does not choose, and in the private notes.
    gb_app.editing.set_answer("support.what_would_help", f"UNCHOSEN {unique}", shared=True)
    gb_app.editing.set_answer("notes.private", f"NOTES {unique}")
    request = draft(gb_app, include=["answer:caring.effect_on_work", f"action:{proposed_action(gb_app)}"])
    pdf = gb_app.flexible.export(request.id, tmp_path / "request.pdf")
    txt = gb_app.flexible.export(request.id, tmp_path / "request.txt")

    _reader, status = employee_status(pdf.path.read_bytes())
    assert status.intact and status.valid and status.bottom_line
    tool = require_tool("pdfsig")
    report = subprocess.run([tool, "-no-ocsp", str(pdf.path)], capture_output=True, text=True, timeout=60)
    assert "Signature Validation: Signature is Valid." in report.stdout
    assert "Signer Certificate Common Name: Siân Jones" in report.stdout
    assert "Total document signed" in report.stdout

    text = " ".join(pdf_text(pdf.path).split())
    plain = " ".join(txt.path.read_text(encoding="utf-8").split())
    for element in ("Date: 2 March 2026",
                    "This is a statutory request for flexible working under Part 8A of the Employment Rights Act 1996.",
                    "I am asking to change the times I work and where I work.",
                    "Start at 10:00 on Tuesdays and work from home on Fridays.",
                    "I would like the change to take effect from 1 May 2026.",
                    "I have not made an earlier statutory request for flexible working to you.",
                    "I may need to leave at short notice.", "Work from home on Fridays", "Siân Jones"):
        assert element in text, element
        assert element in plain, element
    raw = uncompressed(pdf.path, tmp_path / "qdf.pdf")
    for leaked in (unique, "PRIVATE-ANSWER", "PRIVATE-NOTE", "PRIVATE-ACTION"):
        assert leaked not in text and leaked not in plain and leaked.encode() not in raw
    # Both exports are in the sharing record, with what they shared.
    shares = gb_app.shares.shares()
    assert [(s.format, s.fields, s.recipient) for s in shares] == [
        ("flexible-request-pdf", ["actions", "caring.effect_on_work"], "Bob Smith"),
        ("flexible-request-txt", ["actions", "caring.effect_on_work"], "Bob Smith")]
    assert shares[0].file_sha256 == pdf.sha256


@pytest.mark.english
@pytest.mark.interop
def test_a_long_request_runs_onto_more_pages_tagged_and_signed(gb_app: PassportApp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    long_text = " ".join(["I care for my mother before work and often arrive late on Tuesdays."] * 55)
    gb_app.editing.set_answer("caring.effect_on_work", long_text, shared=True)
    request = draft(gb_app, include=["answer:caring.effect_on_work", "answer:support.what_would_help"])
    pdf = gb_app.flexible.export(request.id, tmp_path / "long.pdf").path
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and root["/Lang"] == "en-GB" and "/StructTreeRoot" in root
    assert employee_status(pdf.read_bytes())[1].bottom_line
    last = " ".join(pdf_text(pdf, page=len(reader.pages)).split())
    assert "Signed digitally by Siân Jones" in last  # the signature follows the letter, on its last page
