"""The carer's leave area over a real vault: every change survives reopening, is logged without content,
and the exported notice is in the sharing record and carries only what the employee chose."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.carers_leave import (
    DayPart,
    Dependant,
    JurisdictionUnstatedError,
    LeaveDay,
    LeaveEntry,
    LeaveOverEntitlementError,
    LeaveStatus,
    NotInNorthernIrelandError,
    NoWorkingPatternError,
)
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.working_pattern import WorkingPattern
from tests.conftest import PASSPHRASE

D = dt.date
TODAY = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def reopen(app: PassportApp) -> PassportApp:
    data_dir = app.data_dir
    app.close()
    return PassportApp.open(data_dir, passphrase=PASSPHRASE)


@pytest.fixture
def leave_app(filled_app: PassportApp) -> PassportApp:
    filled_app.clock = lambda: TODAY
    filled_app.leave.set_jurisdiction(Jurisdiction.SCOTLAND)
    filled_app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 3))
    return filled_app


def test_jurisdiction_and_pattern_are_private_versions_of_the_passport(leave_app: PassportApp) -> None:
    app = reopen(leave_app)
    try:
        assert app.leave.jurisdiction() is Jurisdiction.SCOTLAND
        assert app.leave.pattern() == WorkingPattern.fixed_days(7.5, 3)
        assert not app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 3))  # unchanged: no new version
        shared = app.editing.passport().shared_dict()
        assert "working_pattern" not in shared and "jurisdiction" not in shared
        labels = [r.label for r in app.editing.history()]
        assert "Changed: where you work" in labels and "Changed: your working pattern" in labels
        kinds = [e.kind for e in app.events()]
        assert "jurisdiction" in kinds and "working_pattern" in kinds
    finally:
        app.close()


def test_plan_postpone_take_remove_and_restore_survive_reopening(leave_app: PassportApp) -> None:
    entry = leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 10)), LeaveDay(D(2026, 3, 11), DayPart.HALF)),
                                           dependant=Dependant.PARENT, note="CANARY-NOTE"))
    app = reopen(leave_app)
    try:
        app.clock = lambda: TODAY
        assert app.leave.entries() == [entry]
        check = app.leave.notice_check(entry.id)
        assert (check.required_days, check.latest, check.late) == (4, D(2026, 3, 6), False)
        balance = app.leave.balance(D(2026, 3, 31))
        assert (balance.booked_hours, balance.remaining_hours) == (11.25, 11.25)
        moved, verdict = app.leave.postpone(entry.id, [LeaveDay(D(2026, 4, 11)), LeaveDay(D(2026, 4, 13),
                                                                                            DayPart.HALF)])
        assert not verdict.within_a_month and verdict.limit == D(2026, 4, 10)
        assert moved.original_days == entry.days and moved.status is LeaveStatus.POSTPONED
        app.leave.mark_taken(entry.id)
        removed = app.leave.remove(entry.id)
        assert app.leave.entries() == []
        app.leave.restore(removed)
    finally:
        app.close()
    app = reopen(leave_app)
    try:
        (stored,) = app.leave.entries()
        assert stored.status is LeaveStatus.TAKEN and stored.days[0].on == D(2026, 4, 11)
        logged = [e for e in app.events() if e.kind.startswith("leave_")]
        assert [e.kind for e in logged] == ["leave_added", "leave_postponed", "leave_changed", "leave_removed",
                                            "leave_restored"]
        text = json.dumps([(e.summary, e.details) for e in logged])
        assert "2026-0" not in text and "parent" not in text and "CANARY" not in text  # no dates, no content
    finally:
        app.close()


@pytest.mark.english
def test_over_a_week_is_refused_and_nothing_is_stored(leave_app: PassportApp) -> None:
    leave_app.leave.add(LeaveEntry(days=tuple(LeaveDay(D(2026, 3, 9 + i)) for i in range(3)),
                                   status=LeaveStatus.TAKEN))
    with pytest.raises(LeaveOverEntitlementError, match="over one week"):
        leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 9, 1), DayPart.HALF),)))
    assert len(leave_app.leave.entries()) == 1


@pytest.mark.english
def test_northern_ireland_unstated_and_no_pattern_refuse_with_their_sentences(filled_app: PassportApp) -> None:
    entry = LeaveEntry(days=(LeaveDay(D(2026, 3, 10)),))
    with pytest.raises(JurisdictionUnstatedError, match="Say where you work"):
        filled_app.leave.add(entry)
    filled_app.leave.set_jurisdiction(Jurisdiction.NORTHERN_IRELAND)
    with pytest.raises(NotInNorthernIrelandError, match="not a legal right in Northern Ireland"):
        filled_app.leave.balance()
    filled_app.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    with pytest.raises(NoWorkingPatternError):
        filled_app.leave.add(entry)
    assert filled_app.leave.entries() == []


@pytest.mark.english
@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_exported_notice_is_a_share_and_holds_only_the_days(leave_app: PassportApp, tmp_path: Path,
                                                            suffix: str) -> None:
    from pypdf import PdfReader

    entry = leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 10)), LeaveDay(D(2026, 3, 11), DayPart.HALF)),
                                           dependant=Dependant.CHILD, note="CANARY-NOTE"))
    out = tmp_path / f"notice.{suffix}"
    result = leave_app.leave.export_notice(entry.id, out)
    text = (out.read_text(encoding="utf-8") if suffix == "txt"
            else "\n".join(page.extract_text() for page in PdfReader(out).pages))
    flat = " ".join(text.split())
    assert "I am giving notice that I am entitled to carer's leave" in flat
    assert "Tuesday 10 March 2026" in flat and "Wednesday 11 March 2026 (half day)" in flat
    assert "The law does not require me to give evidence" in flat
    assert "To: Bob Smith" in flat and "From: Siân Jones" in flat
    for canary in ("CANARY-NOTE", "PRIVATE-ANSWER", "PRIVATE-NOTE", "father", "child", "Scotland", "7.5"):
        assert canary not in flat
    app = reopen(leave_app)
    try:
        (share,) = app.shares.shares()
        assert (share.id, share.format) == (result.share_id, f"leave_notice_{suffix}")
        assert (share.recipient, share.file_sha256) == ("Bob Smith", result.sha256)
        assert share.purpose == "carer's leave notice" and share.fields == []
    finally:
        app.close()


@pytest.mark.english
def test_a_postponement_is_recorded_even_over_a_week_and_prefixes_must_be_unique(leave_app: PassportApp) -> None:
    first = leave_app.leave.add(LeaveEntry(days=tuple(LeaveDay(D(2026, 3, 9 + i)) for i in range(2))))
    leave_app.leave.add(LeaveEntry(days=(LeaveDay(D(2026, 3, 20)),)))
    moved, _check = leave_app.leave.postpone(first.id, [LeaveDay(D(2026, 3, 20 + i)) for i in range(1, 4)])
    assert len(moved.days) == 3  # 4 days in the year for a 3-day week: recorded, since the employer chose it
    assert leave_app.leave.mark_taken(first.id).status is LeaveStatus.TAKEN
    with pytest.raises(Exception, match="recorded as taken"):
        leave_app.leave.postpone(first.id, [LeaveDay(D(2026, 3, 30))])
    with pytest.raises(Exception, match="There is no leave entry"):
        leave_app.leave.entry("zzzz")


def test_the_managers_pdf_carries_neither_pattern_nor_jurisdiction(leave_app: PassportApp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = leave_app.pdfs.export_signed_pdf(tmp_path / "for-bob.pdf")
    assert b"working_pattern" not in result.passport_json and b"jurisdiction" not in result.passport_json
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "for-bob.pdf").pages)
    assert "Scotland" not in text and "7.5" not in text
