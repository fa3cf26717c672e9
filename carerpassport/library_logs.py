"""What the libraries we use may log, decided once by each front end at start-up (never at import).

pyHanko logs a warning with a full traceback when difference analysis meets a change it cannot explain
or a signature it cannot read; with no logging configured, Python's last-resort handler prints those on
stderr. We report each such finding as a sentence, and a traceback may quote a document's objects, so
the CLI and the GUI call :func:`keep_library_logs_quiet` first thing in ``main``. Library code never
configures logging itself: what a check finds must not depend on which module was imported first.
"""

from __future__ import annotations

import logging

#: Loggers of the libraries whose records may carry a document's content.
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator")


def keep_library_logs_quiet() -> None:
    """Keep those libraries' records off the terminal (idempotent: one handler per logger).

    A handler on the library's logger stops Python's last-resort handler from printing; records still
    propagate, so a root handler someone configured on purpose (a test's log capture) still sees them.
    """
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
