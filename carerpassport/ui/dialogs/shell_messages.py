"""The main window's small message boxes: a change that cannot be saved, keyboard shortcuts, about."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QMessageBox, QWidget

from carerpassport.ui.menu_specs import SHORTCUTS


def ask_to_discard(parent: QWidget, problem: str, *, quitting: bool = False) -> bool:
    """Ask whether to lock (or quit) although a change could not be saved; "Stay and fix it" is the default."""
    verb = "Quit" if quitting else "Lock"
    box = QMessageBox(QMessageBox.Icon.Warning, "A change is not saved",
                      f"{problem}\n\nIf you {verb.lower()} now, that change is lost. Stay to fix it (for example "
                      "shorten the answer), or copy the text somewhere safe first.", parent=parent)
    stay = box.addButton("&Stay and fix it", QMessageBox.ButtonRole.RejectRole)
    box.addButton(f"{verb} &anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


def show_shortcuts(parent: QWidget, hidden: Collection[str] = ()) -> None:
    """The keys that work everywhere, less ``hidden`` (the keys of actions hidden for this vault's role)."""
    text = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in SHORTCUTS
                   if keys not in hidden)
    QMessageBox.information(parent, "Keyboard shortcuts", f"<table>{text}</table>")


def show_about(parent: QWidget) -> None:
    from carerpassport import __version__

    QMessageBox.about(parent, "About Carer's Passport",
                      f"<p><b>Carer's Passport</b> {__version__}</p><p>Your passport stays on this computer, "
                      "encrypted. This app makes no network connections.</p>")
