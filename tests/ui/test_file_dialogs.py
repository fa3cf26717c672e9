"""File choosers open in Documents (never the program's folder) and remember the last folder per kind.

Driven through the real dialogs' own "choose a file" steps over the real main window; Qt's chooser is
replaced by a stand-in that records the folder it was asked to open in and answers with a file. The
settings file is read back to prove only folders are stored: no file names, nothing from the passport.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.backup_dialog import BackupDialog, RestoreDialog
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.dialogs.import_dialog import ImportDialog
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import LAST_FOLDERS, AppSettings
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder; the program runs from somewhere else entirely."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return folder


class Chooser:
    """Stands in for Qt's file chooser: records where it opened, answers with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._ask))

    def _ask(self, parent: object, caption: str, directory: str = "", file_filter: str = "") -> tuple[str, str]:
        self.opened_in.append(directory)
        return self.answer, file_filter


def test_choosers_start_in_documents_and_remember_each_kind_of_file(
        shell_window: MainWindow, filled_app: PassportApp, shell_settings: AppSettings,  # noqa: F811
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = Chooser(monkeypatch)
    shell_window.set_app(filled_app)
    documents = home / "Documents"
    usb = tmp_path / "usb stick"
    usb.mkdir()
    export = ExportDialog(filled_app, shell_window.runner, shell_window)

    chooser.answer = ""  # cancelled: nothing is remembered
    assert export._ask_where_to_save() is None
    assert Path(chooser.opened_in[-1]).parent == documents  # a suggested name in Documents
    assert not Path(chooser.opened_in[-1]).parent.samefile(Path.cwd())
    chooser.answer = str(usb / "carers-passport-Siân-Jones.pdf")
    assert export._ask_where_to_save() == usb / "carers-passport-Siân-Jones.pdf"
    assert export._ask_where_to_save() is not None
    assert Path(chooser.opened_in[-1]).parent == usb  # the next export opens where the last one went

    # another kind of file has its own folder: still Documents
    importer = ImportDialog(filled_app, shell_window.runner, shell_window)
    chooser.answer = ""
    importer._choose()
    assert Path(chooser.opened_in[-1]) == documents
    backup = BackupDialog(filled_app, shell_window.runner, shell_window)
    backups = tmp_path / "backups"
    backups.mkdir()
    chooser.answer = str(backups / "passport vault.cpbackup")
    backup._ask_where()
    restore = RestoreDialog(shell_window.data_dir or tmp_path, shell_window.runner, shell_window)
    chooser.answer = ""
    restore._browse()
    assert Path(chooser.opened_in[-1]) == backups  # a restore looks where the backup was saved

    # Only folders are stored, never a file's name or anything from the passport.
    shell_settings.sync()
    stored = {key: shell_settings.store.value(key) for key in shell_settings.store.allKeys()}
    assert stored[LAST_FOLDERS["exports"].key] == str(usb)
    assert stored[LAST_FOLDERS["backups"].key] == str(backups)
    assert LAST_FOLDERS["received"].key not in stored
    text = Path(shell_settings.store.fileName()).read_text(encoding="utf-8")
    assert "Siân" not in text and "carers-passport" not in text and ".pdf" not in text


def test_a_folder_that_is_gone_falls_back_to_documents(
        shell_window: MainWindow, filled_app: PassportApp, shell_settings: AppSettings,  # noqa: F811
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = Chooser(monkeypatch)
    shell_window.set_app(filled_app)
    shell_settings.set(LAST_FOLDERS["exports"], str(tmp_path / "unplugged stick"))
    export = ExportDialog(filled_app, shell_window.runner, shell_window)
    export._ask_where_to_save()
    assert Path(chooser.opened_in[-1]).parent == home / "Documents"
    os.rmdir(home / "Documents")  # no Documents folder at all: home
    export._ask_where_to_save()
    assert Path(chooser.opened_in[-1]).parent == home
