"""The vault's size on disk after a simulated year of use, with and without grouping autosaves.

A year: 300 editing sessions (each about three minutes of typing in one or two answers, autosaved every
~8 seconds as the GUI does: 21 saves a session), 20 signed PDF exports and 2 reviews. "ungrouped" saves
every autosave as its own version (the app before editing sessions); "grouped" is the app now, where one
session's autosaves are one version. Both run the same script on the app's injected clock.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from common import PASSPHRASE, scaled, scratch

from carerpassport.app import PassportApp
from carerpassport.domain.model import Answer

SESSIONS = scaled(300, 2)
SAVES_PER_SESSION = scaled(21, 2)
EXPORTS = scaled(20)
REVIEWS = scaled(2)
SENTENCE = "I look after my dad on Tuesday and Thursday evenings, and sometimes at short notice. "


class YearClock:
    """The app's clock, moved on by the script (a session a day or so, saves seconds apart)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _simulate(folder: Path, *, grouped: bool) -> dict[str, object]:
    app = PassportApp.create(folder, employee_name="Bench Mark", manager_name="Bob Smith", passphrase=PASSPHRASE).app
    app.clock = clock = YearClock()
    fields = [f.id for f in app.template.employee_fields() if f.kind != "choice"]
    start = time.perf_counter()
    for session in range(SESSIONS):
        clock.now += dt.timedelta(hours=29)
        for save in range(SAVES_PER_SESSION):
            field_id = fields[(session + save // 11) % len(fields)]  # one or two answers a session
            passport = app.editing.passport()
            old = passport.answer(field_id)
            # typing adds a few words to the answer each save; answers stay under ~2 KB
            text = (old.text + SENTENCE[save % 7 * 12:save % 7 * 12 + 12])[-2000:]
            passport.answers[field_id] = Answer(text=text, shared=True)
            app.editing.save(passport, autosave=grouped)
            clock.now += dt.timedelta(seconds=8)
        app.editing.end_editing_session()  # the person moves to another section
        if session % (SESSIONS // EXPORTS) == SESSIONS // EXPORTS - 1:
            app.pdfs.export_signed_pdf(folder.parent / "export.pdf", recipient="Bob Smith")
        if session % (SESSIONS // REVIEWS) == SESSIONS // REVIEWS - 1:
            review = app.reviews.start_review()
            review.record(fields[0], "changed", "Still true after a year.")
            app.reviews.finish_review(review)
    seconds = time.perf_counter() - start
    versions = len(app.editing.history())
    app.integrity.check_integrity()
    app.close()
    on_disk = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and "backups" not in p.parts)
    return {"versions": versions, "vault_mb": round(on_disk / 2**20, 2), "simulated_s": round(seconds, 1)}


def run() -> dict[str, object]:
    figures: dict[str, object] = {}
    for name, grouped in (("ungrouped", False), ("grouped", True)):
        for key, value in _simulate(scratch() / "vault", grouped=grouped).items():
            figures[f"year_{name}_{key}"] = value
    return figures
