"""Start the desktop app: core dumps off, one QApplication, the main window, then first run or unlock.

The first window must paint fast, so this module and the main window import only Qt and the small UI
modules; the vault, cryptography and the views are imported after the first paint (``MainWindow.start``)
or when first needed. What the first screen does not show waits for its first paint too: the window
icon (an SVG, which loads Qt's SVG plugin), the SIGTERM/logout route (a socket pair; before the first
paint there is nothing to save), and the main window's actions, menus' contents, toolbar and navigation
(``defer_chrome``). The first frame uses no enum of PySide6's ``Qt`` namespace (building it is the
largest single cost before the window: see ``ui/qt_namespace.py``), so the "system" theme's first colours
come from Qt's palette and Qt's colour scheme is asked after the paint.
``tests/ui/test_startup_imports.py`` keeps the heavy modules and the ``Qt`` namespace out.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from typing import TYPE_CHECKING

from carerpassport import APP_ID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from carerpassport.ui.main_window import MainWindow

#: Set to report the moment of the first paint (``first_paint_epoch=…`` on stdout) and quit: benchmarks.
ENV_REPORT_FIRST_PAINT = "CARERPASSPORT_REPORT_FIRST_PAINT"


def disable_core_dumps() -> bool:
    """A core dump would hold the vault key and the passport in plain text: turn them off (KeePassXC)."""
    try:
        import resource
    except ImportError:  # Windows: no core dumps in this sense
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def scan_sources_quickly() -> None:
    """Let PySide6 ask "does this module use PySide6?" of each module imported after it by reading the
    file's bytes, not through ``inspect.getsource``.

    PySide6 (``shibokensupport.feature``, for its opt-in ``__feature__`` switches) asks it of every
    module imported once it is loaded, by searching the source for "PySide6"; through ``inspect`` and
    ``linecache`` that was about 0.3 ms a module, some 7 ms for our modules before the first paint. The
    answer is the same: "PySide6" in the source file's bytes; anything that is not a readable ``.py``
    file is asked the library's own way. If a PySide6 release no longer has that function, nothing
    is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    library_scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or library_scan is None or getattr(library_scan, "reads_bytes", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(library_scan(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a module mypy has no stubs for


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the exit status."""
    # No cyclic garbage collection until the first paint: importing PySide6 and building the first
    # frame make some 20,000 objects that all live on, and the collector walked them 35 times on the
    # way (CPU time of a fresh process to its first paint 169 -> 160 ms, 1.17x -> 1.11x the bare
    # PySide6 floor: docs/startup.md, fourth round). Nothing there leaves garbage cycles worth
    # collecting; the collector is on again after that paint, before the unlock flow
    # (tests/ui/test_startup_gc.py).
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()  # if the window never painted (the report path quits at once, or a start failed)


def _run(argv: list[str] | None) -> int:
    disable_core_dumps()
    from carerpassport.library_logs import keep_library_logs_quiet

    keep_library_logs_quiet()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QGuiApplication

    scan_sources_quickly()
    from carerpassport.ui.main_window import MainWindow
    from carerpassport.ui.settings import LANGUAGE, TEXT_SIZE, THEME, AppSettings
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.theme import ThemeManager, new_application

    QGuiApplication.setDesktopFileName(APP_ID)
    qapp = new_application(list(sys.argv if argv is None else argv))
    qapp.setApplicationName("CarerPassport")
    qapp.setOrganizationName("CarerPassport")
    qapp.setOrganizationDomain("carerpassport.org")
    settings = AppSettings()
    # before any window is built: widgets take their words when they are made (docs/translation.md)
    from carerpassport.ui.translation import install_translation

    install_translation(qapp, settings.get(LANGUAGE))
    qapp.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Carer's Passport"))
    theme = ThemeManager(qapp)
    theme.apply_first_frame(settings.get(THEME), settings.get(TEXT_SIZE))
    runner = TaskRunner(qapp)
    window = MainWindow(settings=settings, theme=theme, runner=runner, defer_chrome=True)
    if os.environ.get(ENV_REPORT_FIRST_PAINT):
        def report() -> None:
            print(f"first_paint_epoch={time.time():.6f}", flush=True)
            QTimer.singleShot(0, qapp.quit)

        window.first_painted.connect(report)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _after_first_paint(qapp, window)))
    window.show()
    status = qapp.exec()
    runner.wait()
    return status


def _after_first_paint(qapp: QApplication, window: MainWindow) -> None:
    """The icon, the SIGTERM route, then first run or unlock (which loads the vault code in a worker)."""
    gc.enable()  # off since main() began (see there)
    from carerpassport.ui.translation import speak_below_gui

    speak_below_gui()  # before the vault code loads: its error sentences in the GUI's language
    from PySide6.QtGui import QIcon

    from carerpassport.ui.session_end import SessionEnd

    window.theme.confirm_system_scheme()  # the first frame's "system" colours came from Qt's palette
    icon = _icon_path()
    if icon:
        qapp.setWindowIcon(QIcon(icon))
    SessionEnd(qapp, window)  # SIGTERM (logout, shutdown) saves the last typing before the app quits
    window.start()


def _icon_path() -> str | None:
    from carerpassport.resource_files import resources_root

    try:
        node = resources_root() / "icons" / f"{APP_ID}.svg"
        return str(node) if node.is_file() else None
    except (OSError, ModuleNotFoundError):
        return None
