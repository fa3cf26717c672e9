"""The garbage collector after unlock: what unlocking loaded is frozen (so a full collection does not pause
the first pages), locking thaws it, and a later freeze first collects what an earlier one kept."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.ui.collector import freeze_long_lived
from carerpassport.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401
from tests.ui.shell_support import unlock_with

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def thawed_after() -> Iterator[None]:
    """Whatever a test froze is given back, so the rest of the test run collects as usual."""
    gc.unfreeze()
    yield
    gc.unfreeze()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_unlocking_freezes_what_is_loaded_and_locking_thaws_it(shell_window: MainWindow, data_dir: Path,  # noqa: F811
                                                                qtbot) -> None:  # noqa: ANN001
    PassportApp.create(data_dir, employee_name="Siân Jones", passphrase=PASSPHRASE).app.close()
    shell_window.start()
    assert gc.get_freeze_count() == 0
    unlock_with(shell_window, qtbot, PASSPHRASE)
    assert gc.get_freeze_count() > 0  # the unlock worker froze what was loaded
    assert shell_window.lock()
    assert gc.get_freeze_count() == 0  # the closed vault's objects can be collected again


def test_a_freeze_first_collects_what_an_earlier_freeze_kept() -> None:
    kept = _Cycle()
    gone = weakref.ref(kept)
    gc.freeze()  # an earlier unlock (a restore closes the vault without locking, so nothing thawed it)
    del kept
    gc.collect()
    assert gone() is not None  # frozen: a collection does not see it
    freeze_long_lived()
    assert gone() is None
    assert gc.get_freeze_count() > 0
