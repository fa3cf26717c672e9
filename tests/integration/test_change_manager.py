"""A new line manager: only what was chosen goes to them (checked in the PDF's text and in the embedded
passport.json), the employee's own share choices stay as they were, the old manager's pin is retired
but kept, and the note says earlier arrangements must be agreed again."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from tests.cli_runner import Result, run_cli
from tests.conftest import PASSPHRASE, require_tool

OLD_FINGERPRINT = "ab" * 32


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)


def _embedded(path: Path) -> dict[str, object]:
    (data,) = PdfReader(io.BytesIO(path.read_bytes())).attachments["passport.json"]
    loaded: dict[str, object] = json.loads(data)
    return loaded


def _pdftotext(path: Path) -> str:
    tool = require_tool("pdftotext")
    text = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


@pytest.fixture
def with_old_pin(filled_app: PassportApp) -> PassportApp:
    filled_app.repo.add_pin("Bob Smith", OLD_FINGERPRINT, role="manager")
    filled_app.repo.add_pin("A colleague", "cd" * 32, role="contact")
    return filled_app


@pytest.mark.english
@pytest.mark.interop
def test_new_manager_export_holds_only_what_was_chosen(with_old_pin: PassportApp, tmp_path: Path) -> None:
    app = with_old_pin
    flags_before = {k: a.shared for k, a in app.editing.passport().answers.items()}
    change = app.shares.change_manager("Carol New", contact="carol@example.org", share_fields=["caring.effect_on_work"],
                                       confirm_outside_agreement=True)
    assert change.revision == app.editing.latest_revision().number
    assert app.editing.passport().manager.name == "Carol New" and change.previous.name == "Bob Smith"
    assert {k: a.shared for k, a in app.editing.passport().answers.items()} == flags_before
    assert "need to be agreed again" in change.note
    assert "does not guarantee that earlier arrangements continue" in change.note
    # the old manager's pin is retired, not deleted; a contact's pin is untouched
    pins = {p.fingerprint: p for p in app.repo.pins()}
    assert pins[OLD_FINGERPRINT].retired_at is not None and pins["cd" * 32].retired_at is None
    assert change.retired_pins == ("Bob Smith",)
    # the confirmation (the agreement does not allow a future manager yet) is logged with the change
    assert [e.kind for e in app.events()[-2:]] == ["manager_changed", "shared_outside_agreement"]

    out = tmp_path / "for-carol.pdf"
    result = app.pdfs.export_signed_pdf(out, recipient=change.manager.name, purpose="new line manager",
                                   fields=list(change.share_fields), include_actions=change.share_actions)
    text = _pdftotext(out)
    assert "I may need to leave at short notice." in text
    for not_chosen in ("I look after my father", "I will text my manager", "Start at 10:00 on Tuesdays",
                       "PRIVATE-ANSWER", "PRIVATE-NOTE", "PRIVATE-ACTION"):
        assert not_chosen not in text
    embedded = _embedded(out)
    assert embedded["answers"] == {"caring.effect_on_work": {"text": "I may need to leave at short notice."}}
    assert embedded["actions"] == [] and "private_notes" not in embedded
    assert embedded["manager"]["name"] == "Carol New"  # type: ignore[index]
    (share,) = app.shares.holdings("Carol New")
    assert share.fields == ["caring.effect_on_work"] and share.file_sha256 == result.sha256


@pytest.mark.english
def test_cli_change_manager_exports_nothing_until_chosen(filled_app: PassportApp, data_dir: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "for-dan.pdf"
    r = cli(data_dir, "change-manager", "--confirm-outside-agreement", "--name", "Dan Other", "--export", str(out))
    assert r.code == 0, r.err
    assert "need to be agreed again" in r.out and "Chosen to share with them: nothing yet" in r.out
    embedded = _embedded(out)
    assert embedded["answers"] == {} and embedded["actions"] == []
    (share,) = filled_app.shares.holdings("Dan Other")
    assert share.fields == [] and share.purpose == "new line manager"


@pytest.mark.english
def test_cli_change_manager_with_chosen_fields_and_actions(filled_app: PassportApp, data_dir: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "for-erin.pdf"
    r = cli(data_dir, "change-manager", "--confirm-outside-agreement", "--name", "Erin",
            "--share", "caring.responsibilities",
            "caring.how_managing", "--share-actions", "--export", str(out))
    assert r.code == 0, r.err
    assert "What are your caring responsibilities?" in r.out and "Agreed actions" in r.out
    assert "How are you managing at the moment? (you marked it private; shared because you named it)" in r.out
    embedded = _embedded(out)
    # a private answer the employee explicitly chose for this manager goes; unchosen shared ones do not
    assert sorted(embedded["answers"]) == ["caring.how_managing", "caring.responsibilities"]  # type: ignore[arg-type]
    assert [a["what"] for a in embedded["actions"]] == ["Start at 10:00 on Tuesdays"]  # type: ignore[index,union-attr]


@pytest.mark.english
def test_refusals_leave_the_vault_unchanged(with_old_pin: PassportApp, data_dir: Path) -> None:
    app = with_old_pin
    before = (app.editing.latest_revision().number, app.repo.pins(), len(app.events()))
    r = cli(data_dir, "change-manager", "--confirm-outside-agreement", "--name", "Carol",
            "--share", "caring.not_a_question")
    assert r.code == 1 and "no question" in r.err
    r = cli(data_dir, "change-manager", "--confirm-outside-agreement", "--name", "Carol",
            "--share", "support.what_would_help")
    assert r.code == 1 and "no answer yet" in r.err
    with pytest.raises(PassportError, match="already your line manager"):
        app.shares.change_manager("Bob Smith", confirm_outside_agreement=True)
    assert (app.editing.latest_revision().number, app.repo.pins(), len(app.events())) == before
