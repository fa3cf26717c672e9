"""Carer's leave as a person does it in the real window (run by ``gui_driver.py leave``).

First run; a private answer (``--answer``, never shared); the Carer's leave page: where you work (England
or Wales) and a fixed pattern (7 hours a day, 4 days a week); plan a day and a half for a parent in good
time (a private note: ``--comment``), then a day tomorrow (late: the dialog and the table say so); the
employer postpones that one to more than a month after its first day (flagged); the first one's notice saved
as PDF through the file dialog (``--out``); then Northern Ireland (the page says the right does not apply
there yet) and back to England or Wales. Only widgets are used, never the facade. It prints
``late=…``, ``postponed=…`` and ``northern_ireland=…`` with what the page said.
"""

from __future__ import annotations

import argparse
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from carerpassport.domain.carers_leave import add_months
from tests.e2e.gui_driver import Step, choose_file, click, file_dialog, first_run_steps, type_into

HOURS_PER_DAY = 7.0
DAYS_PER_WEEK = 4.0


def on_time_days(today: dt.date) -> tuple[dt.date, dt.date]:
    """A whole day then a half day two weeks ahead: notice (4 days) is in time today."""
    return today + dt.timedelta(days=14), today + dt.timedelta(days=15)


def late_day(today: dt.date) -> dt.date:
    """Tomorrow: a day's leave needs 3 days' notice, so it is late."""
    return today + dt.timedelta(days=1)


def postponed_day(today: dt.date) -> dt.date:
    """Two days past one calendar month after the late request's first day."""
    return add_months(late_day(today), 1) + dt.timedelta(days=2)


def choose_in(combo: QComboBox, value: str) -> None:
    """Move through ``combo`` with the arrow keys until ``value`` is chosen, as a person would."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(value) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        QTest.keyClick(combo, key)
    raise AssertionError(f"{value!r} is not in {combo.accessibleName()!r}")


def leave_steps(window: object, args: argparse.Namespace) -> list[Step]:
    from carerpassport.domain.carers_leave import Dependant
    from carerpassport.domain.jurisdiction import Jurisdiction
    from carerpassport.domain.working_pattern import PatternKind
    from carerpassport.ui.dialogs.leave_dialogs import to_qdate
    from carerpassport.ui.models.leave_model import NOTICE
    from carerpassport.ui.views.editor_view import STATE_SAVED

    today = dt.date.today()
    field = "caring.effect_on_work"

    def editor() -> object:
        return window.views.get("passport")  # type: ignore[attr-defined]

    def answer() -> None:
        card = editor().card(field)  # type: ignore[attr-defined]
        assert not card.share_box.isChecked(), "a new answer is shared by default"
        type_into(card.answer, args.answer)

    def saved() -> bool:
        view = editor()
        return view is not None and not view.has_unsaved_changes() and view.save_state == STATE_SAVED  # type: ignore

    def page() -> object:
        return window.views.get("leave")  # type: ignore[attr-defined]

    def setup(where: Jurisdiction) -> None:
        editor_box = page().setup  # type: ignore[attr-defined]
        choose_in(editor_box.where, where.value)
        choose_in(editor_box.kind, PatternKind.FIXED_DAYS.value)
        editor_box.hours_per_day.setValue(HOURS_PER_DAY)
        editor_box.days_per_week.setValue(DAYS_PER_WEEK)
        click(editor_box.save_button)

    def dialog(name: str) -> QWidget | None:
        found = getattr(page(), "dialog", None)
        return found if found is not None and type(found).__name__ == name and found.isVisible() else None

    def add_day(days: object, on: dt.date, half: bool) -> None:
        days.date.setDate(to_qdate(on))  # type: ignore[attr-defined]
        days.part.setCurrentIndex(1 if half else 0)  # type: ignore[attr-defined]
        QTest.mouseClick(days.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def plan(days: list[tuple[dt.date, bool]], note: str) -> Step:
        def act() -> None:
            found = dialog("LeaveEntryDialog")
            assert found is not None
            for on, half in days:
                add_day(found.days, on, half)  # type: ignore[attr-defined]
            choose_in(found.dependant, Dependant.PARENT.value)  # type: ignore[attr-defined]
            if note:
                type_into(found.note, note)  # type: ignore[attr-defined]
        return ("the days, for a parent", lambda: dialog("LeaveEntryDialog") is not None, act)

    def verdict_then_save(expect: str, label: str) -> Step:
        def ready() -> bool:
            found = dialog("LeaveEntryDialog")
            return found is not None and expect in found.verdict.text() and found.save_button.isEnabled()  # type: ignore

        def act() -> None:
            found = dialog("LeaveEntryDialog")
            assert found is not None
            if label:
                print(f"{label}={' '.join(found.verdict.text().split())}", flush=True)  # type: ignore[attr-defined]
            click(found.save_button)  # type: ignore[attr-defined]
        return (f"the dialog says {expect!r}; save", ready, act)

    def rows() -> int:
        return int(page().model.rowCount())  # type: ignore[attr-defined]

    def row_of(first: dt.date) -> int:
        model = page().model  # type: ignore[attr-defined]
        return next(r for r in range(model.rowCount()) if model.entry_at(r).days[0].on == first)

    def click_row(first: dt.date) -> None:
        table = page().table  # type: ignore[attr-defined]
        index = page().model.index(row_of(first), 0)  # type: ignore[attr-defined]
        table.scrollTo(index)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())

    def selected(first: dt.date) -> bool:
        entry = page().selected_entry()  # type: ignore[attr-defined]
        return entry is not None and entry.days[0].on == first

    def late_in_table() -> bool:
        return rows() == 2 and str(page().model.index(row_of(late_day(today)), NOTICE).data()).startswith("LATE")  # type: ignore

    def postpone() -> None:
        found = dialog("PostponeDialog")
        assert found is not None
        add_day(found.days, postponed_day(today), False)  # type: ignore[attr-defined]

    def postpone_flagged() -> bool:
        found = dialog("PostponeDialog")
        return found is not None and "go past" in found.verdict.text() and found.save_button.isEnabled()  # type: ignore

    def choose_pdf() -> None:
        # As the flexible journey: the chooser opens on a name in the exports folder; put the full path in.
        found = file_dialog()
        assert found is not None
        found.setDirectory(str(args.out.parent))
        box = found.findChild(QLineEdit, "fileNameEdit")
        if box is not None:
            box.setText(str(args.out))
        choose_file(args.out)

    def close_notice() -> None:
        found = dialog("NoticeDialog")
        assert found is not None
        buttons = found.findChild(QDialogButtonBox)
        assert buttons is not None
        close = next(b for b in buttons.buttons() if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole)
        click(close)

    def problem_says(text: str) -> bool:
        problem = page().problem  # type: ignore[attr-defined]
        return problem.isVisible() and text in problem.text()

    first, second = on_time_days(today)
    return [
        *first_run_steps(window, args.name, args.manager, args.passphrase),
        ("the passport page", lambda: editor() is not None, lambda: window.view_actions["passport"].trigger()),  # type: ignore
        ("a private answer", lambda: editor() is not None, answer),
        ("saved", saved, lambda: None),
        ("the Carer's leave page", lambda: True, lambda: window.view_actions["leave"].trigger()),  # type: ignore
        ("where you work and how", lambda: page() is not None and problem_says("Say where you work"),
         lambda: setup(Jurisdiction.ENGLAND_WALES)),
        ("saved: one week is 4 days", lambda: "4 days (28 hours)" in page().setup.summary.text()  # type: ignore
         and not page().problem.isVisible(), lambda: click(page().add_button)),  # type: ignore[attr-defined]
        plan([(first, False), (second, True)], args.comment),
        verdict_then_save("Give notice by", ""),
        ("planned in time: plan another", lambda: page().dialog is None and rows() == 1,  # type: ignore[attr-defined]
         lambda: click(page().add_button)),  # type: ignore[attr-defined]
        plan([(late_day(today), False)], ""),
        verdict_then_save("Notice is late", "late"),
        ("the table says late; select it", late_in_table, lambda: click_row(late_day(today))),
        ("Postponed…", lambda: selected(late_day(today)) and page().postpone_button.isEnabled(),  # type: ignore
         lambda: click(page().postpone_button)),  # type: ignore[attr-defined]
        ("the employer's new date", lambda: dialog("PostponeDialog") is not None, postpone),
        ("flagged: record it", postpone_flagged, lambda: click(page().dialog.save_button)),  # type: ignore
        ("recorded", lambda: page().dialog is None and "Postponement recorded" in page().status.text(),  # type: ignore
         lambda: print(f"postponed={' '.join(page().status.text().split())}", flush=True)),  # type: ignore
        ("select the first", lambda: True, lambda: click_row(first)),
        ("Notice…", lambda: selected(first) and page().notice_button.isEnabled(),  # type: ignore[attr-defined]
         lambda: click(page().notice_button)),  # type: ignore[attr-defined]
        ("Save as PDF", lambda: dialog("NoticeDialog") is not None and "carer's leave" in  # type: ignore
         dialog("NoticeDialog").text.toPlainText(), lambda: click(dialog("NoticeDialog").pdf_button)),  # type: ignore
        ("choose where", lambda: file_dialog() is not None, choose_pdf),
        ("saved; close", lambda: dialog("NoticeDialog") is not None
         and "Sharing page" in dialog("NoticeDialog").status.text(), close_notice),  # type: ignore[union-attr]
        ("Northern Ireland", lambda: page().dialog is None, lambda: setup(Jurisdiction.NORTHERN_IRELAND)),  # type: ignore
        ("the page says why", lambda: problem_says("Northern Ireland"),
         lambda: print(f"northern_ireland={' '.join(page().problem.text().split())}", flush=True)),  # type: ignore
        ("back to England or Wales", lambda: True, lambda: setup(Jurisdiction.ENGLAND_WALES)),
        ("quit", lambda: not page().problem.isVisible() and rows() == 2,  # type: ignore[attr-defined]
         lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]
