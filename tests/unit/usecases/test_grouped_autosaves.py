"""The GUI's autosaves during one editing session make one version; every explicit event, a pause, leaving
the section or closing the vault starts a new one, and what was exported is never changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from carerpassport.app import PassportApp
from carerpassport.domain.editing_sessions import SESSION_PAUSE
from carerpassport.domain.model import Answer
from carerpassport.usecases.core import REASON_EDIT
from tests.conftest import PASSPHRASE

EFFECT = "caring.effect_on_work"
CRISIS = "emergency.arrangements"


class Clock:
    """The app's clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def _autosave(app: PassportApp, field_id: str, text: str) -> int:
    passport = app.editing.passport()
    passport.answers[field_id] = Answer(text=text, shared=passport.answer(field_id).shared)
    revision = app.editing.save(passport, autosave=True)
    assert revision is not None
    return revision.number


def _title(app: PassportApp, field_id: str) -> str:
    return app.template.field(field_id).label


def test_one_session_of_autosaves_is_one_version_with_the_last_text(app: PassportApp, data_dir: Path) -> None:
    app.clock = clock = Clock()
    before = len(app.editing.history())
    numbers = set()
    for i in range(20):  # a few minutes of typing, a save every ~8 seconds
        numbers.add(_autosave(app, EFFECT if i < 10 else CRISIS, f"words {i}"))
        clock.wait(8)
    assert len(numbers) == 1 and len(app.editing.history()) == before + 1
    assert app.editing.history()[-1].label == f"Changed: {_title(app, EFFECT)}, {_title(app, CRISIS)}"
    app.close()
    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert (again.editing.passport().answer(EFFECT).text,
                again.editing.passport().answer(CRISIS).text) == ("words 9", "words 19")
        again.repo.verify_chain()
    finally:
        again.close()


def test_a_pause_of_more_than_five_minutes_starts_a_new_version(app: PassportApp) -> None:
    app.clock = clock = Clock()
    first = _autosave(app, EFFECT, "before the break")
    clock.wait(SESSION_PAUSE.total_seconds())
    assert _autosave(app, EFFECT, "still the same session") == first
    clock.wait(SESSION_PAUSE.total_seconds() + 1)
    second = _autosave(app, EFFECT, "after the break")
    assert second == first + 1
    assert app.editing.passport_at(first).answer(EFFECT).text == "still the same session"


def test_leaving_the_section_starts_a_new_version(app: PassportApp) -> None:
    first = _autosave(app, EFFECT, "one")
    app.editing.end_editing_session()
    assert _autosave(app, CRISIS, "two") == first + 1
    assert [info.label for info in app.editing.history()[-2:]] == [f"Changed: {_title(app, EFFECT)}",
                                                          f"Changed: {_title(app, CRISIS)}"]


def test_an_export_keeps_the_exported_version_exactly(app: PassportApp, tmp_path: Path) -> None:
    app.editing.set_answer(EFFECT, "shared words", shared=True)
    first = _autosave(app, EFFECT, "what the manager receives")
    exported = app.pdfs.export_signed_pdf(tmp_path / "out.pdf")
    assert exported.revision == first
    after = _autosave(app, EFFECT, "typed after the export")
    assert after == first + 1
    assert app.editing.passport_at(first).answer(EFFECT).text == "what the manager receives"
    assert app.editing.history()[-1].label == f"Changed: {_title(app, EFFECT)}"


def test_any_logged_event_closes_the_session(app: PassportApp) -> None:
    first = _autosave(app, EFFECT, "one")
    app.reviews.start_review()  # logs "Review started" and refers to no version
    app.reviews.cancel_review()
    assert _autosave(app, EFFECT, "two") == first + 1


def test_restoring_a_version_keeps_it_and_starts_a_new_session(app: PassportApp) -> None:
    first = _autosave(app, EFFECT, "one")
    restored = app.editing.restore_revision(first - 1)
    assert restored is not None and restored.reason != REASON_EDIT
    assert _autosave(app, EFFECT, "two") == restored.number + 1
    assert app.editing.passport_at(first).answer(EFFECT).text == "one"


def test_explicit_saves_are_never_grouped(app: PassportApp) -> None:
    """The CLI's ``set`` and the actions page each make their own version, labelled too."""
    before = len(app.editing.history())
    app.editing.set_answer(EFFECT, "one")
    app.editing.set_answer(EFFECT, "two")
    app.editing.add_action("Start at 10:00 on Tuesdays")
    assert len(app.editing.history()) == before + 3
    assert app.editing.history()[-1].label == "Added an action"
    first = _autosave(app, CRISIS, "autosaved")
    app.editing.set_answer(EFFECT, "explicit")
    assert _autosave(app, CRISIS, "autosaved again") == first + 2


def test_closing_the_vault_ends_the_session(app: PassportApp, data_dir: Path) -> None:
    first = _autosave(app, EFFECT, "one")
    app.close()
    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert _autosave(again, EFFECT, "two") == first + 1
    finally:
        again.close()
