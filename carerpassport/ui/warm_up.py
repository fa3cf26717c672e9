"""Import the feature dialogs' own code in the background once the passport is unlocked.

Each dialog's module costs 5-40 ms to import, on the GUI thread when the dialog is first chosen; a
daemon thread imports them instead, a little after unlock (the passport page and its cards come first).
Imports only, never a widget; a module the person opens meanwhile waits on Python's per-module import
lock, no longer than it would have taken anyway. A module that fails to import is left for the menu to
report when chosen.

The PDF and signing libraries (pyHanko, reportlab) are NOT imported here: they add ~50 MB resident
(the vault after unlock must stay under 150 MB) and the dialogs' workers import them when they run. So a
dialog's module must not import them at module level (tests/ui/test_warm_up.py checks): opening "Export
for my manager…" used to import pyHanko on the GUI thread, a 400-900 ms freeze.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading

from carerpassport.ui import collector
from carerpassport.ui.menu_specs import DIALOGS

#: Seconds after unlock before the imports start: the first paint of the passport is not slowed.
START_AFTER_S = 0.8

#: Dialog modules that still import pyHanko at module level; left to load when chosen. None now: the
#: countersign dialog and the passport reader import the PDF modules only in their workers.
NOT_WARMED: frozenset[str] = frozenset()


def warmed_modules() -> list[str]:
    """The modules the warm-up imports, in menu order."""
    names = [*(spec.module for spec in DIALOGS), "carerpassport.ui.dialogs.settings_dialog"]
    return [name for name in dict.fromkeys(names) if name not in NOT_WARMED]

_started = threading.Event()


def warm_dialogs_in_background() -> None:
    """Start (once per process) a daemon thread that imports every feature dialog and the libraries."""
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_import_all, name="carerpassport-warm-up", daemon=True).start()


#: What checking a countersigned copy imports in its worker (pyHanko's reader and validation: ~150 ms on
#: this machine's CPU, and its memory): Import countersigned copy, and Open encrypted copy (which checks
#: the PDF inside the bundle).
PDF_CHECKING_MODULES = (
    "carerpassport.exchange.pdf_reading",
    "carerpassport.exchange.pdf_report",
    "carerpassport.exchange.countersigned_import",
    "carerpassport.usecases.countersigned_accept",
    "pyhanko.pdf_utils.filters",  # imported by pyHanko on its first stream decode
    "carerpassport.domain.fingerprint_words",
)
#: What the countersign dialog's worker imports to read an employee's export and countersign it.
COUNTERSIGNING_MODULES = ("carerpassport.exchange.pdf_reading", "carerpassport.exchange.countersign")

_pdf_lock = threading.Lock()
_pdf_requested: set[str] = set()


def warm_pdf_modules_in_background(modules: tuple[str, ...] = PDF_CHECKING_MODULES) -> threading.Thread | None:
    """Import ``modules`` in a daemon thread, each once per process; the thread, or None if all were asked.

    Called when a dialog that checks a PDF opens: while the person chooses a file, which takes them
    seconds, pyHanko is imported, so the check starts at once instead of paying for the import first.
    Not at unlock (the memory is paid only by someone about to check a PDF), and never on the GUI thread.
    """
    with _pdf_lock:
        wanted = [name for name in modules if name not in _pdf_requested]
        _pdf_requested.update(wanted)
    if not wanted:
        return None
    thread = threading.Thread(target=_import_each, args=(wanted,), name="carerpassport-pdf-warm-up", daemon=True)
    thread.start()
    return thread


def _import_each(names: list[str]) -> None:
    loads_pyhanko = "pyhanko" not in sys.modules
    for name in names:
        # As in _import_all: a broken build is reported by the worker that needs the module (it imports it
        # again); RuntimeError is importlib's deadlock guard when that worker is importing it at this moment.
        with contextlib.suppress(ImportError, RuntimeError):
            importlib.import_module(name)
    # Importing pyHanko leaves Python's oldest generation close to its next full collection, which then fell
    # in the middle of the check: ~45 ms with every thread stopped, the GUI thread included (seen in
    # bench_interactions). One now, while the person is still choosing the file, moves it well past the check.
    # Only after pyHanko's own import (half a second after the dialog opened): otherwise the modules came fast
    # and the collection would stop the dialog's first paint instead.
    if loads_pyhanko:
        collector.freeze_added()
    if "carerpassport.domain.fingerprint_words" in names:
        from carerpassport.resource_files import fingerprint_wordlist

        # The word list the check reads the manager's fingerprint aloud with (a resource file, cached).
        with contextlib.suppress(OSError):
            fingerprint_wordlist()


def _import_all(delay_s: float = START_AFTER_S) -> None:
    threading.Event().wait(delay_s)
    for name in warmed_modules():
        # ImportError: a broken build, reported by the menu when that dialog is chosen. RuntimeError:
        # importlib's deadlock guard, when the GUI thread is importing the same modules at that moment
        # (it then finishes the import itself).
        with contextlib.suppress(ImportError, RuntimeError):
            importlib.import_module(name)
