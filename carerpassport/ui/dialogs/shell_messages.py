"""The main window's small message boxes: a change that cannot be saved, keyboard shortcuts, about."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from carerpassport.ui.menu_specs import SHORTCUTS
from carerpassport.ui.widgets.accessible import close_button_box, title_window

translate = QCoreApplication.translate


def ask_to_discard(parent: QWidget, problem: str, *, quitting: bool = False) -> bool:
    """Ask whether to lock (or quit) although a change could not be saved; "Stay and fix it" is the default."""
    box, stay = discard_box(parent, problem, quitting=quitting)
    box.exec()
    return box.clickedButton() is not stay


def discard_box(parent: QWidget, problem: str, *, quitting: bool = False) -> tuple[QMessageBox, QAbstractButton]:
    """The question :func:`ask_to_discard` asks, and its "Stay and fix it" button."""
    if quitting:
        #: {problem} is why the change could not be saved.
        text = translate("ShellMessages", "{problem}\n\nIf you quit now, that change is lost. Stay to fix it (for "
                         "example shorten the answer), or copy the text somewhere safe first.")
        anyway = translate("ShellMessages", "Quit &anyway")
    else:
        text = translate("ShellMessages", "{problem}\n\nIf you lock now, that change is lost. Stay to fix it (for "
                         "example shorten the answer), or copy the text somewhere safe first.")
        anyway = translate("ShellMessages", "Lock &anyway")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ShellMessages", "A change is not saved"),
                      text.format(problem=problem), parent=parent)
    stay = box.addButton(translate("ShellMessages", "&Stay and fix it"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(anyway, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    return box, stay


def shortcuts_box(parent: QWidget, hidden: Collection[str] = ()) -> QDialog:
    """The keys that work everywhere, less ``hidden`` (the keys of actions hidden for this vault's role): a
    dialog rather than a message box, so at 200 % text the list scrolls on a small screen (the main window's
    screen fit) instead of running off it. ``text_label`` holds the list."""
    keys_heading, what_heading = translate("ShellMessages", "Keys"), translate("ShellMessages", "What they do")
    #: The column headings of the list of keyboard shortcuts.
    head = f"<tr><th align='left'>{keys_heading}&nbsp;&nbsp;</th><th align='left'>{what_heading}</th></tr>"
    rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{translate('MainWindow', what)}</td></tr>"
                   for keys, what in SHORTCUTS if keys not in hidden)
    box = QDialog(parent)
    title_window(box, translate("ShellMessages", "Keyboard shortcuts"),
                 translate("ShellMessages", "The keys that work everywhere in the app."))
    layout = QVBoxLayout(box)
    box.text_label = QLabel(f"<table>{head}{rows}</table>", box)  # type: ignore[attr-defined]
    box.text_label.setWordWrap(True)  # type: ignore[attr-defined]
    layout.addWidget(box.text_label)  # type: ignore[attr-defined]
    layout.addWidget(close_button_box(box))
    return box


def show_shortcuts(parent: QWidget, hidden: Collection[str] = ()) -> None:
    shortcuts_box(parent, hidden).exec()


def about_box(parent: QWidget) -> QMessageBox:
    from carerpassport import __version__

    #: {version} is the app's version number, e.g. 1.2.0.
    text = translate("ShellMessages", "<p><b>Carer's Passport</b> {version}</p><p>Your passport stays on this "
                     "computer, encrypted. This app makes no network connections.</p>").format(version=__version__)
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("ShellMessages", "About Carer's Passport"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("ShellMessages", "OK"))
    return box


def show_about(parent: QWidget) -> None:
    about_box(parent).exec()
