"""What the main window can show and open: its pages (views) and the dialogs behind its menus.

Declared as data so the window builds its navigation, menus and shortcuts from one list, and so a test
can import and construct every one of them. The classes are imported only when first needed (the first
window paints before the vault, cryptography and views are loaded). PyInstaller cannot follow these
imports by name; its spec in ``packaging/`` collects every ``carerpassport`` submodule instead.
The words are marked for the translator (``QT_TRANSLATE_NOOP``) and translated when shown (``shown_title()``
and the like): this list is read before the translator is installed.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication

from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

UI = "carerpassport.ui"


@dataclasses.dataclass(frozen=True)
class ViewSpec:
    """A page of the main window, built as ``Cls(app, runner, parent)`` when the vault is unlocked."""

    key: str
    title: str
    module: str
    cls: str
    shortcut: str
    description: str
    in_navigation: bool = True
    #: A manager's home: in the navigation (first, for someone here only as a manager) when the vault's
    #: role receives passports (see :class:`~carerpassport.domain.roles.Role`).
    manager_home: bool = False

    def shown_title(self) -> str:
        """The title in the reader's language (``title`` stays the English, for tests and logs)."""
        return translate("MainWindow", self.title)

    def shown_description(self) -> str:
        return translate("MainWindow", self.description)


@dataclasses.dataclass(frozen=True)
class DialogSpec:
    """A menu entry that opens a feature dialog as ``Cls(app, runner, parent, **kwargs)``."""

    menu: str
    text: str
    module: str
    cls: str
    description: str
    shortcut: str = ""
    kwargs: tuple[tuple[str, Any], ...] = ()
    #: Only for someone keeping a passport of their own (exporting it, reviewing it): hidden, with its
    #: shortcut, while the vault's role is a manager only (see :class:`~carerpassport.domain.roles.Role`).
    carer_only: bool = False

    @property
    def plain_text(self) -> str:
        """The menu text without the mnemonic and the trailing dots."""
        return self.text.replace("&", "").rstrip("…")

    def shown_text(self) -> str:
        """The menu text in the reader's language (``text`` stays the English, for tests and logs)."""
        return translate("MainWindow", self.text)

    def shown_description(self) -> str:
        return translate("MainWindow", self.description)

    def shown_plain_text(self) -> str:
        """:meth:`shown_text` without the mnemonic and the trailing dots."""
        return self.shown_text().replace("&", "").rstrip("…")


VIEWS = (
    ViewSpec(
        "passport",
        QT_TRANSLATE_NOOP("MainWindow", "Passport"),
        f"{UI}.views.editor_view",
        "EditorView",
        "Ctrl+1",
        QT_TRANSLATE_NOOP("MainWindow", "Your answers, section by section, with guidance beside each question."),
    ),
    ViewSpec(
        "actions",
        QT_TRANSLATE_NOOP("MainWindow", "Agreed actions"),
        f"{UI}.views.actions_view",
        "ActionsView",
        "Ctrl+2",
        QT_TRANSLATE_NOOP("MainWindow", "The support and flexibilities you and your manager agreed."),
    ),
    ViewSpec(
        "history",
        QT_TRANSLATE_NOOP("MainWindow", "History"),
        f"{UI}.views.history_view",
        "HistoryView",
        "Ctrl+3",
        QT_TRANSLATE_NOOP("MainWindow", "Every saved version of your passport; look at or restore any of them."),
    ),
    ViewSpec(
        "sharing",
        QT_TRANSLATE_NOOP("MainWindow", "Sharing"),
        f"{UI}.views.shares_view",
        "SharesView",
        "Ctrl+4",
        QT_TRANSLATE_NOOP("MainWindow", "Who you gave a copy to, and what they hold."),
    ),
    ViewSpec(
        "leave",
        QT_TRANSLATE_NOOP("MainWindow", "Carer's leave"),
        f"{UI}.views.leave_view",
        "LeaveView",
        "Ctrl+6",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Your week of carer's leave: plan it, see what is left, and the notice to give."
        ),
    ),
    ViewSpec(
        "requests",
        QT_TRANSLATE_NOOP("MainWindow", "Requests"),
        f"{UI}.views.requests_view",
        "RequestsView",
        "Ctrl+7",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Your statutory flexible-working requests: when each was sent, when the decision is due, what happened.",
        ),
    ),
    ViewSpec(
        "received",
        QT_TRANSLATE_NOOP("MainWindow", "Passports you hold"),
        f"{UI}.views.received_view",
        "ReceivedView",
        "Ctrl+5",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Passports your team gave you: read, countersign or delete them (manager mode)."
        ),
        in_navigation=False,
        manager_home=True,
    ),
)

DIALOGS = (
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Export for my manager…"),
        f"{UI}.dialogs.export_dialog",
        "ExportDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Make a signed PDF of what you chose to share."),
        "Ctrl+E",
        carer_only=True,
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Check a passport file…"),
        f"{UI}.dialogs.verify_dialog",
        "VerifyDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Check who signed a passport PDF and that nobody changed it."),
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Import countersigned copy…"),
        f"{UI}.dialogs.import_dialog",
        "ImportDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Bring back the copy your manager signed."),
        "Ctrl+I",
        carer_only=True,
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import my employer's &form…"),
        f"{UI}.dialogs.template_import_dialog",
        "TemplateImportDialog",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Use your employer's own passport form: their questions, policies and contacts."
        ),
        carer_only=True,
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Send &encrypted copy…"),
        f"{UI}.dialogs.send_bundle_dialog",
        "SendBundleDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Make an encrypted file only the people you choose can open."),
        carer_only=True,
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Open encrypted copy…"),
        f"{UI}.dialogs.open_bundle_dialog",
        "OpenBundleDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Check an encrypted passport file someone sent you, and import it."),
        "Ctrl+O",
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Back up…"),
        f"{UI}.dialogs.backup_dialog",
        "BackupDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Save an encrypted copy of your whole passport, for example to a USB stick."),
    ),
    DialogSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Restore…"),
        f"{UI}.dialogs.backup_dialog",
        "RestoreDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Bring back your passport from a backup."),
    ),
    DialogSpec(
        "manager",
        QT_TRANSLATE_NOOP("MainWindow", "&Countersign a passport…"),
        f"{UI}.dialogs.countersign_dialog",
        "CountersignDialog",
        QT_TRANSLATE_NOOP(
            "MainWindow", "As a manager: check a passport PDF from your team, add a comment and sign it."
        ),
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "&Start a review…"),
        f"{UI}.dialogs.review_wizard",
        "ReviewWizard",
        QT_TRANSLATE_NOOP("MainWindow", "Go through your passport section by section and check it is still right."),
        "Ctrl+R",
        carer_only=True,
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "My &circumstances changed…"),
        f"{UI}.dialogs.review_wizard",
        "ReviewWizard",
        QT_TRANSLATE_NOOP("MainWindow", "Start a review now because your caring, health, role or manager changed."),
        kwargs=(("trigger", "circumstances"),),
        carer_only=True,
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "C&hange manager…"),
        f"{UI}.dialogs.change_manager_dialog",
        "ChangeManagerDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Moving post or getting a new manager: choose what they see."),
        carer_only=True,
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "&Preparation checklist…"),
        f"{UI}.dialogs.checklist_dialog",
        "ChecklistDialog",
        QT_TRANSLATE_NOOP("MainWindow", "A private checklist to prepare for a meeting with your manager."),
        carer_only=True,
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "Add review dates to my c&alendar…"),
        f"{UI}.dialogs.reminders_dialog",
        "RemindersDialog",
        QT_TRANSLATE_NOOP("MainWindow", "Save your review dates as a calendar file, with neutral titles only."),
        carer_only=True,
    ),
    # In Help, where the import and countersign dialogs tell the other person to find theirs.
    DialogSpec(
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "My &identity…"),
        f"{UI}.dialogs.identity_dialog",
        "IdentityDialog",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Your fingerprint to read aloud, and the public card others need to send you files."
        ),
    ),
    DialogSpec(
        "review",
        QT_TRANSLATE_NOOP("MainWindow", "&Flexible-working request…"),
        f"{UI}.dialogs.flexible_request_wizard",
        "FlexibleRequestWizard",
        QT_TRANSLATE_NOOP("MainWindow", "Draft a statutory request to change your hours, times or place of work."),
        carer_only=True,
    ),
)

START_REVIEW = next(d for d in DIALOGS if d.cls == "ReviewWizard" and not d.kwargs)
#: File-menu entries that start a new group (a separator above them).
FILE_GROUP_STARTS = ("BackupDialog",)

#: Shown by Help, Keyboard shortcuts: (keys, what they do).
SHORTCUTS = (
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Lock now")),
    ("Ctrl+1 … Ctrl+4", QT_TRANSLATE_NOOP("MainWindow", "Passport, Agreed actions, History, Sharing")),
    ("Ctrl+5", QT_TRANSLATE_NOOP("MainWindow", "Passports you hold (manager mode)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Export for my manager")),
    ("Ctrl+6", QT_TRANSLATE_NOOP("MainWindow", "Carer's leave")),
    ("Ctrl+7", QT_TRANSLATE_NOOP("MainWindow", "Flexible-working requests")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "Import countersigned copy")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "Open encrypted copy")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("MainWindow", "Start a review")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo / redo typing")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("MainWindow", "Move between controls")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "This list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
)


def load_class(spec: ViewSpec | DialogSpec) -> type:
    """Import the class a spec names (raises ImportError or AttributeError if the build lacks it)."""
    cls: type = getattr(importlib.import_module(spec.module), spec.cls)
    return cls
