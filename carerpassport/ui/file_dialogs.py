"""File choosers that start in the person's Documents folder and remember the last folder per kind.

Qt's choosers start in the program's working folder when given a bare file name, which for a desktop
launch is wherever the app was installed: a carer saving their passport found it next to the program.
Here every chooser starts in the folder last used for that kind of file (``settings.LAST_FOLDERS``:
PDF exports, received PDFs, encrypted copies, backups, cards, calendar files…), or in Documents (the
home folder if there is none). Only the folder is remembered, never the file's name, which may say
whose passport it is. The settings are the main window's, found through the chooser's parent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from carerpassport.ui.settings import LAST_FOLDERS, AppSettings


def settings_of(widget: QWidget | None) -> AppSettings | None:
    """The app settings of the window ``widget`` belongs to (dialogs sit over the main window)."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, AppSettings):
            return found
        widget = widget.parentWidget()
    return None


def start_folder(kind: str, parent: QWidget | None) -> Path:
    """Where the chooser for ``kind`` opens: the last folder used for it, else Documents, else home."""
    settings = settings_of(parent)
    if settings is not None:
        last = settings.get(LAST_FOLDERS[kind])
        if last and Path(last).is_dir():
            return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(kind: str, chosen: Path, parent: QWidget | None) -> None:
    settings = settings_of(parent)
    if settings is not None:
        settings.set(LAST_FOLDERS[kind], str(chosen.parent))


def save_file(parent: QWidget | None, kind: str, title: str, name: str, file_filter: str) -> Path | None:
    """Ask where to save a file, suggesting ``name`` in the kind's folder; None if cancelled."""
    suggested = start_folder(kind, parent) / Path(name).name
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    remember(kind, Path(path), parent)
    return Path(path)


def open_file(parent: QWidget | None, kind: str, title: str, file_filter: str) -> Path | None:
    """Ask which file to open, starting in the kind's folder; None if cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind, parent)), file_filter)
    if not path:
        return None
    remember(kind, Path(path), parent)
    return Path(path)
