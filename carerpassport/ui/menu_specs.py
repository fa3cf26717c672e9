"""What the main window can show and open: its pages (views) and the dialogs behind its menus.

Declared as data so the window builds its navigation, menus and shortcuts from one list, and so a test
can import and construct every one of them. The classes are imported only when first needed (the first
window paints before the vault, cryptography and views are loaded). PyInstaller cannot follow these
imports by name; its spec in ``packaging/`` collects every ``carerpassport`` submodule instead.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

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


VIEWS = (
    ViewSpec("passport", "Passport", f"{UI}.views.editor_view", "EditorView", "Ctrl+1",
             "Your answers, section by section, with guidance beside each question."),
    ViewSpec("actions", "Agreed actions", f"{UI}.views.actions_view", "ActionsView", "Ctrl+2",
             "The support and flexibilities you and your manager agreed."),
    ViewSpec("history", "History", f"{UI}.views.history_view", "HistoryView", "Ctrl+3",
             "Every saved version of your passport; look at or restore any of them."),
    ViewSpec("sharing", "Sharing", f"{UI}.views.shares_view", "SharesView", "Ctrl+4",
             "Who you gave a copy to, and what they hold."),
    ViewSpec("leave", "Carer's leave", f"{UI}.views.leave_view", "LeaveView", "Ctrl+6",
             "Your week of carer's leave: plan it, see what is left, and the notice to give."),
    ViewSpec("requests", "Requests", f"{UI}.views.requests_view", "RequestsView", "Ctrl+7",
             "Your statutory flexible-working requests: when each was sent, when the decision is due, what happened."),
    ViewSpec("received", "Passports you hold", f"{UI}.views.received_view", "ReceivedView", "Ctrl+5",
             "Passports your team gave you: read, countersign or delete them (manager mode).", in_navigation=False,
             manager_home=True),
)

DIALOGS = (
    DialogSpec("file", "&Export for my manager…", f"{UI}.dialogs.export_dialog", "ExportDialog",
               "Make a signed PDF of what you chose to share.", "Ctrl+E", carer_only=True),
    DialogSpec("file", "&Check a passport file…", f"{UI}.dialogs.verify_dialog", "VerifyDialog",
               "Check who signed a passport PDF and that nobody changed it."),
    DialogSpec("file", "&Import countersigned copy…", f"{UI}.dialogs.import_dialog", "ImportDialog",
               "Bring back the copy your manager signed.", "Ctrl+I", carer_only=True),
    DialogSpec("file", "Import my employer's &form…", f"{UI}.dialogs.template_import_dialog", "TemplateImportDialog",
               "Use your employer's own passport form: their questions, policies and contacts.", carer_only=True),
    DialogSpec("file", "Send &encrypted copy…", f"{UI}.dialogs.send_bundle_dialog", "SendBundleDialog",
               "Make an encrypted file only the people you choose can open.", carer_only=True),
    DialogSpec("file", "&Open encrypted copy…", f"{UI}.dialogs.open_bundle_dialog", "OpenBundleDialog",
               "Check an encrypted passport file someone sent you, and import it.", "Ctrl+O"),
    DialogSpec("file", "&Back up…", f"{UI}.dialogs.backup_dialog", "BackupDialog",
               "Save an encrypted copy of your whole passport, for example to a USB stick."),
    DialogSpec("file", "&Restore…", f"{UI}.dialogs.backup_dialog", "RestoreDialog",
               "Bring back your passport from a backup."),
    DialogSpec("manager", "&Countersign a passport…", f"{UI}.dialogs.countersign_dialog", "CountersignDialog",
               "As a manager: check a passport PDF from your team, add a comment and sign it."),
    DialogSpec("review", "&Start a review…", f"{UI}.dialogs.review_wizard", "ReviewWizard",
               "Go through your passport section by section and check it is still right.", "Ctrl+R",
               carer_only=True),
    DialogSpec("review", "My &circumstances changed…", f"{UI}.dialogs.review_wizard", "ReviewWizard",
               "Start a review now because your caring, health, role or manager changed.",
               kwargs=(("trigger", "circumstances"),), carer_only=True),
    DialogSpec("review", "C&hange manager…", f"{UI}.dialogs.change_manager_dialog", "ChangeManagerDialog",
               "Moving post or getting a new manager: choose what they see.", carer_only=True),
    DialogSpec("review", "&Preparation checklist…", f"{UI}.dialogs.checklist_dialog", "ChecklistDialog",
               "A private checklist to prepare for a meeting with your manager.", carer_only=True),
    DialogSpec("review", "Add review dates to my c&alendar…", f"{UI}.dialogs.reminders_dialog", "RemindersDialog",
               "Save your review dates as a calendar file, with neutral titles only.", carer_only=True),
    # In Help, where the import and countersign dialogs tell the other person to find theirs.
    DialogSpec("help", "My &identity…", f"{UI}.dialogs.identity_dialog", "IdentityDialog",
               "Your fingerprint to read aloud, and the public card others need to send you files."),
    DialogSpec("review", "&Flexible-working request…", f"{UI}.dialogs.flexible_request_wizard",
               "FlexibleRequestWizard", "Draft a statutory request to change your hours, times or place of work.",
               carer_only=True),
)

START_REVIEW = next(d for d in DIALOGS if d.cls == "ReviewWizard" and not d.kwargs)
#: File-menu entries that start a new group (a separator above them).
FILE_GROUP_STARTS = ("BackupDialog",)

#: Shown by Help, Keyboard shortcuts: (keys, what they do).
SHORTCUTS = (
    ("Ctrl+L", "Lock now"), ("Ctrl+1 … Ctrl+4", "Passport, Agreed actions, History, Sharing"),
    ("Ctrl+5", "Passports you hold (manager mode)"), ("Ctrl+E", "Export for my manager"),
    ("Ctrl+6", "Carer's leave"),
    ("Ctrl+7", "Flexible-working requests"),
    ("Ctrl+I", "Import countersigned copy"), ("Ctrl+O", "Open encrypted copy"), ("Ctrl+R", "Start a review"),
    ("Ctrl+,", "Settings"), ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo typing"),
    ("Tab / Shift+Tab", "Move between controls"), ("F1", "This list"), ("Ctrl+Q", "Quit"),
)


def load_class(spec: ViewSpec | DialogSpec) -> type:
    """Import the class a spec names (raises ImportError or AttributeError if the build lacks it)."""
    cls: type = getattr(importlib.import_module(spec.module), spec.cls)
    return cls

