"""The passports a manager holds in their own vault ("held passports"): each one they opened (waiting for
their countersignature) or countersigned and kept.

Kept apart from :mod:`carerpassport.exchange.countersign` so listing them needs no PDF library: the list
is shown on the GUI thread, and importing pyHanko takes most of a second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from carerpassport.domain.display_text import display_name
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.sharing_agreement import SharingAgreement, keep_reminder, keep_text
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: Attachment kind of a passport a manager holds (opened, or countersigned and kept, in the manager's vault).
RECEIVED_KIND = "received_passport"
#: The detail holding a copy of the passport's JSON (kept with bundles); never read for the list.
PASSPORT_JSON_DETAIL = "passport_json"

#: The detail holding the sharing agreement the employee shared (its :meth:`SharingAgreement.shared_dict`),
#: taken from the copy's passport.json when it is kept, so the list never reads the PDF for it.
AGREEMENT_DETAIL = "sharing_agreement"

STATUS_COUNTERSIGNED = "countersigned"
STATUS_WAITING = "waiting"
#: How each status reads in the list (in English: :attr:`ReceivedRecord.status_text` translates).
STATUS_TEXT = {STATUS_COUNTERSIGNED: N_("Countersigned"), STATUS_WAITING: N_("Waiting for your countersignature")}
#: The same in a word, for the list's narrow Status column (the full text is its tooltip).
# Translators: one word for a held passport still waiting for the manager's countersignature.
STATUS_WORD = {STATUS_COUNTERSIGNED: N_("Countersigned"), STATUS_WAITING: N_("Waiting")}


@dataclasses.dataclass(frozen=True)
class ReceivedRecord:
    """One passport a manager holds, as kept in their vault: what was stored beside the PDF (no PDF parsing)."""

    attachment_id: int
    kept_at: str
    employee_name: str
    employee_fingerprint: str
    passport_id: str
    comment: str
    manager_name: str
    countersigned_on: str
    file_sha256: str
    #: The employee's revision number the copy is of (None for copies kept before it was recorded).
    revision: int | None = None
    #: The passport's next review date (ISO), "" when not set or not recorded.
    next_review: str = ""
    #: Where the copy came from: "pdf", "bundle" or "countersigned" (countersigned here and kept).
    source: str = ""
    #: The sharing agreement the employee shared in this copy; None when they did not (or it was kept before
    #: copies recorded it).
    sharing_agreement: SharingAgreement | None = None

    @property
    def next_review_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.next_review) if self.next_review else None
        except ValueError:
            return None

    @property
    def keep_text(self) -> str:
        """How long the agreement says to keep this copy ("" when the employee shared no agreement)."""
        if self.sharing_agreement is None:
            return ""
        return keep_text(self.sharing_agreement, self.next_review_date)

    def keep_reminder(self, today: dt.date) -> str | None:
        """The reminder to delete this copy, once the agreement's keep-until date has come."""
        return keep_reminder(self.sharing_agreement, self.next_review_date, today)

    @property
    def status(self) -> str:
        """``countersigned`` once the manager countersigned it, else ``waiting``."""
        return STATUS_COUNTERSIGNED if self.countersigned_on else STATUS_WAITING

    @property
    def status_text(self) -> str:
        return _(STATUS_TEXT[self.status])

    @property
    def status_word(self) -> str:
        return _(STATUS_WORD[self.status])

    @property
    def held_id(self) -> int:
        """The id a held passport is known by (in the list, the CLI and ``app.received``)."""
        return self.attachment_id

    @classmethod
    def from_stored(cls, attachment_id: int, kept_at: str, details: Mapping[str, object],
                    file_sha256: str) -> ReceivedRecord:
        """The record of a kept copy, from what the vault stored with it (its details are
        :func:`.countersign.received_details`)."""
        return cls(attachment_id=attachment_id, kept_at=kept_at,
                   employee_name=display_name(details.get("employee_name", "")),
                   employee_fingerprint=str(details.get("employee_fingerprint", "")),
                   passport_id=str(details.get("passport_id", "")), comment=str(details.get("comment", "")),
                   manager_name=display_name(details.get("manager_name", "")),
                   countersigned_on=str(details.get("countersigned_on", "")), file_sha256=file_sha256,
                   revision=_revision(details.get("revision")), next_review=str(details.get("next_review") or ""),
                   source=str(details.get("source", "countersigned")),
                   sharing_agreement=_agreement(details.get(AGREEMENT_DETAIL)))


def agreement_detail(shared: Mapping[str, Any]) -> dict[str, Any]:
    """The held copy's :data:`AGREEMENT_DETAIL`, from the shared passport.json (``shared``, as checked with its
    signature) when it carries the employee's agreement. A malformed one is refused in the words of
    :meth:`SharingAgreement.from_dict` (nothing is kept)."""
    value = shared.get(AGREEMENT_DETAIL)
    if value is None:
        return {}
    return {AGREEMENT_DETAIL: SharingAgreement.from_dict(value, "the passport's sharing_agreement").shared_dict()}


def _agreement(value: object) -> SharingAgreement | None:
    if value is None:
        return None
    try:
        return SharingAgreement.from_dict(value, "the held copy's sharing agreement")
    except ValidationError:
        # Stored by this app from a checked passport: unreadable only if the vault was altered; show none.
        return None


def _revision(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
