"""The passport editor (the default template's pages and the Cwm Tawel council's, with its employer page) and the
export dialog in its states.

The employer's texts (section titles, questions, guidance, placeholders, choices) are the template's, shown in
the GUI's language where the form has it (``Template.translated``): in the pseudo-language they are English and
are passed to ``look`` as data. The widgets other areas own inside these screens (the agreement line, the first
steps, the people form, the sharing agreement form, the employer panel, the share tags, the "who is this for"
list and the agreement's note) are left to those areas' walks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

ROOT = Path(__file__).resolve().parents[3]
CWM_TAWEL = ROOT / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"

SCREENS = (
    "editor: you and your line manager",
    "editor: first section, a question with guidance",
    "editor: second section",
    "editor: third section",
    "editor: sharing your passport",
    "editor: private notes",
    "editor: an answer too long to save",
    "editor (Cwm Tawel): first section",
    "editor (Cwm Tawel): a choice question",
    "editor (Cwm Tawel): policies and contacts",
    "export dialog",
    "export dialog: a Welsh copy",
    "export dialog: for someone else",
    "export dialog: saved",
    "export dialog: not saved",
)

WELSH = {
    "editor: you and your line manager": ["Eich pasbort", "Chi a'ch rheolwr llinell"],
    "editor: first section, a question with guidance": ["Rhannu'r ateb hwn â'm rheolwr"],
    "editor: private notes": ["Nodiadau preifat (byth yn cael eu hallforio)"],
    "editor (Cwm Tawel): first section": ["Eich cyfrifoldebau gofalu"],
    "export dialog": ["Allforio i'm rheolwr", "I&aith y copi hwn", "&Cadw PDF wedi'i lofnodi…"],
    "export dialog: saved": ["Cau"],
}
PSEUDO = {"export dialog": ["[&Ļåñĝûåĝé", "[&Ŀåñĝûåĝé"]}
NOT_IN_WELSH = {"export dialog": ["Export for my manager", "Language of this copy"],
                "editor: first section, a question with guidance": ["Share this answer with my manager"]}


def template_words(template: Any) -> Iterator[str]:
    """Every text of ``template`` a screen may show as it is (the employer's words, not the GUI's)."""
    yield from (template.title, template.employer_name, template.sharing_agreement_text.title,
                template.sharing_agreement_text.intro, template.employer.intro if template.employer else "")
    for section in template.sections:
        yield from (section.title, section.intro)
        for field in section.fields:
            yield from (field.label, field.prompt, field.placeholder, *field.choices, *field.guidance.think_about,
                        field.guidance.why, field.guidance.privacy)


def others(window: QWidget) -> list[QWidget]:
    """The parts of the editor other areas walk."""
    from carerpassport.ui.widgets.agreement_line import AgreementLine
    from carerpassport.ui.widgets.employer_panel import EmployerPanel
    from carerpassport.ui.widgets.first_steps import CarerFirstSteps
    from carerpassport.ui.widgets.people_form import PeopleForm
    from carerpassport.ui.widgets.share_tag import ShareTag
    from carerpassport.ui.widgets.sharing_agreement_form import SharingAgreementForm

    kinds = (AgreementLine, EmployerPanel, CarerFirstSteps, PeopleForm, ShareTag, SharingAgreementForm)
    return [widget for kind in kinds for widget in window.findChildren(kind)]


def walk(w: Any) -> None:
    from carerpassport.domain.template import parse_template
    from carerpassport.ui.views.editor_view import EditorView

    default = w.passport_app("default")
    editor = EditorView(default, w.runner)
    editor.setWindowTitle("[~]")  # a page of the main window, shown alone here: its title is the window's
    editor.resize(1240, 660)
    editor.show()
    data = list(template_words(editor.template)) + ["Siân Jones", "Bob Smith"]

    def look(where: str, row: int | None = None) -> None:
        if row is not None:
            editor.show_section(row)
        w.settle()  # the section's cards are made one a turn: all of them before the parts to skip are found
        w.look(editor, where, data=data, skip=others(editor))

    look("editor: you and your line manager", 0)
    look("editor: first section, a question with guidance", 1)
    look("editor: second section", 2)
    look("editor: third section", 3)
    look("editor: sharing your passport", 4)
    look("editor: private notes", editor.sections.count() - 1)
    editor.show_section(1)
    card = next(iter(editor._built[1].cards.values()))
    card.answer.setPlainText("x" * 30_000)  # more than an answer may hold: kept on screen, not saved
    editor.flush()
    look("editor: an answer too long to save")
    card.answer.setPlainText("")
    editor.flush()
    editor.close()

    template = parse_template(CWM_TAWEL.read_bytes(), CWM_TAWEL.name)
    council = w.passport_app("council", template=template, template_json=CWM_TAWEL.read_bytes())
    assert council.template.id == template.id
    editor = EditorView(council, w.runner)
    editor.setWindowTitle("[~]")
    editor.resize(1240, 660)
    editor.show()
    data = list(template_words(editor.template)) + ["Siân Jones", "Bob Smith"]
    look("editor (Cwm Tawel): first section", 1)
    choice = next(row for row in range(1, 4)
                  if any(f.kind == "choice" for f in editor.template.sections[row - 1].fields))
    look("editor (Cwm Tawel): a choice question", choice)
    look("editor (Cwm Tawel): policies and contacts", editor.sections.count() - 2)
    editor.close()
    council.close()

    export_dialog(w, default)
    default.close()


def export_dialog(w: Any, app: Any) -> None:
    from carerpassport.domain.sharing_agreement import RecipientKind
    from carerpassport.ui.dialogs.export_dialog import ExportDialog

    app.editing.set_answer("caring.responsibilities", "I care for my father two evenings a week.", shared=True)
    dialog = ExportDialog(app, w.runner)
    dialog.show()
    data = ["Siân Jones", "Bob Smith", "copy.pdf"]

    def look(where: str) -> None:
        w.look(dialog, where, data=data, skip=[dialog.for_whom, dialog.agreement_note])

    look("export dialog")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    look("export dialog: a Welsh copy")
    dialog.for_whom.setCurrentIndex(dialog.for_whom.findData(RecipientKind.OTHER.value))
    look("export dialog: for someone else")
    dialog.for_whom.setCurrentIndex(0)
    dialog.choose_path = lambda: w.folder / "no such folder" / "copy.pdf"
    dialog.save()
    look("export dialog: not saved")
    dialog.choose_path = lambda: w.folder / "copy.pdf"
    dialog.save()
    look("export dialog: saved")
    dialog.done(QDialog.DialogCode.Accepted)
