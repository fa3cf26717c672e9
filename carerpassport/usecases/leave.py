"""Carer's leave: where the employee works, their working pattern, the leave log, balances and notices.

The rules are :mod:`carerpassport.domain.carers_leave`; this area keeps the log in the vault (schema 5), the
jurisdiction and working pattern in the passport (private, new revisions), logs every change in the event
log by kind and counts only (never dates, relationships or other content), and writes the employee's notice
(plain text or PDF), recording each in the sharing record like any share.

reportlab takes a while to import, so the PDF module is imported inside the method that uses it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from carerpassport.domain import carers_leave as rules
from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.carers_leave import Balance, LeaveDay, LeaveEntry, LeaveNotice, LeaveStatus, NoticeCheck
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.jurisdiction import Jurisdiction
from carerpassport.domain.model import MAX_NAME
from carerpassport.domain.said import Said
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.working_pattern import WorkingPattern
from carerpassport.output_files import StagedFile
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing
from carerpassport.vault.leave_log import LeaveLog
from carerpassport.vault.repository import Repository

NOTICE_FORMATS = ("txt", "pdf")
NOTICE_PURPOSE = "carer's leave notice"


def stored_entries(repo: Repository) -> list[LeaveEntry]:
    """Every entry of the leave log, by first day (for the calendar reminders too)."""
    entries = [LeaveEntry.from_dict(row, "a stored leave entry") for row in LeaveLog(repo).rows()]
    return sorted(entries, key=lambda e: (e.first_day, e.id))


@dataclasses.dataclass(frozen=True)
class NoticeExport:
    path: Path
    sha256: str
    format: str
    share_id: int


class Leave(Area):
    """The carer's leave half of issue 17 (see the module docstring)."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing

    # --- where and how the employee works (in the passport, private) ------------------------------
    def jurisdiction(self) -> Jurisdiction:
        return self.editing.passport().jurisdiction

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> bool:
        """Record where the employee works (a new version of the passport); False if it was already so."""
        passport = self.editing.passport()
        if passport.jurisdiction is jurisdiction:
            return False
        with self.repo.transaction():
            self.editing.save(dataclasses.replace(passport, jurisdiction=jurisdiction))
            self.repo.log("jurisdiction", Said(N_("Where you work recorded")),
                          details={"jurisdiction": jurisdiction.value})
        return True

    def pattern(self) -> WorkingPattern | None:
        return self.editing.passport().working_pattern

    def set_pattern(self, pattern: WorkingPattern | None) -> bool:
        """Record (or clear) the working pattern; False if it was already so."""
        passport = self.editing.passport()
        if passport.working_pattern == pattern:
            return False
        with self.repo.transaction():
            self.editing.save(dataclasses.replace(passport, working_pattern=pattern))
            self.repo.log("working_pattern",
                          Said(N_("Working pattern set") if pattern else N_("Working pattern cleared")),
                          details={"kind": pattern.kind.value if pattern else ""})
        return True

    # --- the log ------------------------------------------------------------------------------------
    def entries(self) -> list[LeaveEntry]:
        return stored_entries(self.repo)

    def entry(self, entry_id: str) -> LeaveEntry:
        """The entry with this id, or the one whose id starts with it (at least 4 characters)."""
        entries = self.entries()
        exact = [e for e in entries if e.id == entry_id]
        found = exact or [e for e in entries if len(entry_id) >= 4 and e.id.startswith(entry_id)]
        if len(found) > 1:
            raise ValidationError(_("More than one leave entry starts with {entry_id!r}; give more of its id.").format(
                                      entry_id=entry_id))
        if not found:
            raise ValidationError(_("There is no leave entry {entry_id!r} in your log (see: carerpassport leave "
                                    "list).").format(
                                      entry_id=entry_id))
        return found[0]

    def add(self, entry: LeaveEntry) -> LeaveEntry:
        """Plan or record leave. Refused where the right does not apply, without a working pattern, or when
        it would take any rolling 12 months over one week."""
        return self._store(entry, "leave_added", N_("Leave entry added"))

    def update(self, entry: LeaveEntry) -> LeaveEntry:
        """Change an entry (its dates, days, status, notice date); the same checks as :meth:`add`."""
        self.entry(entry.id)
        return self._store(entry, "leave_changed", N_("Leave entry changed"))

    def remove(self, entry_id: str) -> LeaveEntry:
        """Remove an entry and return it (the GUI offers to put it back with :meth:`restore`)."""
        entry = self.entry(entry_id)
        with self.repo.transaction():
            LeaveLog(self.repo).delete(entry.id)
            self.repo.log("leave_removed", Said(N_("Leave entry removed")), details={"entry": entry.id})
        return entry

    def restore(self, entry: LeaveEntry) -> LeaveEntry:
        """Put back an entry just removed (undo)."""
        return self._store(entry, "leave_restored", N_("Leave entry put back"))

    def mark_taken(self, entry_id: str) -> LeaveEntry:
        """Record that the leave was taken (on its current days; never refused for the week: it happened)."""
        entry = dataclasses.replace(self.entry(entry_id), status=LeaveStatus.TAKEN)
        return self._store(entry, "leave_changed", N_("Leave entry changed"), check=False)

    def postpone(self, entry_id: str, new_days: Sequence[LeaveDay],
                 postponed_on: dt.date | None = None) -> tuple[LeaveEntry, rules.PostponementCheck]:
        """Record that the employer postponed an entry to ``new_days``; the check flags new dates more than a
        month after the original first day, or a different amount (recorded either way: it is what happened)."""
        entry = self.entry(entry_id)
        if entry.status is LeaveStatus.TAKEN:
            raise ValidationError(_("This leave is recorded as taken, so it cannot be postponed."))
        original = entry.requested_days
        check = rules.postponement_check(original, new_days, self.jurisdiction())
        moved = dataclasses.replace(entry, days=tuple(new_days), original_days=original,
                                    status=LeaveStatus.POSTPONED, postponed_on=postponed_on or self.today())
        # Not checked against the week: the employer chose these dates, and the record must say what happened.
        stored = self._store(moved, "leave_postponed", N_("Leave entry postponed by the employer"), check=False,
                             extra={"within_a_month": check.within_a_month, "same_amount": check.same_amount})
        return stored, check

    def _store(self, entry: LeaveEntry, kind: str, summary: str, *, check: bool = True,
               extra: dict[str, object] | None = None) -> LeaveEntry:
        passport = self.editing.passport()
        if check:
            rules.check_within_entitlement(self.entries(), passport.working_pattern, entry, passport.jurisdiction)
        else:
            rules.require_carers_leave(passport.jurisdiction)
        log = LeaveLog(self.repo)
        if log.count() >= rules.MAX_ENTRIES and not any(e.id == entry.id for e in self.entries()):
            raise ValidationError(_("The leave log holds at most {max_entries:,} entries.").format(
                                      max_entries=rules.MAX_ENTRIES))
        with self.repo.transaction():
            log.upsert(entry.id, entry.to_dict())
            # Counts and kinds only: the event log never holds the dates or who the leave is for.
            self.repo.log(kind, Said(summary), details={"entry": entry.id, "status": entry.status.value,
                                                  "days": len(entry.days), **(extra or {})})
        return entry

    # --- what the rules say -------------------------------------------------------------------------
    def balance(self, on: dt.date | None = None) -> Balance:
        passport = self.editing.passport()
        return rules.balance_on(self.entries(), passport.working_pattern, on or self.today(), passport.jurisdiction)

    def notice_check(self, entry_id: str) -> NoticeCheck:
        return rules.notice_check(self.entry(entry_id), self.today(), self.jurisdiction())

    def notice(self, entry_id: str, *, to: str = "", language: str = "") -> LeaveNotice:
        """The notice for an entry's requested days, addressed to ``to`` (default: the line manager), in
        ``language`` (the reader's: "cy"; "" is the process's)."""
        passport = self.editing.passport()
        rules.require_carers_leave(passport.jurisdiction)
        entry = self.entry(entry_id)
        recipient = " ".join(to.split()) or passport.manager.name.strip()
        if len(recipient) > MAX_NAME:
            raise ValidationError(_("The recipient's name is too long (at most {max_name} characters).").format(
                                      max_name=MAX_NAME))
        return LeaveNotice(passport.employee.name.strip(), recipient, self.today(), entry.requested_days,
                           language=language)

    def export_notice(self, entry_id: str, out_path: Path, *, fmt: str | None = None, to: str = "",
                      language: str = "") -> NoticeExport:
        """Write the notice as plain text or PDF (from ``fmt``, else the file's suffix), atomically, and record
        it in the sharing record and the event log; the file appears only once both are stored. ``language``
        is the notice's (the reader's; "" is the process's)."""
        out_path = Path(out_path)
        fmt = (fmt or out_path.suffix.lstrip(".")).lower()
        if fmt not in NOTICE_FORMATS:
            raise ValidationError(_("A notice is written as plain text (.txt) or PDF (.pdf); name the file with one "
                                    "of those endings."))
        notice = self.notice(entry_id, to=to, language=language)
        if fmt == "pdf":
            from carerpassport.exchange.leave_notice_pdf import render_leave_notice

            data = render_leave_notice(notice)
        else:
            data = notice.text().encode("utf-8")
        digest = sha256_hex(data)
        revision = self.editing.latest_revision().number
        staged = StagedFile(out_path, data)
        try:
            with self.repo.transaction():
                recipient = notice.to or "your line manager"
                # Its own format name: the sharing record must not call an unsigned notice a "Signed PDF".
                share_id = self.repo.add_share(recipient=recipient, purpose=NOTICE_PURPOSE,
                                               format=f"leave_notice_{fmt}",
                                               revision=revision, fields=[], file_sha256=digest,
                                               file_name=out_path.name)
                self.repo.log("export", Said(N_("Carer's leave notice ({format}) for {recipient}"), format=fmt.upper(),
                                             recipient=recipient), revision=revision,
                              file_sha256=digest, details={"format": fmt, "recipient": recipient, "fields": [],
                                                           "file_name": out_path.name, "leave_notice": True})
            staged.commit()
        except BaseException:
            staged.discard()
            raise
        return NoticeExport(out_path, digest, fmt, share_id)
