"""Shared fixtures. Domain, vault and exchange tests need no QApplication.

Every test runs with its own TMPDIR, HOME-independent data folder and no OS keyring (unless it asks for
the real one with the ``keyring`` marker), so tests never touch a user's files or secrets.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English unless a run asks for another language (CARERPASSPORT_LANGUAGE=cy or en-XA), whatever
# the machine's locale (docs/translation.md).
os.environ.setdefault("CARERPASSPORT_LANGUAGE", "en")
#: The language this run speaks: ``make test`` runs the suite in English, then the unit and integration tests
#: again in Welsh and in the pseudo-language (a test that checks English sentences says so: ``english``).
SUITE_LANGUAGE = os.environ["CARERPASSPORT_LANGUAGE"]

from carerpassport.app import PassportApp  # noqa: E402
from carerpassport.domain import wording  # noqa: E402

PASSPHRASE = "correct horse battery staple"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
#: tests/frozen checks a built folder: only ``make frozen-test`` (which names the program) collects it.
collect_ignore = [] if os.environ.get("CARERPASSPORT_TEST_PROGRAM") else ["frozen"]
#: Programs a CI runner says it does not have, by name (``CARERPASSPORT_ABSENT_TOOLS="strace unshare"``: the
#: Windows and macOS workflows, where these Linux tools do not exist). A test needing one of them skips even
#: under CI, saying so; any other missing program still fails there.
ABSENT_TOOLS = frozenset(os.environ.get("CARERPASSPORT_ABSENT_TOOLS", "").split())


def require_tool(name: str) -> str:
    """Path of an external program; skip the test when missing (fail under CI, where it must be there, unless
    the runner declared it absent in ``CARERPASSPORT_ABSENT_TOOLS``)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (make test installs it: bash .ci/system-packages test)"
        if name in ABSENT_TOOLS:
            pytest.skip(f"{name} does not exist on this runner (CARERPASSPORT_ABSENT_TOOLS)")
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.delenv("CARERPASSPORT_PASSPHRASE", raising=False)
    monkeypatch.delenv("CARERPASSPORT_HOME", raising=False)
    if request.node.get_closest_marker("keyring") is None:
        monkeypatch.setenv("CARERPASSPORT_NO_KEYRING", "1")
    else:
        monkeypatch.delenv("CARERPASSPORT_NO_KEYRING", raising=False)


@pytest.fixture(autouse=True)
def _language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in the run's language (or English, marked ``english``), in this process and in any
    it starts: the command line, run in-process, sets the process's language, which would otherwise carry
    into the next test."""
    language = "en" if request.node.get_closest_marker("english") else SUITE_LANGUAGE
    monkeypatch.setenv("CARERPASSPORT_LANGUAGE", language)
    wording.use_language(language)
    yield
    wording.use_language(SUITE_LANGUAGE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def app(data_dir: Path) -> Iterator[PassportApp]:
    """A new vault with a passphrase, no keyring, employee Siân Jones and manager Bob Smith."""
    created = PassportApp.create(data_dir, employee_name="Siân Jones", manager_name="Bob Smith",
                                 passphrase=PASSPHRASE)
    yield created.app
    created.app.close()


@pytest.fixture
def filled_app(app: PassportApp) -> PassportApp:
    """A vault with shared and private answers, private notes and two actions."""
    app.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.", shared=True)
    app.editing.set_answer("caring.effect_on_work", "I may need to leave at short notice.", shared=True)
    app.editing.set_answer("caring.how_managing", "PRIVATE-ANSWER my sister helps on weekends.", shared=False)
    app.editing.set_answer("emergency.arrangements", "I will text my manager; Sam covers urgent calls.", shared=True)
    app.editing.set_answer("notes.private", "PRIVATE-NOTE remember to ask about carer's leave.")
    app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner="Bob Smith", status="agreed")
    app.editing.add_action("PRIVATE-ACTION ask HR about a career break", kind="leave", shared=False)
    return app


@pytest.fixture
def unique() -> str:
    return f"canary-{uuid.uuid4().hex}"
