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

import gc


def freeze_long_lived() -> None:
    """Collect once, then exclude every object alive now from later collections (any thread). What an
    earlier unlock froze is collected again first (a restore closes the vault without locking)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let the collector see the frozen objects again (the vault is locking: what it held may be freed)."""
    gc.unfreeze()
