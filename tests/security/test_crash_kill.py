"""Killing the app at any moment loses no saved edit and leaves an openable vault."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from carerpassport.app import PassportApp
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent("""
    import sys
    from carerpassport.app import PassportApp
    app = PassportApp.open(sys.argv[1], passphrase=sys.argv[2])
    start = int(sys.argv[3])
    i = start
    while True:
        app.editing.set_answer("caring.responsibilities", f"edit {i}")
        if i % 7 == 0:
            app.editing.add_action(f"action {i}")
        print(i, flush=True)   # printed only after the save returned
        i += 1
""")


def test_sigkill_while_saving_never_loses_a_returned_save(data_dir: Path) -> None:
    PassportApp.create(data_dir, passphrase=PASSPHRASE).app.close()
    rng = random.Random(1234)
    next_value = 0
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE, str(next_value)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait for the first completed save
        assert first.strip(), "child made no save"
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        rest = proc.stdout.read()
        proc.stdout.close()
        confirmed = [int(v) for v in (first + rest).split()]
        app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
        try:
            saved = int(app.editing.passport().answer("caring.responsibilities").text.split()[1])
            assert saved >= confirmed[-1], f"save {confirmed[-1]} returned but the vault holds {saved}"
            app.repo.verify_chain()
        finally:
            app.close()
        next_value = saved + 1


AMENDING_CHILD = textwrap.dedent("""
    import sys
    from carerpassport.app import PassportApp
    from carerpassport.domain.model import Answer
    app = PassportApp.open(sys.argv[1], passphrase=sys.argv[2])
    i = int(sys.argv[3])
    while True:  # the GUI's autosave: after the first save each one replaces the session's version
        passport = app.editing.passport()
        passport.answers["caring.responsibilities"] = Answer(text=f"edit {i}")
        app.editing.save(passport, autosave=True)
        print(i, app.editing.latest_revision().number, flush=True)   # printed only after the save returned
        i += 1
""")


def test_sigkill_while_amending_leaves_the_old_or_the_new_text(data_dir: Path) -> None:
    PassportApp.create(data_dir, passphrase=PASSPHRASE).app.close()
    rng = random.Random(4321)
    next_value, versions = 0, 1
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", AMENDING_CHILD, str(data_dir), PASSPHRASE, str(next_value)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        lines = [proc.stdout.readline(), proc.stdout.readline()]  # the appended version, then one amend
        assert all(line.strip() for line in lines), "child made no amend"
        time.sleep(rng.uniform(0.0, 0.1))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        output = lines[0] + lines[1] + proc.stdout.read()
        proc.stdout.close()
        confirmed = [line.split() for line in output.split("\n")[:-1]]  # whole lines only: the kill may cut one
        assert len({number for _, number in confirmed}) == 1  # every save of the session went into one version
        app = PassportApp.open(data_dir, passphrase=PASSPHRASE)
        try:
            saved = int(app.editing.passport().answer("caring.responsibilities").text.split()[1])
            # the last returned save or a later one being written when the kill came: never older, never neither
            assert int(confirmed[-1][0]) <= saved <= int(confirmed[-1][0]) + 2
            assert len(app.editing.history()) == versions + 1
            app.repo.verify_chain()
            assert app.integrity.check_integrity().revisions == versions + 1
        finally:
            app.close()
        next_value, versions = saved + 1, versions + 1
