"""Sending and receiving files: send and open an encrypted copy, my identity (and its trust question), import a
countersigned copy, backup and restore (and the restore's question), import an employer's form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

SCREENS = (
    "send bundle: to the manager",
    "send bundle: to someone else, by passphrase",
    "send bundle: someone else without a name",
    "send bundle: passphrase too short",
    "identity",
    "identity: trust a card?",
    "import countersigned: checked",
    "import countersigned: refused",
    "backup",
    "backup: by passphrase",
    "restore",
    "restore: replace your vault?",
    "template import: preview",
    "template import: refused",
    "open bundle",
    "open bundle: checked, unknown sender",
)

WELSH = {
    "send bundle: to the manager": ["Anfon copi wedi'i amgryptio", "Cadw'r copi wedi'i a&mgryptio…"],
    "identity": ["Fy hunaniaeth", "Cadw fy ngh&erdyn…"],
    "identity: trust a card?": ["&Ie", "&Na"],
    "import countersigned: checked": ["Mewnforio copi wedi'i gydlofnodi"],
    "backup": ["Gwneud copi wrth gefn o'm claddgell", "Cau"],
    "restore": ["Adfer o gopi wrth gefn", "&Adfer"],
    "template import: preview": ["Mewnforio ffurflen fy nghyflogwr", "&Mewnforio"],
    "open bundle": ["Agor copi wedi'i amgryptio", "&Gwirio"],
}
PSEUDO = {"backup": ["[Ĉļöšé", "[Çļöšé"]}
NOT_IN_WELSH = {"identity: trust a card?": ["&Yes", "&No"], "backup": ["Close"]}


_HOST: list[QWidget] = []


def _host() -> QWidget:
    """A parent for the dialogs that fits them to the screen as the main window does (ui/widgets/screen_fit.py)."""
    from carerpassport.ui.widgets.screen_fit import watch_dialogs

    if not _HOST:
        host = QWidget()
        host.setWindowTitle("[~]")
        host.resize(1280, 720)
        watch_dialogs(host)
        _HOST.append(host)
    return _HOST[0]


def _shown(w: Any, dialog: QDialog) -> QDialog:
    dialog.show()
    w.settle()
    return dialog


def _fingerprints(dialog: QWidget) -> list[QWidget]:
    """The fingerprint view (ui/widgets/fingerprint_view.py), another area's part."""
    from carerpassport.ui.widgets.fingerprint_view import FingerprintView

    return list(dialog.findChildren(FingerprintView))


def walk(w: Any) -> None:
    from carerpassport.domain import wording

    # What the layers below the GUI say (the countersigned copy's state) in the GUI's language, as the app will
    # once it calls wording.use_language at start (docs/translation.md, plan step 5).
    wording.use_language(w.language)
    app = w.passport_app()
    app.editing.set_answer("caring.responsibilities", "I care for my mum.", shared=True)
    _send(w, app)
    _identity(w, app)
    _import(w, app)
    _backup(w, app)
    _templates(w, app)
    _open(w, app)
    app.close()


def _send(w: Any, app: Any) -> None:
    from carerpassport.domain.sharing_agreement import RecipientKind
    from carerpassport.exchange.identity import generate_identity
    from carerpassport.exchange.identity_card import make_card
    from carerpassport.ui.dialogs.send_bundle_dialog import SendBundleDialog

    bob = generate_identity("Bob Smith")
    app.contacts.add_contact(make_card(bob))
    names = ["Bob Smith", "(" + " ".join(bob.fingerprint.split()[:4]) + "…)"]
    send = _shown(w, SendBundleDialog(app, w.runner, _host()))
    w.look(send, "send bundle: to the manager", data=names, skip=[send.for_whom])
    send.for_whom.setCurrentIndex(send.for_whom.findData(RecipientKind.OTHER.value))
    send.other_name.setText("Dr Evans")
    send.generate()
    w.look(send, "send bundle: to someone else, by passphrase", data=names, skip=[send.for_whom])
    send.other_name.setText("")
    send.save_to(w.folder / "nobody.passport.age")
    w.look(send, "send bundle: someone else without a name", data=names, skip=[send.for_whom])
    send.show_passphrase.setChecked(False)
    send.passphrase.setText("short")
    w.look(send, "send bundle: passphrase too short", data=names, skip=[send.for_whom])
    send.done(QDialog.DialogCode.Rejected)


def _identity(w: Any, app: Any) -> None:
    from carerpassport.exchange.identity import generate_identity
    from carerpassport.exchange.identity_card import make_card, parse_card
    from carerpassport.ui.dialogs.identity_dialog import IdentityDialog, trust_question, yes_no_box

    identity = _shown(w, IdentityDialog(app, w.runner, _host()))
    w.look(identity, "identity", skip=_fingerprints(identity))
    card = parse_card(make_card(generate_identity("Carol Jones")))
    box = yes_no_box(identity, QMessageBox.Icon.Question, "[~]", trust_question(card))
    box.show()
    # The question's text holds the card's own lines (name, fingerprint, key: the card's words, not ours).
    w.look(box, "identity: trust a card?", data=[box.text()])
    box.done(0)
    identity.done(QDialog.DialogCode.Rejected)


def _import(w: Any, app: Any) -> None:
    from carerpassport.ui.dialogs.import_dialog import ImportDialog
    from tests.countersign_support import countersigned_by_app

    _export, signed, manager = countersigned_by_app(w.folder, app, comment="Agreed.")
    manager.close()
    dialog = _shown(w, ImportDialog(app, w.runner, _host()))
    dialog.check_path(signed)
    w.look(dialog, "import countersigned: checked", data=["Bob Smith", str(signed)], skip=_fingerprints(dialog))
    not_pdf = w.folder / "not a pdf.pdf"
    not_pdf.write_text("hello", encoding="utf-8")
    dialog.check_path(not_pdf)
    w.look(dialog, "import countersigned: refused", data=[str(not_pdf)], skip=_fingerprints(dialog))
    dialog.done(QDialog.DialogCode.Rejected)


def _backup(w: Any, app: Any) -> None:
    from carerpassport.ui.dialogs.backup_dialog import BackupDialog, RestoreDialog, replace_box

    backup = _shown(w, BackupDialog(app, w.runner, _host()))
    backup.secret.code.setText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345")
    example = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345"  # the recovery code's shape, the same in every language
    w.look(backup, "backup", data=[example])
    backup.secret.by_passphrase.setChecked(True)
    backup.secret.passphrase.setText("short")
    w.look(backup, "backup: by passphrase", data=[example])
    backup.done(QDialog.DialogCode.Rejected)
    restore = _shown(w, RestoreDialog(w.folder / "restored", w.runner, _host()))
    restore.file.setText(str(w.folder / "my.backup.age"))
    w.look(restore, "restore", data=[str(w.folder / "restored"), str(w.folder / "my.backup.age"), example])
    box = replace_box(restore, app.data_dir)
    box.show()
    w.look(box, "restore: replace your vault?", data=[str(app.data_dir)])
    box.done(0)
    restore.done(QDialog.DialogCode.Rejected)


def _templates(w: Any, app: Any) -> None:
    from carerpassport.ui.dialogs.template_import_dialog import TemplateImportDialog
    from tests.unit.exchange.test_template_file import BROKEN, EXAMPLES

    dialog = _shown(w, TemplateImportDialog(app, w.runner, _host()))
    good = EXAMPLES / "northbridge-building-society-v2.json"
    dialog.check(good)
    form = app.templates.preview(good).template.form_name()
    w.look(dialog, "template import: preview", data=[str(good), form, "Northbridge Building Society"])
    broken = BROKEN / "duplicate-field-id.json"
    dialog.check(broken)
    w.look(dialog, "template import: refused", data=[str(broken)])
    dialog.done(QDialog.DialogCode.Rejected)


def _open(w: Any, app: Any) -> None:
    from carerpassport.app import PassportApp
    from carerpassport.ui.dialogs.open_bundle_dialog import OpenBundleDialog
    from tests.ui.translation_walk import PASSPHRASE

    sender = PassportApp.create(w.folder / "sender", employee_name="Dewi Rees", passphrase=PASSPHRASE).app
    sender.editing.set_answer("caring.responsibilities", "I care for my dad.", shared=True)
    bundle = w.folder / "from Dewi.passport.age"
    sender.bundles.export_bundle(bundle, recipients=None, passphrase="correct horse battery staple sings loudly")
    sender.close()
    dialog = _shown(w, OpenBundleDialog(app, w.runner, _host()))
    w.look(dialog, "open bundle")
    dialog.file.setText(str(bundle))
    dialog.passphrase.setText("correct horse battery staple sings loudly")
    dialog.check()
    w.look(dialog, "open bundle: checked, unknown sender", data=[str(bundle), "Dewi Rees"])
    dialog.done(QDialog.DialogCode.Rejected)

