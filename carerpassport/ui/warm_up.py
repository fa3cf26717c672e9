"""Import the feature dialogs' code in the background once the passport is unlocked.

The dialogs behind the menus need the PDF and signing libraries (pyHanko, reportlab: most of a second
of imports on a 2-core machine). Imported when first chosen, that second would be spent on the GUI
thread: opening "Export for my manager…" froze the window for ~400-900 ms. A daemon thread imports
them instead, a little after unlock (the passport page and its cards come first). Imports only, never a
widget; a module the person opens meanwhile waits on Python's per-module import lock, no longer than it
would have taken anyway. A module that fails to import is left for the menu to report when chosen.
"""

from __future__ import annotations

import contextlib
import importlib
import threading

from carerpassport.ui.menu_specs import DIALOGS

#: Seconds after unlock before the imports start: the first paint of the passport is not slowed.
START_AFTER_S = 0.8

#: What the dialogs load when used, beyond their own modules (their workers import these lazily).
LIBRARIES = ("carerpassport.exchange.pdf_sign", "carerpassport.exchange.pdf_render",
             "carerpassport.exchange.countersign", "carerpassport.exchange.countersigned_import",
             "carerpassport.usecases.countersigned_accept", "carerpassport.exchange.bundle")

_started = threading.Event()


def warm_dialogs_in_background() -> None:
    """Start (once per process) a daemon thread that imports every feature dialog and the libraries."""
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_import_all, name="carerpassport-warm-up", daemon=True).start()


def _import_all() -> None:
    threading.Event().wait(START_AFTER_S)
    modules = dict.fromkeys([*(spec.module for spec in DIALOGS), "carerpassport.ui.dialogs.settings_dialog",
                             *LIBRARIES])
    for name in modules:
        # ImportError: a broken build, reported by the menu when that dialog is chosen. RuntimeError:
        # importlib's deadlock guard, when the GUI thread is importing the same modules at that moment
        # (it then finishes the import itself).
        with contextlib.suppress(ImportError, RuntimeError):
            importlib.import_module(name)
