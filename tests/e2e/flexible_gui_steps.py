"""The flexible-working request as a person does it in the real window (run by ``gui_driver.py flexible``).

First run; answer "How does caring affect your work?"; Review › Flexible-working request…; say where you
work, tick the answer, describe the change; save the signed PDF through the file dialog; then on the
Requests page record that it was sent by email today. Only widgets are used, never the facade.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from tests.e2e.gui_driver import (
    Step,
    choose_file,
    click,
    file_dialog,
    first_run_steps,
    menu_action,
    open_dialog,
    type_into,
)


def flexible_steps(window: object, args: argparse.Namespace) -> list[Step]:
    from carerpassport.domain.flexible_working import ChangeKind
    from carerpassport.domain.jurisdiction import Jurisdiction
    from carerpassport.ui.dialogs.flexible_request_wizard import CHANGE_ID, INCLUDE_ID, PREVIEW_ID, WHERE_ID, WORDS_ID
    from carerpassport.ui.views.editor_view import STATE_SAVED

    field = "caring.effect_on_work"

    def editor() -> object:
        return window.views.get("passport")  # type: ignore[attr-defined]

    def answer() -> None:
        card = editor().card(field)  # type: ignore[attr-defined]
        type_into(card.answer, args.answer)

    def saved() -> bool:
        view = editor()
        return view is not None and not view.has_unsaved_changes() and view.save_state == STATE_SAVED  # type: ignore

    def wizard() -> QWizard:
        found = open_dialog(window, "FlexibleRequestWizard")
        assert isinstance(found, QWizard)
        return found

    def on(page: int) -> bool:
        found = open_dialog(window, "FlexibleRequestWizard")
        return isinstance(found, QWizard) and found.currentId() == page

    def next_page() -> None:
        click(wizard().button(QWizard.WizardButton.NextButton))

    def where() -> None:
        combo = wizard().where.where  # type: ignore[attr-defined]
        combo.setFocus()
        # Down the list with the keyboard to Scotland, as a person would.
        while combo.currentData() != Jurisdiction.SCOTLAND.value:
            QTest.keyClick(combo, Qt.Key.Key_Down)
        next_page()

    def include() -> None:
        QTest.mouseClick(wizard().include.boxes[f"answer:{field}"], Qt.MouseButton.LeftButton)  # type: ignore
        next_page()

    def change() -> None:
        page = wizard().change  # type: ignore[attr-defined]
        QTest.mouseClick(page.kinds[ChangeKind.TIMES], Qt.MouseButton.LeftButton)
        type_into(page.change, args.change)
        next_page()

    def preview() -> QWidget:
        return wizard().preview  # type: ignore[attr-defined,no-any-return]

    def choose(path: object) -> None:
        # The name box too: the wizard's chooser opens on a name only, and selectFile alone left that name
        # in the box, so the file went to the working folder.
        dialog = file_dialog()
        assert dialog is not None
        dialog.setDirectory(str(args.out.parent))
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        if box is not None:
            box.setText(str(path))
        choose_file(args.out)

    def requests() -> object:
        return window.views.get("requests")  # type: ignore[attr-defined]

    return [
        *first_run_steps(window, args.name, args.manager, args.passphrase),
        ("the passport page", lambda: editor() is not None, lambda: window.view_actions["passport"].trigger()),  # type: ignore
        ("answer a question", lambda: editor() is not None, answer),
        ("saved", saved, lambda: None),
        ("Review › Flexible-working request", lambda: True, menu_action(window, "review", "Flexible-working request")),
        ("where you work", lambda: on(WHERE_ID), where),
        ("what to include", lambda: on(INCLUDE_ID), include),
        ("the change", lambda: on(CHANGE_ID), change),
        ("your words", lambda: on(WORDS_ID), next_page),
        ("save as signed PDF", lambda: on(PREVIEW_ID), lambda: click(preview().pdf_button)),  # type: ignore
        ("choose where", lambda: file_dialog() is not None, lambda: choose(args.out)),
        ("saved and finish", lambda: "Saved to" in preview().status.text(),  # type: ignore[attr-defined]
         lambda: click(wizard().button(QWizard.WizardButton.FinishButton))),
        ("the Requests page", lambda: open_dialog(window, "FlexibleRequestWizard") is None,
         lambda: window.view_actions["requests"].trigger()),  # type: ignore[attr-defined]
        ("record sent by email today", lambda: requests() is not None and requests().sent_button.isEnabled(),  # type: ignore
         lambda: click(requests().sent_button)),  # type: ignore[union-attr]
        ("quit", lambda: "Recorded as sent" in requests().status.text(),  # type: ignore[union-attr]
         lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]
