"""Where the passport stands with the line manager: the status line after a countersigned copy comes back.

The rule and its wording are the domain's (:mod:`carerpassport.domain.agreement`); this area reads what it
needs from the vault: the countersigned copies recorded (their headers only, never the PDFs), the revision
the latest one covers, the current revision and the sharing record's latest export. The GUI's Passport and
Agreed actions pages and ``carerpassport show`` all print :meth:`Agreement.status`'s ``text``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from carerpassport.domain.agreement import Agreement as AgreedWith
from carerpassport.domain.agreement import AgreementStatus, agreement_status
from carerpassport.domain.display_text import display_name
from carerpassport.domain.model import Passport
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing
from carerpassport.vault.repository import AttachmentInfo

#: The attachment kind of an accepted countersigned copy (its details record the agreed revision). Defined
#: here, not in :mod:`.countersigned_accept` (which stores it), so reading the status never loads pyHanko.
COUNTERSIGNED_KIND = "countersigned_pdf"
#: Vault meta set when the employee hides their first steps (a choice about the app, no passport content).
FIRST_STEPS_HIDDEN_META = "first_steps_hidden"


@dataclasses.dataclass(frozen=True)
class FirstSteps:
    """How far a carer is along the loop the app is for: their own first steps, on the Passport page."""

    written: bool  # some answer has text
    shared: bool  # some answer with text is marked to be shared
    exported: bool  # a signed copy was exported (the sharing record has an entry)
    agreed: bool  # a countersigned copy was imported back
    hidden: bool = False  # the employee chose to hide them

    @property
    def done(self) -> bool:
        return self.written and self.shared and self.exported and self.agreed

    @property
    def shown(self) -> bool:
        """Shown until every step is done or the employee hides them."""
        return not (self.done or self.hidden)


class Agreement(Area):
    """The status line: agreed (with whom, when, next review), changed since, or not agreed yet."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing
        # The revision an agreement covers is referenced by the stored copy, so it never changes: parsed once.
        self._agreed: tuple[int, Passport] | None = None

    def status(self, current: Passport | None = None) -> AgreementStatus:
        """The status of the current passport (reads the vault; a few ms at most, fine after every save).
        ``current``: the passport as the caller just read it, so it is not parsed again."""
        latest = self.latest_agreement()
        agreed = self._agreed_passport(latest.revision) if latest is not None else None
        return agreement_status(agreement=latest, agreed=agreed, current=current or self.editing.passport(),
                                today=self.today(), exported_on=self._last_export_day())

    def first_steps(self) -> FirstSteps:
        """The carer's first steps and which are done (what the vault already records; nothing is parsed)."""
        answers = [a for a in self.editing.passport().answers.values() if a.text.strip()]
        return FirstSteps(written=bool(answers), shared=any(a.shared for a in answers),
                          exported=bool(self.repo.shares()),
                          agreed=bool(self.repo.attachment_infos(COUNTERSIGNED_KIND)),
                          hidden=self.repo.get_meta(FIRST_STEPS_HIDDEN_META) == "1")

    def hide_first_steps(self) -> None:
        """The employee does not want the first steps shown again (kept in the vault)."""
        with self.repo.transaction():
            self.repo.set_meta(FIRST_STEPS_HIDDEN_META, "1")

    def latest_agreement(self) -> AgreedWith | None:
        """The countersignature covering the newest revision (an import never rolls back), or None.

        The manager's name is the one in their signing certificate, the identity the employee trusted; the
        name typed on the form is used only for copies recorded before the certificate's name was kept.
        """
        copies = self.repo.attachment_infos(COUNTERSIGNED_KIND)
        if not copies:
            return None
        latest = max(copies, key=lambda c: (_agreed_revision(c), c.id))
        details = latest.details
        name = display_name(str(details.get("manager_certificate_name") or details.get("manager_name") or ""))
        try:
            agreed_on = dt.date.fromisoformat(str(details.get("agreed_on", "")))
        except ValueError:  # recorded by every version that stored copies; the day it was recorded otherwise
            agreed_on = dt.datetime.fromisoformat(latest.created).astimezone().date()
        return AgreedWith(name, agreed_on, _agreed_revision(latest))

    def _agreed_passport(self, revision: int) -> Passport:
        if self._agreed is None or self._agreed[0] != revision:
            self._agreed = (revision, self.editing.passport_at(revision))
        return self._agreed[1]

    def _last_export_day(self) -> dt.date | None:
        shares = self.repo.shares()
        if not shares:
            return None
        return dt.datetime.fromisoformat(shares[-1].at).astimezone().date()


def _agreed_revision(copy: AttachmentInfo) -> int:
    value = copy.details.get("agreed_revision", copy.revision or 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else int(copy.revision or 0)
