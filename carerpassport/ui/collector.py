"""Keep Python's cyclic garbage collector from pausing the GUI thread after unlock.

Unlocking imports the vault code and every page's module (hundreds of thousands of objects). Python's
collector then runs a *full* collection soon after, whenever enough new objects have survived: that
walks every object in the process, 16-20 ms with every thread stopped (18 ms measured inside the first
showing of Agreed actions, and inside the background build of the pages, in bench_gui), and it fell in
whichever click came next. Nearly all of those objects live as long as the process (modules, classes,
functions), so walking them again finds nothing.

:func:`freeze_long_lived` runs in the unlock worker, once the vault is open: one collection there (the
unlock dialog's busy bar is all the GUI thread shows meanwhile), then ``gc.freeze()``, which moves every
object that exists now out of the collector's sight. Later collections walk only what was made after
unlock (the pages' widgets, the rows read), a small fraction. Objects freed by their reference count are
freed as before; only cyclic garbage among the frozen objects would wait, so :func:`thaw` gives them back
to the collector when the vault locks, before the collection that frees the closed vault.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def freeze_long_lived() -> None:
    """Collect once, then exclude every object alive now from later collections (any thread). What an
    earlier unlock froze is collected again first (a restore closes the vault without locking)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let the collector see the frozen objects again (the vault is locking: what it held may be freed)."""
    gc.unfreeze()


def freeze_added() -> None:
    """Collect once, then move what is alive now out of later collections' sight, on top of what unlock
    froze: after the PDF warm-up, pyHanko's modules, classes and tables (a few hundred thousand objects, as
    many again as unlock left), which every later full collection would otherwise walk with every thread
    stopped, the GUI thread included. Not thawed first, unlike :func:`freeze_long_lived`: a thaw would make
    this collection walk all of unlock's objects too (16-20 ms of everything stopped) to find nothing.
    Locking thaws it all (:func:`thaw`)."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def garbage_collected_after() -> Iterator[None]:
    """Run a worker's PDF check with the cyclic garbage collector paused, then collect its young generations.

    pyHanko's objects point back at their reader, so each check of a countersigned copy leaves some 7,000
    objects that only the collector frees. Collected as they came, the objects the check was still using were
    promoted, and every fourth check or so paid a full collection in the middle (70 ms of CPU here, with
    every thread stopped, the GUI thread included): the import's p99. Paused, they are all garbage by the
    end and die in the young generations (7 ms, in the worker); a check costs the same CPU in all.
    Global to the process, as the collector is: another thread's garbage waits for the end too."""
    was_enabled = gc.isenabled()  # the start-up path turns it off until the first paint
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect(1)
