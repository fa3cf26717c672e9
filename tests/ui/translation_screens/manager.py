"""The line manager's screens: the held passports' page (empty, with a passport, asking before deleting), the
passport reader (waiting, countersigned, changed after signing), the countersign dialog (no file, opened,
countersigned, a file countersigned already, the comment kept from last time), the verify dialog (nothing chosen,
verified, countersigned, failed), a fingerprint of your own, the passport preview, and the review wizard (every
page, and an unfinished review taken up again)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QVBoxLayout, QWidget, QWizard

SCREENS = (
    "held passports: none",
    "held passports: one waiting",
    "held passports: delete my copy?",
    "reader: waiting for you",
    "reader: countersigned",
    "reader: changed after signing",
    "countersign: no file",
    "countersign: opened",
    "countersign: countersigned",
    "countersign: already countersigned",
    "countersign: your comment kept",
    "verify: nothing chosen",
    "verify: verified",
    "verify: countersigned",
    "verify: changed after signing",
    "fingerprint: your own",
    "passport preview",
    "review: why",
    "review: a section",
    "review: sharing agreement",
    "review: what changed",
    "review: taken up again",
)

WELSH = {
    "held passports: none": ["Pasbortau sydd gennych", "&Agor"],
    "held passports: delete my copy?": ["&Ie", "&Na"],
    "reader: waiting for you": ["&Cydlofnodi…", "Dangos y &tudalennau"],
    "countersign: no file": ["Cydlofnodi pasbort", "&Agor PDF…", "Cydlofnodi a &chadw…"],
    "countersign: your comment kept": ["Mae eich sylw o'r tro diwethaf yn ôl; nid yw wedi'i lofnodi eto."],
    "verify: nothing chosen": ["Gwirio ffeil pasbort", "&Dewis ffeil…"],
    "review: why": ["Adolygu eich pasbort", "&Nesaf >"],
    "review: what changed": ["&Gorffen"],
}
PSEUDO = {"held passports: none": ["[Påššþöŕţš ýöû ĥöļđ"]}
NOT_IN_WELSH = {"held passports: none": ["Passports you hold"], "countersign: no file": ["Countersign a passport"]}

EMPLOYEE = "Siân Jones"
MANAGER = "Bob Smith"
PURPOSE = "Our 1:1 on 1 December"


def _domain_english() -> list[str]:
    """The words the domain gives that are still English here (the domain_text work makes them translatable):
    a widget showing one of them is left out of the brackets check until they are translated (then the
    domain's words come bracketed and nothing is left out)."""
    from carerpassport.domain import review_session, sharing_agreement
    from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS

    words = [review_session.EFFECT_NOT_DIAGNOSIS, review_session.AGREEMENT_QUESTION,
             *review_session.VERDICT_LABELS.values(), *review_session.AGREEMENT_ANSWER_LABELS.values(),
             *sharing_agreement.KEEP_UNTIL_LABELS.values(), *ACTION_KIND_LABELS.values(),
             *ACTION_STATUS_LABELS.values()]
    return [word for word in words if not word.startswith("[")]


def _showing(window: QWidget, fragments: Iterable[str]) -> list[QWidget]:
    """The visible labels, buttons and group boxes of ``window`` whose text holds one of ``fragments``."""
    wanted = [f for f in fragments if f]
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = (widget.text() if isinstance(widget, QLabel | QAbstractButton)
                else widget.title() if isinstance(widget, QGroupBox) else "")
        if any(fragment in text for fragment in wanted):
            found.append(widget)
    return found


def _template_words(app: Any) -> list[str]:
    """The employer template's own words (section titles, questions): the template area translates them."""
    template = app.template
    words = [template.sharing_agreement_text.title]
    for section in template.sections:
        words.append(section.title)
        words += [field.label for field in section.fields]
    return words


def _reading_words(reading: Any) -> list[str]:
    """The dates, names and fingerprints a reading shows as they are."""
    from carerpassport.domain.sharing_agreement import agreement_lines
    from carerpassport.ui.dates import readable, readable_moment

    words = [reading.employee.fingerprint, reading.employee.signer_name, reading.purpose, reading.recipient]
    for day in (reading.exported_on, reading.passport.review.last_agreed, reading.passport.review.next_review):
        if day:
            words.append(readable(day))
    if reading.employee.signed_at:
        words.append(readable_moment(reading.employee.signed_at))
    if reading.manager is not None:
        words += [reading.manager.signature.fingerprint, reading.manager.comment]
        if reading.manager.signature.signed_at:
            words.append(readable_moment(reading.manager.signature.signed_at))
    if reading.sharing_agreement is not None:
        words += agreement_lines(reading.sharing_agreement)
    words += [answer.text for answer in reading.passport.answers.values()]
    return words


def _employee(w: Any) -> tuple[Any, Path]:
    """Siân's vault with shared answers and an agreed action, and her signed export (English is fine)."""
    from tests.countersign_support import employee_pdf

    app = w.passport_app("employee", employee_name=EMPLOYEE, manager_name=MANAGER)
    app.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.", shared=True)
    app.editing.set_answer("caring.effect_on_work", "I may need to leave at short notice.", shared=True)
    app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner=MANAGER, status="agreed")
    export = w.folder / "from-sian.pdf"
    employee_pdf(app, export, purpose=PURPOSE)
    return app, export


def walk(w: Any) -> None:
    from carerpassport.domain import wording

    # The layers below the GUI speak through gettext: the app is to set its language at start (docs/translation.md,
    # plan step 5); here the walk does, so their words show translated.
    wording.use_language(w.language)
    employee, export = _employee(w)
    manager = w.passport_app("manager", employee_name=MANAGER, manager_name="", role=_manager_role())
    try:
        data = [EMPLOYEE, MANAGER, str(export), *_template_words(manager)]
        _held_passports(w, manager, export, data)
        _reader(w, manager, export, data)
        _countersign(w, manager, export, data)
        _verify(w, manager, export, data)
        _fingerprint(w, manager, data)
        _preview(w, employee, data)
        _review(w, employee, data)
    finally:
        employee.close()
        manager.close()


def _manager_role() -> Any:
    from carerpassport.domain.roles import Role

    return Role.MANAGER


def _held_passports(w: Any, manager: Any, export: Path, data: list[str]) -> None:
    from carerpassport.ui.views.received_view import ReceivedView

    view = ReceivedView(manager, w.runner)
    view.setWindowTitle("[~]")  # a page of the main window, shown alone here: its title is the window's
    view.resize(1200, 680)
    view.show()
    w.look(view, "held passports: none", data)
    view.add_pdf(export)
    view.select(view.records[0].held_id)
    w.look(view, "held passports: one waiting", [*data, *_reading_words(_read(manager, export))],
           skip=_showing(view, _domain_english()))
    view.delete_selected()
    assert view.delete_box is not None
    w.look(view.delete_box, "held passports: delete my copy?", data)
    view.delete_box.reject()
    view.close()


def _read(manager: Any, export: Path) -> Any:
    from carerpassport.exchange.passport_reading import read_passport

    return read_passport(export.read_bytes(), today=manager.today())


def _reader(w: Any, manager: Any, export: Path, data: list[str]) -> None:
    from carerpassport.exchange.passport_reading import read_passport
    from carerpassport.ui.views.passport_reader import ReaderDialog
    from tests.pdf_support import with_extra_page_content

    def show(pdf: bytes, where: str, *, problems: bool = False) -> None:
        reading = read_passport(pdf, today=manager.today())
        dialog = ReaderDialog(manager, w.runner, reading, pdf_bytes=pdf)
        dialog.show()
        # A failed check's sentences are the verdict's errors (the errors area translates them).
        own = [*data, *_reading_words(reading), *(reading.problems if problems else ())]
        w.look(dialog, where, own, skip=[*_showing(dialog, _domain_english()), *dialog.reader.action_texts.values()])
        dialog.done(QDialog.DialogCode.Rejected)

    show(export.read_bytes(), "reader: waiting for you")
    countersigned = w.folder / "countersigned.pdf"
    manager.countersigning.countersign(manager.countersigning.inspect_received(export), countersigned,
                                       comment="Agreed as discussed.", name=MANAGER, keep_copy=False)
    show(countersigned.read_bytes(), "reader: countersigned")
    show(with_extra_page_content(export.read_bytes()), "reader: changed after signing", problems=True)


def _countersign(w: Any, manager: Any, export: Path, data: list[str]) -> None:
    from carerpassport.ui.dialogs.countersign_dialog import CountersignDialog

    dialog = CountersignDialog(manager, w.runner)
    dialog.show()
    w.look(dialog, "countersign: no file", data)
    dialog.open_path(export)
    assert dialog.reader is not None and dialog.reading is not None
    fingerprint = _fingerprint_words(dialog.reading.employee.fingerprint)
    own = [*data, *_reading_words(dialog.reading), *fingerprint]
    skip = [*_showing(dialog, _domain_english()), *dialog.reader.action_texts.values()]
    w.look(dialog, "countersign: opened", own, skip=skip)
    out = w.folder / "countersigned-here.pdf"
    dialog.comment.setPlainText("Agreed as discussed.")
    dialog.countersign_to(out)
    w.look(dialog, "countersign: countersigned", [*own, str(out)], skip=skip)
    dialog.done(QDialog.DialogCode.Rejected)

    again = CountersignDialog(manager, w.runner)
    again.show()
    again.open_path(out)  # countersigned already: read, and why it cannot be signed (the errors area's sentence)
    assert again.reading is not None
    refusal = again.reading.not_countersignable
    w.look(again, "countersign: already countersigned", [*own, *_reading_words(again.reading), refusal, str(out)],
           skip=[*_showing(again, _domain_english()), *(again.reader.action_texts.values() if again.reader else ())])
    again.done(QDialog.DialogCode.Rejected)

    fresh = w.folder / "from-sian-again.pdf"
    fresh.write_bytes(export.read_bytes())
    draft = CountersignDialog(manager, w.runner)
    draft.show()
    draft.open_path(fresh)
    draft.comment.setPlainText("Happy to support this.")
    draft.done(QDialog.DialogCode.Rejected)  # the comment is kept as a draft
    kept = CountersignDialog(manager, w.runner)
    kept.show()
    kept.open_path(fresh)
    assert kept.reader is not None
    w.look(kept, "countersign: your comment kept", [*own, str(fresh)],
           skip=[*_showing(kept, _domain_english()), *kept.reader.action_texts.values()])
    kept.done(QDialog.DialogCode.Rejected)


def _fingerprint_words(fingerprint: str) -> list[str]:
    from carerpassport.resource_files import spoken_fingerprint

    groups, words = spoken_fingerprint(fingerprint)
    return [" · ".join(words[:4]) + "\n" + " · ".join(words[4:]), "\n".join(groups)]


def _verify(w: Any, manager: Any, export: Path, data: list[str]) -> None:
    from carerpassport.ui.dialogs.verify_dialog import VerifyDialog
    from tests.pdf_support import with_extra_page_content

    dialog = VerifyDialog(manager, w.runner)
    dialog.show()
    w.look(dialog, "verify: nothing chosen", data)
    dialog.check(export)
    w.look(dialog, "verify: verified", [*data, *_reading_words(_read(manager, export))])
    countersigned = w.folder / "countersigned.pdf"
    dialog.check(countersigned)
    w.look(dialog, "verify: countersigned", [*data, str(countersigned)])
    changed = w.folder / "changed.pdf"
    changed.write_bytes(with_extra_page_content(export.read_bytes()))
    dialog.check(changed)
    assert dialog.report is not None
    # The verdict leads with the first problem: the errors area translates the problems' sentences.
    w.look(dialog, "verify: changed after signing", [*data, str(changed)], skip=[dialog.verdict])
    dialog.done(QDialog.DialogCode.Rejected)


def _fingerprint(w: Any, manager: Any, data: list[str]) -> None:
    from carerpassport.ui.widgets.fingerprint_view import FingerprintView

    holder = QWidget()
    holder.setWindowTitle("[~]")  # a part of the identity dialog, shown alone here
    layout = QVBoxLayout(holder)
    view = FingerprintView(holder)
    layout.addWidget(view)
    fingerprint = manager.identity().fingerprint
    view.show_own(fingerprint)
    holder.resize(700, 400)
    holder.show()
    w.look(holder, "fingerprint: your own", [*data, *_fingerprint_words(fingerprint)])
    holder.close()


def _preview(w: Any, employee: Any, data: list[str]) -> None:
    from carerpassport.ui.widgets.passport_preview import PassportPreview

    preview = PassportPreview()
    preview.setWindowTitle("[~]")  # a part of the History page, shown alone here
    preview.show_passport(employee.editing.passport(), employee.template, "[~]")
    preview.resize(900, 600)
    preview.show()
    w.look(preview, "passport preview", data)
    preview.close()


def _review(w: Any, employee: Any, data: list[str]) -> None:
    from carerpassport.ui.dialogs.review_wizard import ReviewWizard

    words = [*data, *_template_words(employee), "I look after my father three evenings a week.",
             "I may need to leave at short notice.", "Start at 10:00 on Tuesdays"]

    def look(wizard: ReviewWizard, where: str) -> None:
        w.look(wizard, where, words, skip=_showing(wizard, _domain_english()))

    wizard = ReviewWizard(employee, w.runner)
    wizard.show()
    look(wizard, "review: why")
    wizard.next()
    look(wizard, "review: a section")
    while wizard.currentId() != wizard.pageIds()[-2]:  # the sections, up to the sharing agreement
        wizard.next()
    look(wizard, "review: sharing agreement")
    wizard.next()
    look(wizard, "review: what changed")
    wizard.done(QDialog.DialogCode.Rejected)
    again = ReviewWizard(employee, w.runner)
    again.show()
    look(again, "review: taken up again")
    again.button(QWizard.WizardButton.CancelButton).click()
