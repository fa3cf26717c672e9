"""Desktop app figures: cold start to the first painted window, and what the window costs once
a full passport is unlocked in it.

* Cold start: ``python -c 'from carerpassport.ui.app import main; main()'`` is started fresh each time
  with ``CARERPASSPORT_REPORT_FIRST_PAINT=1`` (the app prints ``first_paint_epoch=…`` at its first paint
  and quits), offscreen, with an empty data folder and its own settings folder; measured from just
  before the spawn to the printed moment, median of several runs. DESIGN.md's target is "below
  KeePassXC's on the same machine": ``bench_startup_x11.py`` measures both on one Xvfb display.
* After unlock: a child process shows the main window, then loads the vault code, unlocks a vault
  holding a full passport (every question answered, 40 agreed actions, 200 revisions) with its
  passphrase, shows every page once, and reports its resident memory (target < 150 MB), and how long
  the GUI-thread steps take: showing the passport page at unlock, the slowest first showing of another
  page, and locking. Loading the vault code and opening the vault run in a worker in the app. The shown
  section's question cards are made one per event-loop turn after the page shows; the slowest of those
  turns is reported too (``unlock_cards_slowest_turn_ms``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import PASSPHRASE, rss_mb, scaled, scratch, spread

STARTS = scaled(7)
#: The after-unlock child's clock: wall time, or with CARERPASSPORT_BENCH_CLOCK=thread the GUI thread's CPU time
#: (``time.thread_time``), which the load of a shared machine moves far less.
CLOCK = time.thread_time if os.environ.get("CARERPASSPORT_BENCH_CLOCK") == "thread" else time.perf_counter
#: Fresh processes per order after unlock (each figure is reported as the median, min and max of them).
RUNS = scaled(3)
EMPLOYER_TEMPLATE = Path(__file__).resolve().parent.parent / "resources/templates/examples/cwm-tawel-council-v2.json"
START_CODE = "from carerpassport.ui.app import main; main()"


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "CARERPASSPORT_HOME": str(home / "data"),
                "CARERPASSPORT_NO_KEYRING": "1", "XDG_CONFIG_HOME": str(home / "config"),
                "CARERPASSPORT_REPORT_FIRST_PAINT": "1"})
    return env


def cold_start_ms() -> list[float]:
    """Milliseconds from spawning the app to its first paint, once per fresh process."""
    samples = []
    for _ in range(STARTS):
        home = Path(tempfile.mkdtemp(prefix="cp-bench-gui-"))
        start = time.time()
        done = subprocess.run([sys.executable, "-c", START_CODE], env=_child_env(home), capture_output=True,
                              text=True, timeout=60, check=True)
        line = next(x for x in done.stdout.splitlines() if x.startswith("first_paint_epoch="))
        samples.append((float(line.split("=", 1)[1]) - start) * 1000)
    return samples


def _fill(folder: Path) -> None:
    from carerpassport.app import PassportApp

    app = PassportApp.create(folder, employee_name="Bench Mark", manager_name="Bob Smith", passphrase=PASSPHRASE).app
    # An employer's form, as a carer at work has: its questions, and its "Policies and contacts" page.
    app.templates.import_file(EMPLOYER_TEMPLATE)
    fields = app.template.employee_fields()
    for field in fields:
        text = field.choices[0] if field.kind == "choice" else f"An answer to {field.label} " * 12
        app.editing.set_answer(field.id, text, shared=True)
    for n in range(scaled(40)):
        app.editing.add_action(f"Action {n}: start at 10:00 on Tuesdays", kind="workload", status="agreed")
    text_fields = [f.id for f in fields if f.kind == "text"]
    for n in range(scaled(200, len(fields) + 3) - len(app.editing.history())):
        app.editing.set_answer(text_fields[n % len(text_fields)], f"Edit number {n}. " * 10)
    app.close()


def _ms(start: float) -> float:
    return round((CLOCK() - start) * 1000, 1)


def _turns_until(qapp: object, done: Callable[[], bool]) -> tuple[float, float]:
    """Run the event loop a turn at a time until ``done()``: (slowest turn, all of it), in ms."""
    slowest, start = 0.0, CLOCK()
    while not done():
        turn = CLOCK()
        qapp.processEvents()  # type: ignore[attr-defined]
        slowest = max(slowest, _ms(turn))
    return slowest, _ms(start)


def _child_after_unlock(folder: Path, *, wait_for_background: bool) -> dict[str, float]:
    """Runs in a fresh process, in the app's order: the window first, then the vault code, then unlock.

    ``wait_for_background``: let the window build the other pages in the background before showing them
    (what happens when someone reads the passport for a moment first); otherwise show them at once."""
    from PySide6.QtWidgets import QApplication

    from carerpassport.ui.main_window import VIEWS, MainWindow
    from carerpassport.ui.settings import AppSettings
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.theme import ThemeManager

    qapp = QApplication([])
    theme = ThemeManager(qapp)
    theme.apply("light", 100)
    runner = TaskRunner(qapp)
    window = MainWindow(settings=AppSettings(folder.parent / "settings.ini"), theme=theme, runner=runner,
                        data_dir=folder, keyring=None)
    window.resize(1180, 760)
    window.show()
    qapp.processEvents()
    figures = {"rss_locked_window_mb": rss_mb()}
    start = CLOCK()
    from carerpassport.app import PassportApp  # the app loads these in a worker after the first paint
    from carerpassport.ui.collector import freeze_long_lived
    from carerpassport.ui.unlock_flow import preload_modules

    preload_modules()
    figures["load_vault_code_ms"] = _ms(start)
    app = PassportApp.open(folder, passphrase=PASSPHRASE)  # a worker too (Argon2id), which also reads ahead
    app.editing.read_ahead()
    freeze_long_lived()  # and then freezes what is loaded (ui/dialogs/unlock.py: _opened_and_read)
    start = CLOCK()
    window.set_app(app)  # on the GUI thread: builds the page that shows
    window.repaint()
    figures["unlock_show_passport_ms"] = _ms(start)
    # then the shown section's question cards, made one per event-loop turn: the slowest turn counts
    editor = window.view("passport")
    figures["unlock_cards_slowest_turn_ms"], figures["unlock_cards_all_ms"] = _turns_until(
        qapp, lambda: not any(page.waiting() for page in editor._built.values()))  # type: ignore[union-attr]
    prefix = "first_show"
    if wait_for_background:
        prefix = "first_show_built_in_background"
        figures["background_build_slowest_turn_ms"], _ = _turns_until(
            qapp, lambda: all(spec.key in window.views for spec in VIEWS))
    for spec in VIEWS:  # every other page, the first time it is shown (on the GUI thread)
        start = CLOCK()
        window.show_view(spec.key)
        window.repaint()
        figures[f"{prefix}_{spec.key}_ms"] = _ms(start)
    figures[f"{prefix}_slowest_page_ms"] = max(figures[f"{prefix}_{spec.key}_ms"] for spec in VIEWS)
    figures.update(_passport_sections(qapp, window, prefix))
    qapp.processEvents()
    figures["rss_after_unlock_mb"] = rss_mb()
    import threading  # the dialogs' code, imported in the background after unlock: counted once it is in

    for thread in threading.enumerate():
        if thread.name == "carerpassport-warm-up":
            thread.join(60)
    figures["rss_after_warm_up_mb"] = rss_mb()
    start = CLOCK()
    window.lock()
    figures["lock_ms"] = _ms(start)
    window.close()
    runner.wait()
    return figures


def _passport_sections(qapp: object, window: object, prefix: str) -> dict[str, float]:
    """Back on the passport, every section not shown yet, the first time it is chosen: the "Sharing your
    passport" page (``{prefix}_section_sharing_ms``), the employer's "Policies and contacts" when the form has
    one (``{prefix}_section_employer_ms``), the others by their place in the list; then the slowest of the
    turns that make a question section's remaining cards."""
    from carerpassport.ui.views.editor_view import EMPLOYER_PAGE_TITLE

    window.show_view("passport")  # type: ignore[attr-defined]
    window.repaint()  # type: ignore[attr-defined]
    editor = window.view("passport")  # type: ignore[attr-defined]
    figures: dict[str, float] = {}
    cards_turn = 0.0
    for row in range(editor.sections.count()):
        if row not in editor._unbuilt:  # shown already (the section open at unlock)
            continue
        title = editor.sections.item(row).text()
        name = ("sharing" if row == editor._sharing_row else "employer" if title == EMPLOYER_PAGE_TITLE
                else f"row{row}")
        start = CLOCK()
        editor.show_section(row)
        window.repaint()  # type: ignore[attr-defined]
        figures[f"{prefix}_section_{name}_ms"] = _ms(start)
        slowest, _ = _turns_until(qapp, lambda: not any(page.waiting() for page in editor._built.values()))
        cards_turn = max(cards_turn, slowest)
    figures[f"{prefix}_slowest_section_ms"] = max(figures.values(), default=0.0)
    figures[f"{prefix}_section_cards_slowest_turn_ms"] = cards_turn
    return figures


def after_unlock() -> dict[str, float]:
    """Both orders: pages shown straight after unlock, and pages shown after the background has built them."""
    folder = scratch() / "vault"
    _fill(folder)
    result: dict[str, float] = {}
    for mode in ("--after-unlock", "--after-unlock-and-background"):
        runs: list[dict[str, float]] = []
        for _ in range(RUNS):
            done = subprocess.run([sys.executable, __file__, mode, str(folder)], capture_output=True, text=True,
                                  timeout=120, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                                                "XDG_CONFIG_HOME": str(folder.parent / "config")})
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        for key in runs[0]:
            if mode == "--after-unlock" or "background" in key:
                result.update(spread([run[key] for run in runs], key, 1))
    return result


def run() -> dict[str, object]:
    starts = cold_start_ms()
    figures: dict[str, object] = {
        "cold_start_first_paint_median_ms": round(statistics.median(starts), 1),
        "cold_start_first_paint_min_ms": round(min(starts), 1),
        "cold_start_first_paint_max_ms": round(max(starts), 1),
    }
    figures.update(after_unlock())
    figures["targets"] = {"rss_after_unlock_mb": 150, "rss_after_warm_up_mb": 150,
                          "unlock_show_passport_ms": 50, "unlock_cards_slowest_turn_ms": 50,
                          "first_show_slowest_page_ms": 50, "background_build_slowest_turn_ms": 50,
                          "first_show_built_in_background_slowest_page_ms": 50,
                          "first_show_slowest_section_ms": 50, "first_show_section_cards_slowest_turn_ms": 50}
    return figures


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("--after-unlock", "--after-unlock-and-background"):
        print(json.dumps(_child_after_unlock(Path(sys.argv[2]),
                                             wait_for_background=sys.argv[1].endswith("background"))), flush=True)
    else:
        print(json.dumps(run(), indent=2))
