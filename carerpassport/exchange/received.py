"""The passports a manager countersigned and kept in their own vault, as the "received passports" list.

Kept apart from :mod:`carerpassport.exchange.countersign` so listing them needs no PDF library: the list
is shown on the GUI thread, and importing pyHanko takes most of a second.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from carerpassport.domain.display_text import display_name

#: Attachment kind of a passport a manager received and countersigned (kept in the manager's vault).
RECEIVED_KIND = "received_passport"


@dataclasses.dataclass(frozen=True)
class ReceivedRecord:
    """One passport a manager received and countersigned, as kept in their vault."""

    attachment_id: int
    kept_at: str
    employee_name: str
    employee_fingerprint: str
    passport_id: str
    comment: str
    manager_name: str
    countersigned_on: str
    file_sha256: str

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
                   countersigned_on=str(details.get("countersigned_on", "")), file_sha256=file_sha256)
