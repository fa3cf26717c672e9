"""The main window's small message boxes: a change that cannot be saved, keyboard shortcuts, about."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carerpassport.ui.menu_specs import SHORTCUTS
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import close_button_box, heading_label, set_accessible, title_window
from carerpassport.ui.widgets.screen_area import available_size

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


def about_box(parent: QWidget, data_dir: Path, settings_file: str = "") -> QDialog:
    """Help › About: the version, that the app never goes online, where the passport and the settings are kept
    (read-only fields, to select and copy), and the licence. A dialog, so at 200 % text it scrolls on a small
    screen (the main window's screen fit). ``paths`` holds the fields shown, data folder first."""
    from carerpassport import __version__

    box = QDialog(parent)
    title_window(box, translate("ShellMessages", "About Carer's Passport"),
                 translate("ShellMessages", "The app's version and licence, where your passport is kept, and that "
                           "the app never goes online."))
    layout = QVBoxLayout(box)
    layout.addWidget(heading_label(translate("ShellMessages", "Carer's Passport"), box))
    #: {version} is the app's version number, e.g. 1.2.0.
    layout.addWidget(QLabel(translate("ShellMessages", "Version {version}").format(version=__version__), box))

    layout.addWidget(_subheading(translate("ShellMessages", "It never goes online"), box))
    layout.addWidget(_sentences(translate(
        "ShellMessages", "Carer's Passport never connects to the internet or to any other network: no account, no "
        "telemetry, no update checks. Nothing leaves this computer unless you export it, back it up or share it "
        "yourself. A web or email link you click in your employer's details opens in your own browser or email "
        "program."), box))

    layout.addWidget(_subheading(translate("ShellMessages", "Where your passport is kept"), box))
    layout.addWidget(_sentences(translate(
        "ShellMessages", "Only on this computer, encrypted, in its data folder. To keep a copy somewhere safe, back "
        "up this folder or use File › Back up."), box))
    form = QFormLayout()
    paths = [_path_row(form, translate("ShellMessages", "&Data folder"), str(data_dir), box)]
    if settings_file and Path(settings_file).parent != Path(data_dir):  # else the folder above says it
        paths.append(_path_row(form, translate("ShellMessages", "&Settings file"), settings_file, box))
    box.paths = paths  # type: ignore[attr-defined]
    layout.addLayout(form)
    if len(paths) > 1:
        layout.addWidget(_sentences(translate(
            "ShellMessages", "The settings file holds only the app's own settings (such as the window's size, the "
            "text size and the language), nothing from your passport."), box))

    layout.addWidget(_subheading(translate("ShellMessages", "Licence"), box))
    layout.addWidget(_sentences(translate(
        "ShellMessages", "GNU General Public License, version 3 or any later version (GPL-3.0-or-later)"), box))
    layout.addWidget(_sentences(translate(
        "ShellMessages", "Carer's Passport is free software: you may use it, share it and change it under this "
        "licence. It comes with no warranty."), box))
    buttons = close_button_box(box)
    layout.addWidget(buttons)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setDefault(True)
    close.setFocus()  # Enter or Escape closes; Tab reaches the paths' fields, to copy one
    return box


def _subheading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "subheading")
    label.setContentsMargins(0, label.fontMetrics().height() // 2, 0, 0)  # air above: a new part starts
    return label


def _sentences(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _path_row(form: QFormLayout, name: str, path: str, parent: QWidget) -> QLineEdit:
    """A read-only field showing ``path`` in full when the screen has room (else it scrolls, and its tooltip
    has it all), labelled ``name`` with an underlined letter that moves the focus to it."""
    field = QLineEdit(path, parent)
    field.setReadOnly(True)
    field.setCursorPosition(0)
    field.setToolTip(path)
    plain = name.replace("&&", "\0").replace("&", "").replace("\0", "&")
    set_accessible(field, plain, path)
    # 2 × (1 px margin + 1 px border + 4 px padding) + Qt's 2 px text margins, and a little air
    wanted = field.fontMetrics().horizontalAdvance(path) + 24
    field.setMinimumWidth(min(wanted, available_size(parent).width() * 2 // 3))
    label = QLabel(name, parent)
    label.setBuddy(field)
    form.addRow(label, field)
    return field
