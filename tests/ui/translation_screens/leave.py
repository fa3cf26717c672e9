"""Carer's leave and flexible-working requests: the Carer's leave page (empty, with entries, with the week used),
its dialogs (plan, edit, postpone, notice), the Requests page (empty, with requests) and every page of the
flexible-request wizard."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog

SCREENS = (
    "leave view: where you work not said",
    "leave view: in Northern Ireland",
    "leave view: no working pattern",
    "leave view: empty",
    "leave view: with entries",
    "leave view: the week used",
    "leave dialog: plan",
    "leave dialog: edit",
    "leave dialog: postpone",
    "leave dialog: notice",
    "leave dialog: remove this leave?",
    "requests view: empty",
    "requests view: with requests",
    "request wizard: where you work",
    "request wizard: what to include",
    "request wizard: the change",
    "request wizard: your words",
    "request wizard: check and save",
)

WELSH = {
    "leave view: where you work not said": [
        "Dywedwch ble rydych yn gweithio yn gyntaf (Cymru neu Loegr, yr Alban, neu Ogledd Iwerddon): mae absenoldeb "
        "gofalwr yn hawl gyfreithiol ym Mhrydain Fawr ond nid yng Ngogledd Iwerddon eto."],
    "leave view: no working pattern": [
        "Gosodwch eich patrwm gwaith yn gyntaf (yr oriau a'r diwrnodau rydych yn eu gweithio fel arfer): wythnos o "
        "absenoldeb gofalwr yw'r amser rydych yn ei weithio fel arfer mewn wythnos."],
    "leave view: empty": ["Absenoldeb gofalwr", "&Cadw'r patrwm", "C&ynllunio absenoldeb…"],
    "leave dialog: plan": ["&Ychwanegu diwrnod", "&Cadw"],
    "leave dialog: notice": ["Hysbysiad o absenoldeb gofalwr", "Cadw fel &PDF…"],
    "requests view: empty": ["Ceisiadau gweithio hyblyg", "Cais &newydd…"],
    "request wizard: where you work": ["Cais gweithio hyblyg", "&Nesaf >"],
    "request wizard: check and save": ["Cadw fel &PDF wedi'i lofnodi…"],
}
#: Shown in the pseudo-language (any one of each list).
PSEUDO = {"leave view: empty": ["[Çåŕéŕ'š ļéåvé"]}
#: English that must be gone from the Welsh.
NOT_IN_WELSH = {"leave view: with entries": ["Plan leave", "Your balance"],
                "leave view: where you work not said": ["Say where you work first"],
                "leave view: in Northern Ireland": ["not a legal right"],
                "leave view: no working pattern": ["Set your working pattern first"],
                "request wizard: the change": ["The change you are asking for"]}

#: Where one works: the words are domain/jurisdiction.py's (another area's), shown as they are until it marks them.
WHERE = ("Not said yet", "England or Wales", "Scotland", "Northern Ireland")


def walk(w: Any) -> None:
    from carerpassport.domain.carers_leave import DayPart, Dependant, LeaveDay, LeaveEntry, LeaveStatus
    from carerpassport.domain.jurisdiction import Jurisdiction
    from carerpassport.domain.wording import use_language
    from carerpassport.domain.working_pattern import WorkingPattern
    from carerpassport.ui.dialogs.leave_dialogs import LeaveEntryDialog, NoticeDialog, PostponeDialog
    from carerpassport.ui.views.leave_view import LeaveView
    from carerpassport.ui.views.requests_view import RequestsView
    from carerpassport.ui.widgets.screen_fit import watch_dialogs

    # The domain's words (labels, rules' sentences) come from gettext in the process's language: the app sets it
    # with the GUI's (docs/translation.md, step 5); the walk does the same here.
    use_language(w.language)
    data = ["Siân Jones", "Bob Smith", *WHERE]
    today = w.today()

    # Before the rules can be applied: where one works not said, Northern Ireland, no working pattern (each
    # shows the rules' own sentence: the first was English on a Welsh page, seen on Xvfb).
    first = w.passport_app("leave-first")
    before = LeaveView(first, w.runner)
    watch_dialogs(before)
    before.setWindowTitle("[~]")
    before.resize(1200, 640)
    before.show()
    w.look(before, "leave view: where you work not said", data)
    first.leave.set_jurisdiction(Jurisdiction.NORTHERN_IRELAND)
    before.refresh()
    w.look(before, "leave view: in Northern Ireland", data)
    first.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    before.refresh()
    w.look(before, "leave view: no working pattern", data)
    before.close()

    app = w.passport_app("leave")
    app.leave.set_jurisdiction(Jurisdiction.ENGLAND_WALES)
    app.leave.set_pattern(WorkingPattern.fixed_days(7.5, 5))
    view = LeaveView(app, w.runner)
    watch_dialogs(view)  # as the main window does for its pages: their dialogs fit the screen (they scroll)
    view.setWindowTitle("[~]")  # a page of the main window, shown alone here: its title is the window's
    view.resize(1200, 640)
    view.show()
    w.look(view, "leave view: empty", data)

    later = today + dt.timedelta(days=30)
    planned = app.leave.add(LeaveEntry(days=(LeaveDay(later), LeaveDay(later + dt.timedelta(days=1), DayPart.HALF)),
                                       dependant=Dependant.PARENT))
    app.leave.add(LeaveEntry(days=(LeaveDay(today - dt.timedelta(days=20)),), status=LeaveStatus.TAKEN,
                             dependant=Dependant.RELIES_ON_ME))
    view.refresh()
    view.select_entry(planned.id)
    w.look(view, "leave view: with entries", data)

    start = today - dt.timedelta(days=60)
    app.leave.add(LeaveEntry(days=(LeaveDay(start), LeaveDay(start + dt.timedelta(days=1)),  # 1.5 + 1 + 2.5: a week
                                   LeaveDay(start + dt.timedelta(days=2), DayPart.HALF)),
                             status=LeaveStatus.TAKEN, dependant=Dependant.CHILD))
    view.refresh()
    w.look(view, "leave view: the week used", data)

    plan = LeaveEntryDialog(app, None, view)
    plan.days.add_current()
    plan.show()
    w.look(plan, "leave dialog: plan", data)
    plan.done(QDialog.DialogCode.Rejected)

    edit = LeaveEntryDialog(app, planned, view)
    edit.notice_given.setChecked(True)
    edit.show()
    w.look(edit, "leave dialog: edit", data)
    edit.done(QDialog.DialogCode.Rejected)

    postpone = PostponeDialog(app, planned, view)
    postpone.days.add_day(LeaveDay(later + dt.timedelta(days=40)))
    postpone.show()
    w.look(postpone, "leave dialog: postpone", data)
    postpone.done(QDialog.DialogCode.Rejected)

    notice = NoticeDialog(app, w.runner, planned, view)
    notice.show()
    w.look(notice, "leave dialog: notice", data)
    notice.done(QDialog.DialogCode.Rejected)

    view.select_entry(planned.id)
    view.remove_selected()
    assert view.confirm_box is not None
    w.look(view.confirm_box, "leave dialog: remove this leave?", data)
    view.confirm_box.reject()
    view.close()
    app.close()

    flexible = w.passport_app("flexible")
    flexible.editing.set_answer("caring.effect_on_work", "I care for my father on Tuesday mornings.", shared=True)
    flexible.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working")
    requests = RequestsView(flexible, w.runner)
    watch_dialogs(requests)
    requests.setWindowTitle("[~]")
    requests.resize(1200, 640)
    requests.show()
    own = [*data, "I care for my father on Tuesday mornings.", "Start at 10:00 on Tuesdays"]
    w.look(requests, "requests view: empty", own)

    flexible.flexible.record_earlier(today - dt.timedelta(days=200))  # named in the letter: earlier requests
    wizard = requests.open_wizard("")
    wizard.where.where.setCurrentIndex(wizard.where.where.findData(Jurisdiction.ENGLAND_WALES.value))
    w.look(wizard, "request wizard: where you work", own)
    wizard.next()
    for box in wizard.include.boxes.values():
        box.setChecked(True)
    w.look(wizard, "request wizard: what to include", own)
    wizard.next()
    wizard.change.kinds[next(iter(wizard.change.kinds))].setChecked(True)
    wizard.change.change.setPlainText("Start at 10:00 on Tuesdays.")
    w.look(wizard, "request wizard: the change", own)
    wizard.next()
    w.look(wizard, "request wizard: your words", own)
    wizard.next()
    w.look(wizard, "request wizard: check and save", own)
    drafted = wizard.request
    wizard.done(QDialog.DialogCode.Rejected)

    assert drafted is not None
    flexible.flexible.mark_sent(drafted.id, today, email=True)
    requests.refresh()
    w.look(requests, "requests view: with requests", own)
    requests.close()
    flexible.close()
