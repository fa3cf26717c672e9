"""Manager mode: the passports a manager holds ("held passports") — each one they opened and kept (waiting
for their countersignature) or countersigned; reading, countersigning, sending back and deleting them.

The guidance for managers (shared/seeds) says to keep a passport where only you can open it and to delete
it when the employee withdraws consent or moves on: the copies live in this vault, and a deletion leaves
only a line in the log saying that it happened (no content).

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: listing held passports never pays for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.roles import ROLE_LABELS, Role
from carerpassport.domain.said import Said
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import OwnKeyCountersignError
from carerpassport.exchange.received import PASSPORT_JSON_DETAIL, RECEIVED_KIND, STATUS_COUNTERSIGNED, ReceivedRecord
from carerpassport.usecases.bundles import Bundles
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.countersigning import Countersigning

if TYPE_CHECKING:
    from carerpassport.exchange.bundle import BundleResult
    from carerpassport.exchange.countersign import CountersignResult, ReceivedPassport

#: Where the vault keeps the person's role (in the encrypted vault: it says something about them).
ROLE_META = "role"


class Received(Area):
    """The held passports of a manager, and who this person is here (their role)."""

    def __init__(self, ctx: Context, *, countersigning: Countersigning, bundles: Bundles):
        super().__init__(ctx)
        self.countersigning = countersigning
        self.bundles = bundles

    # --- role -------------------------------------------------------------------------------------
    def role(self) -> Role:
        """Who is using this vault; ``employee`` for vaults made before the question was asked."""
        stored = self.repo.get_meta(ROLE_META)
        return Role.parse(stored, "stored role") if stored else Role.EMPLOYEE

    def set_role(self, role: Role | str) -> Role:
        """Change who is using this vault (first run, Settings, ``init --role``); logged when it changes."""
        chosen = Role.parse(role)
        with self.repo.transaction():
            if self.repo.get_meta(ROLE_META) != chosen.value:
                self.repo.set_meta(ROLE_META, chosen.value)
                role_said = Said(ROLE_LABELS.english(chosen))
                # Translators: {role}: the first-run choice, as it reads there.
                self.repo.log("settings", Said(N_("Using this app: {role}"), role=role_said),
                              details={"role": chosen.value})
        return chosen

    # --- the list ---------------------------------------------------------------------------------
    def held(self) -> list[ReceivedRecord]:
        """Every held passport, oldest first, from what was stored beside each copy (one query, no PDF read)."""
        return self.countersigning.received_passports()

    def record(self, held_id: int) -> ReceivedRecord:
        """One held passport, or a :class:`ValidationError` naming the id."""
        found = next((r for r in self.held() if r.held_id == held_id), None)
        if found is None:
            raise ValidationError(_("There is no held passport {held_id}; see 'carerpassport received list'.").format(
                                      held_id=held_id))
        return found

    def pdf(self, held_id: int) -> bytes:
        """The PDF of one held passport (countersigned if the manager countersigned it)."""
        return self.countersigning.received_passport_pdf(held_id)

    def write_pdf(self, held_id: int, out_path: Path) -> Path:
        """Write one held passport's PDF to ``out_path`` (atomic, owner-only) and log it as a share."""
        return self.countersigning.write_received_passport(held_id, out_path)

    # --- coming in --------------------------------------------------------------------------------
    def add_incoming(self, pdf_bytes: bytes, name: str = "passport.pdf") -> ReceivedRecord:
        """Keep a passport PDF an employee gave the manager, checked first (who signed it, unaltered), as
        waiting for the manager's countersignature. The same file held already is not kept twice."""
        from carerpassport.exchange.countersign import held_details, inspect_received

        received = inspect_received(pdf_bytes)
        refusal = self.countersigning.countersign_refusal(received)
        if refusal:
            raise OwnKeyCountersignError(_("{refusal} It was not added to the passports you hold.").format(
                refusal=refusal))
        same = next((r for r in self.held() if r.file_sha256 == received.file_sha256), None)
        if same is not None:
            return same
        details = {"source": "pdf", "employee_name": received.employee_name,
                   "employee_fingerprint": received.employee.fingerprint, "passport_id": received.passport_id,
                   "received_sha256": received.file_sha256, **held_details(received)}
        with self.repo.transaction():
            held_id = self.repo.add_attachment(RECEIVED_KIND, Path(name).name or "passport.pdf", pdf_bytes,
                                               details=details)
            self.repo.log("import", Said(N_("Received the passport of {employee} (a signed PDF)"),
                                         employee=received.employee_name),
                          file_sha256=received.file_sha256,
                          details={"format": "pdf", "attachment": held_id,
                                   "sender_fingerprint": received.employee.fingerprint})
        return self.record(held_id)

    def add_incoming_bundle(self, path: Path, *, passphrase: str | None = None,
                            trust_sender: bool = False) -> ReceivedRecord:
        """Keep an encrypted bundle's passport (someone else's) as waiting: :meth:`Bundles.import_bundle`'s
        checks; a bundle of this vault's own passport is refused here (it goes through the import)."""
        opened = self.bundles.open_bundle(path, passphrase=passphrase)
        if opened.own_passport:
            raise ValidationError(_("This encrypted copy holds your own passport, not one of your team's: import it "
                                    "with File › Open encrypted copy… (or 'carerpassport import')."))
        result = self.bundles.import_bundle(path, passphrase=passphrase, trust_sender=trust_sender)
        assert result.attachment_id is not None  # the "received" route always keeps it
        return self.record(result.attachment_id)

    # --- countersigning -------------------------------------------------------------------------------
    def checked(self, held_id: int) -> ReceivedPassport:
        """The held copy checked again (who signed it, unaltered) and ready to countersign."""
        from carerpassport.exchange.countersign import inspect_received

        return inspect_received(self.pdf(held_id))

    def countersign(self, held_id: int, out_path: Path, *, comment: str,
                    name: str | None = None) -> CountersignResult:
        """Countersign a held copy waiting for it: write the countersigned PDF to ``out_path`` and keep it in
        place of the waiting copy (same id)."""
        return self.countersigning.countersign(self.checked(held_id), out_path, comment=comment, name=name)

    def send_back(self, held_id: int, out_path: Path) -> BundleResult:
        """Send a countersigned held copy back to the employee as a bundle encrypted to them: to the age key
        that came inside their bundle, else to their identity card if the manager added it as a contact."""
        record = self.record(held_id)
        if record.status != STATUS_COUNTERSIGNED:
            raise ValidationError(_("Countersign {employee_name}'s passport before sending it back.").format(
                                      employee_name=record.employee_name))
        recipient = self._employee_age_key(held_id, record)
        return self.bundles.export_received_bundle(held_id, out_path, recipients=[recipient])

    def can_send_back(self, held_id: int) -> bool:
        """Whether :meth:`send_back` knows the employee's age key (without asking for it)."""
        record = self.record(held_id)
        try:
            self._employee_age_key(held_id, record)
        except ValidationError:
            return False
        return True

    def _employee_age_key(self, held_id: int, record: ReceivedRecord) -> str:
        details = self.repo.attachment_infos(RECEIVED_KIND, omit_detail=PASSPORT_JSON_DETAIL)
        stored = next((h.details.get("employee_age_recipient") for h in details if h.id == held_id), None)
        if isinstance(stored, str) and stored:
            return stored
        pinned = [p.age_recipient for p in self.bundles.contacts.contacts()
                  if p.fingerprint == record.employee_fingerprint and p.age_recipient]
        if pinned and pinned[0]:
            return pinned[0]
        raise ValidationError(_("This app does not have {employee_name}'s identity card, so it cannot encrypt "
                                "to them. Ask them for their card (in their app: Help › My identity…) and add it, "
                                "or save the countersigned PDF and give it to them.").format(
                                employee_name=record.employee_name))

    # --- deleting ---------------------------------------------------------------------------------
    def delete(self, held_id: int) -> ReceivedRecord:
        """Delete the manager's copy of a held passport from this vault (when the employee withdraws consent or
        moves on) and log that it was deleted: who and which revision, no content."""
        record = self.record(held_id)
        with self.repo.transaction():
            self.repo.delete_attachment(held_id)
            said = Said(N_("Deleted your copy of {employee}'s passport"), employee=record.employee_name)
            self.repo.log("deleted", said,
                          details={"attachment": held_id, "passport_id": record.passport_id,
                                   "revision": record.revision, "employee_fingerprint": record.employee_fingerprint,
                                   "status": record.status})
        # secure_delete overwrote the copy's pages; empty the write-ahead log so no copy of them stays beside it.
        self.repo.checkpoint()
        return record
