"""Letters to the employer in the sharing record, for the sharing tests of the use case, the CLI and the page."""

from __future__ import annotations

from pathlib import Path

from carerpassport.app import PassportApp


def record_letters(app: PassportApp, tmp_path: Path) -> tuple[int, int]:
    """A real carer's leave notice, and a flexible-working request recorded as flexreq's use case records it
    (its format name and its chosen answers): the ids of the two shares."""
    import datetime as dt

    from carerpassport.domain.carers_leave import LeaveDay, LeaveEntry
    from carerpassport.domain.jurisdiction import Jurisdiction
    from carerpassport.domain.working_pattern import WorkingPattern

    app.clock = lambda: dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
    app.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 5))
    entry = app.leave.add(LeaveEntry(days=(LeaveDay(dt.date(2026, 3, 20)),)))
    notice = app.leave.export_notice(entry.id, tmp_path / "notice.pdf")
    repo = app.context.repo
    with repo.transaction():
        request = repo.add_share(recipient="Bob Smith", purpose="flexible-working request",
                                 format="flexible-request-pdf", revision=app.editing.latest_revision().number,
                                 fields=["caring.responsibilities", "actions"], file_sha256="ab" * 32,
                                 file_name="request.pdf")
    return notice.share_id, request

