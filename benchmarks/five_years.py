"""Fixtures for the scale benchmarks: an employee's vault after five simulated years, and a manager's vault
holding 500 received passports. Built once and cached under ``benchmarks/results/fixtures/`` (ignored by
git); a bench copies the cached folder before using it, so nothing it does changes the fixture.

A year here is ``bench_year.py``'s year with the app's editing-session grouping: 400 editing sessions
(one or two answers each, a session a working day or so), each a few autosaves seconds apart (the GUI
saves ~8 s apart; a session's autosaves replace its one version, so only the last save's content is
kept: five saves a session rather than ``bench_year``'s 21 keep the build quick and still rewrite the
tip as the GUI does), 20 signed PDF exports, and 2 reviews each followed by the manager's countersigned
copy imported back (stored in the vault as an attachment). Five years: about 2,000 versions, 100
exports, 10 reviews, 10 countersigned copies. Answers grow as people type and stay under ~2 KB each.

``python benchmarks/five_years.py`` builds (or reuses) both and prints where they are and the vault's size
at the end of each simulated year.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import time
from pathlib import Path

from common import PASSPHRASE, scratch

#: Bump when the simulation changes, so a cached fixture from an older script is rebuilt.
FIXTURE_VERSION = 2
#: Where built fixtures are kept (the smoke test points this at a temp folder of its own).
FIXTURES = Path(os.environ.get("CARERPASSPORT_BENCH_FIXTURES")
                or Path(__file__).resolve().parent / "results" / "fixtures")

YEARS = 5
SESSIONS_PER_YEAR = 400
SAVES_PER_SESSION = 5
EXPORTS_PER_YEAR = 20
REVIEWS_PER_YEAR = 2
RECEIVED = 500
SENTENCE = "I look after my dad on Tuesday and Thursday evenings, and sometimes at short notice. "


class SimClock:
    """The app's clock, moved on by the script."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def _on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and "backups" not in p.parts)


def _key(name: str, **params: int) -> str:
    from carerpassport.vault.migrations import SCHEMA_VERSION

    return f"{name}-v{FIXTURE_VERSION}-s{SCHEMA_VERSION}-" + "-".join(f"{k}{v}" for k, v in sorted(params.items()))


def build_employee(folder: Path, *, years: int = YEARS, sessions_per_year: int = SESSIONS_PER_YEAR,
                   saves_per_session: int = SAVES_PER_SESSION, exports_per_year: int = EXPORTS_PER_YEAR,
                   reviews_per_year: int = REVIEWS_PER_YEAR) -> dict[str, object]:
    """Simulate ``years`` of use into a new vault at ``folder``; returns the facts of the build."""
    from carerpassport.app import PassportApp
    from carerpassport.domain.model import Answer

    started = time.perf_counter()
    work = folder.parent
    app = PassportApp.create(folder, employee_name="Bench Mark", manager_name="Bench Manager",
                             passphrase=PASSPHRASE).app
    manager = PassportApp.create(work / "manager-of-employee", employee_name="Bench Manager",
                                 passphrase=PASSPHRASE).app
    app.clock = clock = SimClock(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    manager.clock = clock
    fields = [f.id for f in app.template.employee_fields() if f.kind != "choice"]
    for n in range(5):
        app.editing.add_action(f"Action {n}: start at 10:00 on Tuesdays", kind="workload", status="agreed")
    export_every = max(1, sessions_per_year // max(1, exports_per_year))
    review_every = max(1, sessions_per_year // max(1, reviews_per_year))
    sizes, exports, reviews, countersigned = [], 0, 0, 0
    for year in range(years):
        for session in range(sessions_per_year):
            clock.now += dt.timedelta(hours=21)
            for save in range(saves_per_session):
                field_id = fields[(session + save * 2 // saves_per_session) % len(fields)]  # one or two answers
                passport = app.editing.passport()
                old = passport.answer(field_id)
                text = (old.text + SENTENCE[save % 7 * 12:save % 7 * 12 + 12])[-2000:]
                passport.answers[field_id] = Answer(text=text, shared=True)
                app.editing.save(passport, autosave=True)
                clock.now += dt.timedelta(seconds=8)
            app.editing.end_editing_session()
            if session % export_every == export_every - 1:
                out = work / "export.pdf"
                app.pdfs.export_signed_pdf(out, recipient="Bench Manager")
                exports += 1
            if session % review_every == review_every - 1:
                review = app.reviews.start_review()
                review.record(fields[0], "changed", f"Still true in year {year + 1}.")
                app.reviews.finish_review(review)
                reviews += 1
                exported = work / "review-export.pdf"
                app.pdfs.export_signed_pdf(exported, recipient="Bench Manager")
                signed = work / f"countersigned-{countersigned}.pdf"
                manager.countersigning.countersign(manager.countersigning.inspect_received(exported), signed,
                                                   comment="Agreed; review in six months.", keep_copy=False)
                app.countersigning.import_countersigned(signed, trust_new_manager=True)
                countersigned += 1
        sizes.append(_on_disk(folder))
    versions = len(app.editing.history())
    app.close()
    manager.close()
    return {"versions": versions, "exports": exports + reviews, "reviews": reviews, "countersigned": countersigned,
            "years": years, "size_after_each_year_bytes": sizes, "build_s": round(time.perf_counter() - started, 1)}


def build_manager(folder: Path, *, received: int = RECEIVED) -> dict[str, object]:
    """A manager's vault holding ``received`` countersigned passports (a few employees' exports, each
    countersigned and kept). Signing is the slow part, so each distinct export is signed once and the
    stored copies are written straight into the vault's table as countersigning keeps them."""
    from carerpassport.app import PassportApp
    from carerpassport.exchange.countersign import received_details
    from carerpassport.exchange.received import RECEIVED_KIND

    started = time.perf_counter()
    work = folder.parent
    manager = PassportApp.create(folder, employee_name="Bench Manager", passphrase=PASSPHRASE).app
    results = []
    for n in range(min(received, 10)):
        employee = PassportApp.create(work / f"employee-{n}", employee_name=f"Employee {n}",
                                      manager_name="Bench Manager", passphrase=PASSPHRASE).app
        employee.editing.set_answer("caring.responsibilities", f"I care for my mother most evenings ({n}). " * 20,
                                    shared=True)
        employee.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", status="agreed")
        export = work / f"export-{n}.pdf"
        employee.pdfs.export_signed_pdf(export)
        employee.close()
        results.append(manager.countersigning.countersign(manager.countersigning.inspect_received(export),
                                                          work / f"signed-{n}.pdf", comment=f"Agreed ({n}).",
                                                          keep_copy=False))
    with manager.repo.transaction():
        for n in range(received):
            signed = results[n % len(results)].countersigned
            manager.repo.add_attachment(RECEIVED_KIND, f"signed-{n}.pdf", signed.pdf_bytes,
                                        details=received_details(signed))
    manager.close()
    return {"received": received, "build_s": round(time.perf_counter() - started, 1)}


def _cached(name: str, builder: object, **params: int) -> tuple[Path, dict[str, object]]:
    """The cached fixture folder (holding ``vault/`` and ``facts.json``), built first if missing."""
    home = FIXTURES / _key(name, **params)
    facts_file = home / "facts.json"
    if not facts_file.exists():
        if home.exists():
            shutil.rmtree(home)  # a build that did not finish
        work = scratch()
        facts = builder(work / "vault", **params)  # type: ignore[operator]
        home.parent.mkdir(parents=True, exist_ok=True)
        staging = home.with_name(home.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        shutil.copytree(work / "vault", staging / "vault")
        (staging / "facts.json").write_text(json.dumps(facts, indent=2))
        staging.rename(home)
        shutil.rmtree(work, ignore_errors=True)
    return home, json.loads(facts_file.read_text())


def employee_vault(**params: int) -> tuple[Path, dict[str, object]]:
    """A fresh copy of the five-year vault (its folder) and the facts of its build."""
    home, facts = _cached("employee", build_employee, **params)
    copy = scratch() / "vault"
    shutil.copytree(home / "vault", copy)
    return copy, facts


def manager_vault(**params: int) -> tuple[Path, dict[str, object]]:
    """A fresh copy of the manager's vault holding the received passports, and the facts of its build."""
    home, facts = _cached("manager", build_manager, **params)
    copy = scratch() / "vault"
    shutil.copytree(home / "vault", copy)
    return copy, facts


if __name__ == "__main__":
    for name, make in (("employee", employee_vault), ("manager", manager_vault)):
        path, facts = make()
        print(name, path, json.dumps(facts), file=sys.stdout)
