"""Identity cards, contacts and age-encrypted bundles (to a contact's card or to a passphrase).

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: unlocking and editing never pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from carerpassport.domain.agreement import shared_review_due
from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.display_text import display_name, same_shown_name
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.said import Said
from carerpassport.domain.sharing_agreement import LINE_MANAGER, Recipient
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange import age_files, bundle
from carerpassport.exchange.errors import (
    AmbiguousRecipientError,
    ContactNameTakenError,
    TamperedDocumentError,
    UntrustedSignerError,
)
from carerpassport.exchange.identity import short_fingerprint
from carerpassport.exchange.identity_card import make_card, parse_card
from carerpassport.exchange.passphrase_strength import check_bundle_passphrase
from carerpassport.exchange.received import RECEIVED_KIND, agreement_detail
from carerpassport.output_files import staged_write
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing
from carerpassport.usecases.countersigning import Countersigning
from carerpassport.usecases.pdfs import Pdfs
from carerpassport.vault.repository import Pin


class Contacts(Area):
    """Identity cards: this vault's own, and the trusted people's (pinned certificates and age keys)."""

    def identity_card(self) -> bytes:
        """This vault's public identity card (name, age key, signing certificate, fingerprint), signed."""
        return make_card(self.identity(), self.clock())

    def write_identity_card(self, out_path: Path) -> Path:
        """Write this vault's identity card to ``out_path`` (atomically, owner-only) and log it.

        Giving out the card is a share (it names you and lets people encrypt to you), so the vault's log
        records where it went; who receives the file is not known here.
        """
        data = self.identity_card()
        out = Path(out_path)
        # As for bundles: the file appears only once the log holds it, so the log never misses a copy.
        with staged_write(out, data), self.repo.transaction():
            self.repo.log("export", Said(N_("Identity card written to {file}"), file=str(out)),
                          file_sha256=sha256_hex(data),
                          details={"format": "identity-card", "file": out.name, "recipient": None})
        return out

    def add_contact(self, card_bytes: bytes, *, role: str = "contact", replace: bool = False) -> Pin:
        """Trust another person's identity card: pin their certificate and age key.

        A card in the name of someone already trusted, with another certificate, is refused (anyone can
        make a card in any name) unless ``replace``: then the earlier one is retired and the change logged.
        """
        card = parse_card(card_bytes)
        if card.fingerprint == self.identity().fingerprint:
            raise ValidationError(_("That is your own identity card; add the other person's card."))
        name = card.name or "(no name)"
        with self.repo.transaction():
            self.retire_same_name(name, card.fingerprint, replace=replace)
            self.repo.add_pin(name, card.fingerprint, role=role, cert_pem=card.cert_pem,
                              age_recipient=card.age_recipient)
            self.repo.log("contact", Said(N_("Trusted the identity card of {name}"), name=name),
                          details={"fingerprint": card.fingerprint, "age_recipient": card.age_recipient})
        return next(p for p in self.repo.pins() if p.fingerprint == card.fingerprint)

    def retire_same_name(self, name: str, fingerprint: str, *, replace: bool) -> None:
        """Refuse (or, with ``replace``, retire and log) trusted people shown with ``name`` but another
        certificate, so that a name always means one certificate."""
        taken = self.trusted_under_name(name, fingerprint)
        if taken and not replace:
            earlier = "; ".join(p.fingerprint for p in taken)
            raise ContactNameTakenError(
                _("You already trust {name} with the fingerprint {earlier}. This card is also named "
                  "{name2} but has the fingerprint {fingerprint}. Nothing was changed. Anyone can make a "
                  "card in any name: compare the new fingerprint with them in person or by phone; if they really "
                  "have a new identity, replace the earlier card (on the command line: contacts add CARD "
                  "--replace).").format(
                  name=taken[0].name, earlier=earlier, name2=display_name(name), fingerprint=fingerprint))
        for pin in taken:
            self.repo.retire_pin(pin.id)
            self.repo.log("contact", Said(N_("Replaced the identity card of {name}"), name=pin.name),
                          details={"old_fingerprint": pin.fingerprint, "new_fingerprint": fingerprint})

    def trusted_under_name(self, name: str, fingerprint: str) -> list[Pin]:
        """The trusted people (any role) shown with ``name`` but holding another certificate than
        ``fingerprint``: whom a card with that name and fingerprint would replace."""
        return [p for p in self.repo.pins(include_retired=False)
                if p.fingerprint != fingerprint and same_shown_name(p.name, name)]

    def contacts(self) -> list[Pin]:
        """Trusted people you can send an encrypted bundle to (pins with an age key)."""
        return [p for p in self.repo.pins(include_retired=False) if p.age_recipient]

    def contact_named(self, name: str) -> Pin | None:
        """The one contact shown with ``name`` (case and invisible characters aside), or None. Two contacts
        with that name (possible in vaults from before names were kept unique) are refused, naming both
        fingerprints, rather than guessing who a bundle is for."""
        matches = [p for p in self.contacts() if same_shown_name(p.name, name)]
        if len(matches) > 1:
            raise AmbiguousRecipientError(
                _("{count} of your contacts are named {name}: {contacts}. Nothing was written. Give the age key "
                  "(age1…) or the card file of the one you mean.").format(
                    count=len(matches), name=display_name(name), contacts="; ".join(
                        _("{name} ({fingerprint}, age key {age_key})").format(
                            name=p.name, fingerprint=p.fingerprint, age_key=p.age_recipient) for p in matches)))
        return matches[0] if matches else None


class Bundles(Area):
    """Encrypted bundles: a signed PDF and the shared JSON, sealed to contacts or a passphrase."""

    def __init__(self, ctx: Context, *, editing: Editing, pdfs: Pdfs, contacts: Contacts,
                 countersigning: Countersigning):
        super().__init__(ctx)
        self.editing = editing
        self.pdfs = pdfs
        self.contacts = contacts
        self.countersigning = countersigning

    def export_bundle(self, out_path: Path, *, recipients: list[str] | None = None, passphrase: str | None = None,
                      purpose: str = "", fields: list[str] | None = None,
                      include_private: bool = False, for_whom: Recipient = LINE_MANAGER,
                      confirm_outside_agreement: bool = False) -> bundle.BundleResult:
        """Write an encrypted bundle (signed PDF + shared JSON + signed manifest) to ``recipients`` (age keys;
        the sender's own key is added) or to ``passphrase``. Atomic; logged and recorded as a share.
        ``fields`` naming answers marked private is refused unless ``include_private`` (then logged).
        ``for_whom``: as for :meth:`Pdfs.export_signed_pdf` (the sharing agreement is asked about them)."""
        decision = self.pdfs.require_agreement(for_whom, confirmed=confirm_outside_agreement, what="bundle")
        identity = self.identity()
        everyone = bundle.normalise_recipients(recipients, identity.age_recipient) if recipients else []
        label = self._recipient_label(everyone, identity.age_recipient, passphrase is not None)
        if passphrase is not None:
            check_bundle_passphrase(passphrase)  # before the slow signing, so a weak one fails fast
        # The PDF names who it is for: the contacts' names, else (a passphrase, bare keys) the line manager.
        named = passphrase is None and "…" not in label and label != "yourself"
        private = self.pdfs.private_fields_chosen(fields, include_private=include_private)
        pdf, passport_json, revision, shared_fields = self._signed_pdf_for_bundle(
            label if named else None, purpose, fields)
        data = bundle.seal_bundle(identity, passport_json=passport_json, pdf=pdf, revision=revision,
                                  recipients=None if passphrase is not None else everyone, passphrase=passphrase,
                                  purpose=purpose, created=self.clock())
        out = Path(out_path)
        digest = sha256_hex(data)
        # The file appears only once the export is in the sharing record, so the record never misses a copy.
        with staged_write(out, data), self.repo.transaction():
            # Translators: {recipient}: who can open it; {private}: a phrase about private answers, or nothing.
            self.repo.log("export", Said(N_("Encrypted bundle for {recipient}{private}"), recipient=label,
                                         private=self.pdfs.private_note(private)),
                          revision=revision, file_sha256=digest,
                          details={"format": "bundle", "file": out.name, "recipients": everyone,
                                   "passphrase": passphrase is not None, "purpose": purpose,
                                   "private_fields": private, "for": for_whom.code})
            self.pdfs.log_agreement_confirmed(for_whom, decision, "bundle", revision)
            self.repo.add_share(recipient=label, purpose=purpose, format="bundle", revision=revision,
                                fields=list(shared_fields), file_sha256=digest, file_name=out.name)
        return bundle.BundleResult(out, digest, revision, tuple(everyone), label, passphrase is not None,
                                   tuple(shared_fields))

    def _recipient_label(self, everyone: list[str], own: str, by_passphrase: bool) -> str:
        if by_passphrase:
            return N_("anyone with the passphrase")  # kept in English in the log; shown with _(label)
        names = {p.age_recipient: p.name for p in self.contacts.contacts()}
        others = [names.get(r, f"{r[:12]}…") for r in everyone if r != own]
        return ", ".join(others) or N_("yourself")

    def _signed_pdf_for_bundle(self, recipient: str | None, purpose: str,
                               fields: list[str] | None) -> tuple[bytes, bytes, int, list[str]]:
        """The signed PDF (made as :meth:`Pdfs.export_signed_pdf` makes it), the shared JSON it embeds, its
        revision and the shared field ids."""
        revision, signed = self.pdfs.signed_pdf(recipient, purpose, fields, True)
        return signed.pdf, signed.passport_json, revision, list(signed.fields)

    def export_received_bundle(self, attachment_id: int, out_path: Path, *, recipients: list[str] | None = None,
                               passphrase: str | None = None) -> bundle.BundleResult:
        """Manager mode: send a kept countersigned passport back (to the employee's card) as a bundle."""
        from carerpassport.exchange.pdf_report import inspect_passport_pdf

        pdf = self.countersigning.received_passport_pdf(attachment_id)
        report = inspect_passport_pdf(pdf)
        if not report.ok or report.revision is None:
            raise TamperedDocumentError(_("The kept passport {attachment_id} no longer checks out; it cannot be "
                                          "sent.").format(
                                            attachment_id=attachment_id))
        identity = self.identity()
        everyone = bundle.normalise_recipients(recipients, identity.age_recipient) if recipients else []
        label = self._recipient_label(everyone, identity.age_recipient, passphrase is not None)
        data = bundle.seal_bundle(identity, passport_json=report.passport_json, pdf=pdf, revision=report.revision,
                                   recipients=None if passphrase is not None else everyone, passphrase=passphrase,
                                   created=self.clock())
        out = Path(out_path)
        digest = sha256_hex(data)
        with staged_write(out, data):
            self.repo.log("export", Said(N_("Countersigned passport of {employee} sent as a bundle to {recipient}"),
                                         employee=report.employee_name, recipient=label),
                          file_sha256=digest, details={"format": "bundle", "file": out.name,
                                                       "attachment": attachment_id, "recipients": everyone})
        return bundle.BundleResult(out, digest, report.revision, tuple(everyone), label, passphrase is not None,
                                    tuple(report.shared_field_ids))

    def locked_with_passphrase(self, path: Path) -> bool:
        """Whether the bundle at ``path`` opens with a passphrase (else with this vault's own key), from its
        header alone: the dialog asks for what the file needs before anything is decrypted."""
        data = age_files.read_limited(Path(path), bundle.MAX_BUNDLE_BYTES, bundle.WHAT)
        return "scrypt" in age_files.stanza_types(data, bundle.WHAT)

    def open_bundle(self, path: Path, *, passphrase: str | None = None) -> bundle.OpenedBundle:
        """Decrypt and verify a bundle with this vault's age key (or ``passphrase``). Writes nothing."""
        data = age_files.read_limited(Path(path), bundle.MAX_BUNDLE_BYTES, bundle.WHAT)
        identity = self.identity()
        verified = bundle.open_bundle_bytes(data, identities=[identity.age_secret], passphrase=passphrase)
        pins = [(p.fingerprint, p.age_recipient) for p in self.repo.pins(include_retired=False)]
        state = bundle.sender_trust(verified.manifest.sender, identity.fingerprint, pins)
        manifest = verified.manifest
        addressed = manifest.passphrase or identity.age_recipient in manifest.recipients
        own = manifest.passport_id == self.editing.passport().id
        return bundle.OpenedBundle(Path(path), verified, state, own, addressed)

    def import_bundle(self, path: Path, *, passphrase: str | None = None, trust_sender: bool = False,
                      **countersigned_options: Any) -> bundle.BundleImport:
        """Verify a bundle, then: your own passport countersigned by your manager goes to the countersigned
        import (:meth:`import_countersigned`'s checks, ``countersigned_options`` passed on); someone else's is
        kept as a received passport.
        An unknown sender is refused unless ``trust_sender`` (then pinned); a changed one always is."""
        opened = self.open_bundle(path, passphrase=passphrase)
        sender = opened.sender
        if opened.sender_state == bundle.SENDER_CHANGED:
            pinned = next((p.name for p in self.repo.pins() if p.age_recipient == sender.age_recipient), "someone")
            raise UntrustedSignerError(
                _("This bundle uses the key you trusted for {pinned}, but it is signed with a different certificate "
                  "({fingerprint}…, named {name!r}). Check with {pinned} before "
                  "importing; if they have a new identity, add their new card first.").format(
                  pinned=pinned, fingerprint=short_fingerprint(sender.fingerprint), name=sender.name))
        if opened.sender_state == bundle.SENDER_UNKNOWN and not trust_sender:
            raise UntrustedSignerError(
                _("This bundle was sent by {value}, whom you have not trusted yet. Their "
                  "fingerprint is {fingerprint}. Compare it with them in person or by phone, then import again "
                  "and choose to trust them (--trust-sender), or add their identity card first.").format(
                  value=sender.name or 'someone', fingerprint=sender.fingerprint))
        if opened.sender_state == bundle.SENDER_UNKNOWN and trust_sender:  # refuse before anything is recorded
            self.contacts.retire_same_name(sender.name or "(no name)", sender.fingerprint, replace=False)
        if opened.own_passport:
            return self._import_countersigned_bundle(opened, trust_sender, countersigned_options)
        return self._keep_received_bundle(opened, trust_sender)

    def _pin_bundle_sender(self, opened: bundle.OpenedBundle) -> None:
        if opened.sender_state == bundle.SENDER_UNKNOWN:
            sender = opened.sender
            self.contacts.retire_same_name(sender.name or "(no name)", sender.fingerprint, replace=False)
            self.repo.add_pin(sender.name or "(no name)", sender.fingerprint, role="contact",
                              cert_pem=sender.cert_pem, age_recipient=sender.age_recipient)
            self.repo.log("contact", Said(N_("Trusted {name} on importing their bundle"),
                                          name=sender.name or "(no name)"),
                          details={"fingerprint": sender.fingerprint})

    def _import_countersigned_bundle(self, opened: bundle.OpenedBundle, trust_sender: bool,
                                     options: dict[str, Any]) -> bundle.BundleImport:
        imp = self.countersigning.inspect_countersigned(opened.verified.pdf, str(opened.path))
        outcome = self.countersigning.accept_countersigned(
            imp, trust_new_manager=bool(options.get("trust_new_manager", False)),
            accept_external=bool(options.get("accept_external", False)))
        if trust_sender:
            with self.repo.transaction():
                self._pin_bundle_sender(opened)
        return bundle.BundleImport("countersigned", opened, outcome=outcome)

    def _keep_received_bundle(self, opened: bundle.OpenedBundle, trust_sender: bool) -> bundle.BundleImport:
        from carerpassport.exchange import countersigned_import
        from carerpassport.exchange.pdf_report import inspect_passport_pdf

        verified = opened.verified
        manifest = verified.manifest
        report = inspect_passport_pdf(verified.pdf)
        report.raise_for_problems()  # the PDF's own verdict, in the words ``verify`` uses for it
        if report.signer_fingerprint != manifest.sender.fingerprint or report.passport_json != verified.passport_json:
            raise TamperedDocumentError(_("The passport PDF inside this bundle was signed by someone other than the "
                                          "bundle's sender, or holds other content than passport.json; refused."))
        passport = verified.passport
        employee = passport.get("employee", {}) if isinstance(passport.get("employee"), dict) else {}
        details = {"source": "bundle", "employee_name": display_name(employee.get("name", "")),
                   "employee_fingerprint": manifest.sender.fingerprint, "passport_id": manifest.passport_id,
                   # The sender's age key came inside the bundle: the countersigned copy goes back to it.
                   "employee_age_recipient": manifest.sender.age_recipient,
                   "revision": manifest.revision, "content_sha256": manifest.content_sha256,
                   "bundle_sha256": verified.file_sha256, "sender_name": manifest.sender.name,
                   "purpose": manifest.purpose, "addressed_to_you": opened.addressed_to_you,
                   "passport_json": verified.passport_json.decode("utf-8"),
                   "next_review": _next_review(verified.passport_json), **agreement_detail(passport)}
        name = f"{details['employee_name'] or 'passport'} revision {manifest.revision}.pdf"
        if any(a.details.get("bundle_sha256") == verified.file_sha256
               for a in self.repo.attachment_infos(RECEIVED_KIND)):
            raise countersigned_import.AlreadyImportedError(_("This bundle was already imported; it is in your "
                                                              "received "
                                                              "passports."))
        with self.repo.transaction():
            if trust_sender:
                self._pin_bundle_sender(opened)
            attachment_id = self.repo.add_attachment(RECEIVED_KIND, name, verified.pdf, details=details)
            self.repo.log("import", Said(N_("Received the passport of {employee} (revision {revision}) in an "
                                            "encrypted bundle"),
                                         employee=details["employee_name"] or manifest.sender.name,
                                         revision=manifest.revision), file_sha256=verified.file_sha256,
                          details={"format": "bundle", "attachment": attachment_id,
                                   "sender_fingerprint": manifest.sender.fingerprint})
        return bundle.BundleImport("received", opened, attachment_id=attachment_id)


def _next_review(passport_json: bytes) -> str:
    """The held list's "next review due" for a bundle's shared passport (checked already, as the PDF's): the
    rule of the PDF and the status line (:func:`~carerpassport.domain.agreement.shared_review_due`), "" when
    no date is set."""
    from carerpassport.exchange.pdf_validation import passport_from_json

    due = shared_review_due(passport_from_json(passport_json))
    return due.due.isoformat() if due else ""
