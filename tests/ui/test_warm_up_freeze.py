"""The PDF libraries' warm-up freezes what it loaded (so later full collections stop walking pyHanko's objects
with every thread stopped), adding to what unlock froze rather than thawing it, and locking thaws it all.

In a fresh process: pyHanko must not be imported yet for the warm-up to load it (the test process has it)."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = """
import gc, json
from carerpassport.ui import collector, warm_up

class Cycle:
    def __init__(self):
        self.me = self

unlocked = Cycle()  # alive at unlock: frozen by it
collector.freeze_long_lived()
frozen_at_unlock = gc.get_freeze_count()
garbage = Cycle()  # made after unlock, already garbage when pyHanko is loaded
import weakref
garbage_ref = weakref.ref(garbage)
del garbage
warm_up.warm_pdf_modules_in_background(("pyhanko.sign.validation",)).join(120)
import pyhanko.sign.validation as validation

def seen_by_collector(thing):
    return any(o is thing for o in gc.get_objects())

result = {
    "unlock_count": frozen_at_unlock,
    "after_count": gc.get_freeze_count(),
    "pyhanko_seen": seen_by_collector(validation.validate_pdf_signature),
    "unlock_object_seen": seen_by_collector(unlocked),
    "garbage_collected_first": garbage_ref() is None,
}
collector.thaw()  # the vault locks
result["after_lock_count"] = gc.get_freeze_count()
result["pyhanko_seen_after_lock"] = seen_by_collector(validation.validate_pdf_signature)
print(json.dumps(result))
"""


def test_loading_pyhanko_in_the_warm_up_freezes_it_on_top_of_unlock_and_locking_thaws_it() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["unlock_count"] > 0
    assert result["after_count"] > result["unlock_count"]  # pyHanko's objects added to the frozen ones
    assert not result["pyhanko_seen"]  # a later collection does not walk pyHanko's functions
    assert not result["unlock_object_seen"]  # what unlock froze stays frozen (no thaw in between)
    assert result["garbage_collected_first"]  # what was garbage by then was collected, not frozen
    assert result["after_lock_count"] == 0 and result["pyhanko_seen_after_lock"]
