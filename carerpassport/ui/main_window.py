"""The main window: navigation on the left, one view at a time, menus, status bar, lock.

While locked the window shows only a "locked" page: no view exists, the vault is closed. Unlocking
builds the views afresh from the open :class:`~carerpassport.app.PassportApp`; locking asks the editor
to save, clears and deletes every view, closes any open dialog, clears a copied secret and closes the
vault. Views and feature dialogs are imported when first needed, so the first window paints fast.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerpassport.ui import settings as s
from carerpassport.ui.session import ClipboardGuard, InactivityTimer, ScreenLockWatcher
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager, set_role

if TYPE_CHECKING:
    from carerpassport.app import PassportApp
    from carerpassport.vault.keyring_store import KeyringStore

UI = "carerpassport.ui"


@dataclasses.dataclass(frozen=True)
class ViewSpec:
    """A page of the main window, imported when the vault is unlocked."""

    key: str
    title: str
    module: str
    cls: str
    shortcut: str
    description: str
    in_navigation: bool = True


VIEWS = (
    ViewSpec("passport", "Passport", f"{UI}.views.editor_view", "EditorView", "Ctrl+1",
             "Your answers, section by section, with guidance beside each question."),
    ViewSpec("actions", "Agreed actions", f"{UI}.views.actions_view", "ActionsView", "Ctrl+2",
             "The support and flexibilities you and your manager agreed."),
    ViewSpec("history", "History", f"{UI}.views.history_view", "HistoryView", "Ctrl+3",
             "Every saved version of your passport; look at or restore any of them."),
    ViewSpec("sharing", "Sharing", f"{UI}.views.shares_view", "SharesView", "Ctrl+4",
             "Who you gave a copy to, and what they hold."),
    ViewSpec("received", "Received passports", f"{UI}.views.received_view", "ReceivedView", "Ctrl+5",
             "Passports your team gave you to countersign (manager mode).", in_navigation=False),
)


@dataclasses.dataclass(frozen=True)
class DialogSpec:
    """A menu entry that opens another engineer's dialog as ``Cls(app, runner, parent)``."""

    menu: str
    text: str
    module: str
    cls: str
    description: str
    shortcut: str = ""
    kwargs: tuple[tuple[str, Any], ...] = ()


DIALOGS = (
    DialogSpec("file", "&Export for my manager…", f"{UI}.dialogs.export_dialog", "ExportDialog",
               "Make a signed PDF of what you chose to share.", "Ctrl+E"),
    DialogSpec("file", "&Check a passport file…", f"{UI}.dialogs.verify_dialog", "VerifyDialog",
               "Check who signed a passport PDF and that nobody changed it."),
    DialogSpec("file", "&Import countersigned copy…", f"{UI}.dialogs.import_dialog", "ImportDialog",
               "Bring back the copy your manager signed.", "Ctrl+I"),
    DialogSpec("file", "Send &encrypted copy…", f"{UI}.dialogs.send_bundle_dialog", "SendBundleDialog",
               "Make an encrypted file only the people you choose can open."),
    DialogSpec("file", "My identity &card…", f"{UI}.dialogs.identity_dialog", "IdentityDialog",
               "Your signing fingerprint and the public card others need to send you files."),
    DialogSpec("file", "&Back up…", f"{UI}.dialogs.backup_dialog", "BackupDialog",
               "Save an encrypted copy of your whole passport, for example to a USB stick."),
    DialogSpec("file", "&Restore…", f"{UI}.dialogs.backup_dialog", "RestoreDialog",
               "Bring back your passport from a backup."),
    DialogSpec("manager", "&Countersign a passport…", f"{UI}.dialogs.countersign_dialog", "CountersignDialog",
               "As a manager: check a passport PDF from your team, add a comment and sign it."),
    DialogSpec("review", "&Start a review…", f"{UI}.dialogs.review_wizard", "ReviewWizard",
               "Go through your passport section by section and check it is still right.", "Ctrl+R"),
    DialogSpec("review", "My &circumstances changed…", f"{UI}.dialogs.review_wizard", "ReviewWizard",
               "Start a review now because your caring, health, role or manager changed.",
               kwargs=(("trigger", "circumstances"),)),
    DialogSpec("review", "C&hange manager…", f"{UI}.dialogs.change_manager_dialog", "ChangeManagerDialog",
               "Moving post or getting a new manager: choose what they see."),
    DialogSpec("review", "&Preparation checklist…", f"{UI}.dialogs.checklist_dialog", "ChecklistDialog",
               "A private checklist to prepare for a meeting with your manager."),
)

START_REVIEW = next(d for d in DIALOGS if d.cls == "ReviewWizard" and not d.kwargs)


class MainWindow(QMainWindow):
    """The app's window. ``locked()`` / ``unlocked()`` tell tests and the session what happened."""

    locked = Signal()
    unlocked = Signal()
    first_painted = Signal()

    def __init__(self, *, settings: s.AppSettings, theme: ThemeManager, runner: TaskRunner,
                 data_dir: Path | None = None, keyring: KeyringStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme = theme
        self.runner = runner
        self.data_dir = data_dir
        self.keyring = keyring
        self.app: PassportApp | None = None
        self.views: dict[str, QWidget] = {}
        self.banner: QWidget | None = None
        self.open_dialogs: list[QDialog] = []
        self.unlock_dialog: QDialog | None = None
        self._painted = False
        self.setWindowTitle("Carer's Passport")
        self.setAccessibleName("Carer's Passport")
        self.setAccessibleDescription("Your carer's passport: your answers, agreed actions and history.")
        self.clipboard = ClipboardGuard(parent=self)
        self.inactivity = InactivityTimer(settings.get(s.AUTO_LOCK), self)
        self.inactivity.inactive.connect(lambda: self.lock("Locked after a time with no use."))
        self.screen_lock: ScreenLockWatcher | None = None
        self.modes = QStackedWidget()
        self.modes.addWidget(self._locked_page())
        self.modes.addWidget(self._open_page())
        self.setCentralWidget(self.modes)
        self._build_status_bar()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._show_locked_state()
        geometry = settings.get(s.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1000, 700)

    # --- building --------------------------------------------------------------------------------
    def _locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.locked_title = QLabel("Your passport is locked")
        set_role(self.locked_title, "heading")
        self.locked_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_text = QLabel("Nothing from your passport is on the screen or in memory while it is locked.")
        self.locked_text.setWordWrap(True)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.locked_text, "hint")
        self.unlock_button = QPushButton("&Unlock…")
        self.unlock_button.setAccessibleName("Unlock")
        self.unlock_button.setAccessibleDescription("Open your passport with your passphrase or recovery code.")
        self.unlock_button.clicked.connect(lambda: self.show_unlock())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addWidget(self.locked_title)
        layout.addWidget(self.locked_text)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _open_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 0)
        self.banner_area = QVBoxLayout()
        layout.addLayout(self.banner_area)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setWordWrap(True)  # lets the item delegate size items with their padding
        self.navigation.setAccessibleName("Sections of the app")
        self.navigation.setAccessibleDescription("Choose what to show: your passport, agreed actions, history "
                                                 "or sharing. Ctrl+1 to Ctrl+4 also switch.")
        for spec in VIEWS:
            if spec.in_navigation:
                item = QListWidgetItem(spec.title)
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                item.setToolTip(f"{spec.description} ({spec.shortcut})")
                self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._navigation_changed)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName("Current section")
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 800])
        layout.addWidget(splitter, 1)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.save_state = QLabel("")
        self.save_state.setAccessibleName("Save state")
        set_role(self.save_state, "saved")
        self.lock_state = QLabel("")
        self.lock_state.setAccessibleName("Lock state")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Working")
        self.busy.setVisible(False)
        bar.addWidget(self.save_state)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.lock_state)
        self.runner.busy_changed.connect(self.busy.setVisible)

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence.StandardKey = "",
                description: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(description)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')}"
                          + (f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                             if shortcut else ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action("&Lock", lambda: self.lock(), "Ctrl+L",
                                        "Lock now: hides everything until you unlock again.")
        self.settings_action = self._action("&Settings…", self.open_settings, QKeySequence.StandardKey.Preferences,
                                            "Passphrase, recovery code, locking, colours and text size.")
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q", "Save and close Carer's Passport.")
        self.view_actions: dict[str, QAction] = {}
        for spec in VIEWS:
            self.view_actions[spec.key] = self._action(spec.title, lambda _=False, k=spec.key: self.show_view(k),
                                                       spec.shortcut, spec.description)
        self.dialog_actions: list[tuple[DialogSpec, QAction]] = []
        for dspec in DIALOGS:
            action = self._action(dspec.text, lambda _=False, d=dspec: self.open_feature_dialog(d),
                                  dspec.shortcut, dspec.description)
            self.dialog_actions.append((dspec, action))
        self.shortcuts_action = self._action("&Keyboard shortcuts", self.show_shortcuts, "F1",
                                             "A list of the keys that work everywhere.")
        self.about_action = self._action("&About Carer's Passport", self.show_about)
        self.vault_actions = [self.lock_action, self.settings_action, *self.view_actions.values(),
                              *(a for _, a in self.dialog_actions)]

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        menus = {"file": bar.addMenu("&File"), "view": bar.addMenu("&View"), "review": bar.addMenu("&Review"),
                 "manager": bar.addMenu("&Manager"), "help": bar.addMenu("&Help")}
        for dspec, action in self.dialog_actions:
            if dspec.menu == "file":
                if dspec.cls in ("IdentityDialog", "BackupDialog"):
                    menus["file"].addSeparator()
                menus["file"].addAction(action)
        menus["file"].addSeparator()
        menus["file"].addAction(self.settings_action)
        menus["file"].addAction(self.lock_action)
        menus["file"].addSeparator()
        menus["file"].addAction(self.quit_action)
        for spec in VIEWS:
            target = menus["manager"] if spec.key == "received" else menus["view"]
            target.addAction(self.view_actions[spec.key])
        for dspec, action in self.dialog_actions:
            if dspec.menu in ("review", "manager"):
                menus[dspec.menu].addAction(action)
        menus["help"].addAction(self.shortcuts_action)
        menus["help"].addAction(self.about_action)
        self.menus = menus
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName("Main toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        export = next(a for d, a in self.dialog_actions if d.cls == "ExportDialog")
        review = next(a for d, a in self.dialog_actions if d.cls == "ReviewWizard")
        for action in (export, review, self.lock_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(action.statusTip())
        self.toolbar = toolbar

    # --- starting --------------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def event(self, event: QEvent) -> bool:
        # A top-level window is painted through its children on some platforms; count the first
        # UpdateRequest too so "first painted" fires whichever way the platform paints.
        result = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return result

    @Slot()
    def start(self) -> None:
        """After the first paint: first run if there is no vault yet, else unlock."""
        from carerpassport.app import PassportApp, default_data_dir, default_keyring

        if self.data_dir is None:
            self.data_dir = default_data_dir()
            self.keyring = default_keyring()
        if PassportApp.exists(self.data_dir):
            self.show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        from carerpassport.ui.dialogs.first_run import FirstRunDialog

        assert self.data_dir is not None
        dialog = FirstRunDialog(self.data_dir, self.keyring, self.runner, self)
        dialog.created.connect(self.set_app)
        dialog.rejected.connect(self._setup_cancelled)
        self.unlock_dialog = dialog
        dialog.open()

    def show_unlock(self, reason: str = "", *, try_keyring: bool = True) -> None:
        from carerpassport.ui.dialogs.unlock import UnlockDialog

        if self.app is not None:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        assert self.data_dir is not None
        dialog = UnlockDialog(self.data_dir, self.keyring, self.runner, self, try_keyring=try_keyring,
                              reason=reason)
        dialog.unlocked.connect(self.set_app)
        self.unlock_dialog = dialog
        dialog.open()

    @Slot()
    def _setup_cancelled(self) -> None:
        self.locked_text.setText("No passport was created. Close the app, or start again to set one up.")
        self.unlock_button.setText("&Set up…")
        self.unlock_button.setAccessibleName("Set up")
        with contextlib.suppress(TypeError):
            self.unlock_button.clicked.disconnect()
        self.unlock_button.clicked.connect(self.show_first_run)

    # --- unlocked --------------------------------------------------------------------------------
    @Slot(object)
    def set_app(self, app: object) -> None:
        """Show the passport of an unlocked vault: build every view for it."""
        from carerpassport.app import PassportApp

        assert isinstance(app, PassportApp)
        self.app = app
        self.unlock_dialog = None
        for spec in VIEWS:
            view = self._make_view(spec)
            self.views[spec.key] = view
            self.pages.addWidget(view)
        self._connect_views()
        self._make_banner()
        self.modes.setCurrentIndex(1)
        self.navigation.setCurrentRow(max(0, min(self.settings.get(s.NAV_PAGE), self.navigation.count() - 1)))
        self.show_view(self.navigation.currentItem().data(Qt.ItemDataRole.UserRole))
        for action in self.vault_actions:
            action.setEnabled(True)
        self.inactivity.set_minutes(self.settings.get(s.AUTO_LOCK))
        self.inactivity.activate()
        if self.screen_lock is None:
            self.screen_lock = ScreenLockWatcher(self)
            self.screen_lock.screen_locked.connect(lambda: self.lock("Locked because your screen locked."))
        self._update_lock_state()
        self.save_state.setText("Saved")
        self.unlocked.emit()

    def _make_view(self, spec: ViewSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
            cls = getattr(module, spec.cls)
        except (ImportError, AttributeError):
            # Another part of the app that is not built yet; say so rather than fail to open.
            label = QLabel(f"{spec.title} is not available in this version yet.")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(spec.title)
            return label
        view: QWidget = cls(self.app, self.runner, self.pages)
        view.setAccessibleName(view.accessibleName() or spec.title)
        view.setAccessibleDescription(view.accessibleDescription() or spec.description)
        return view

    def _connect_views(self) -> None:
        editor, actions, history = (self.views.get(k) for k in ("passport", "actions", "history"))
        if editor is not None and hasattr(editor, "save_state_changed"):
            editor.save_state_changed.connect(self.save_state.setText)
        if editor is not None and hasattr(editor, "saved"):
            editor.saved.connect(lambda _rev: self._refresh("banner"))
        if actions is not None and hasattr(actions, "changed"):
            actions.changed.connect(lambda: self._refresh("banner"))
        if history is not None and hasattr(history, "restored"):
            history.restored.connect(lambda _rev: self._refresh("passport", "actions", "banner"))

    def _refresh(self, *keys: str) -> None:
        for key in keys:
            target = self.banner if key == "banner" else self.views.get(key)
            if target is not None and hasattr(target, "refresh"):
                target.refresh()

    def _make_banner(self) -> None:
        try:
            from carerpassport.ui.widgets.due_banner import DueBanner
        except ImportError:
            return
        self.banner = DueBanner(self.app, self)
        if hasattr(self.banner, "start_review"):
            self.banner.start_review.connect(lambda: self.open_feature_dialog(START_REVIEW))
        self.banner_area.addWidget(self.banner)

    @Slot(int)
    def _navigation_changed(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None:
            self.show_view(item.data(Qt.ItemDataRole.UserRole))

    def show_view(self, key: str) -> None:
        """Bring one page to the front (and refresh it, so it shows the latest saved state)."""
        view = self.views.get(key)
        if view is None:
            return
        previous = self.pages.currentWidget()
        editor = self.views.get("passport")
        if previous is editor and view is not editor and editor is not None and hasattr(editor, "flush"):
            editor.flush()
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.navigation.currentRow() != row:
                    self.navigation.setCurrentRow(row)
                self.settings.set(s.NAV_PAGE, row)
                break
        else:
            self.navigation.clearSelection()
        if view is not previous and hasattr(view, "refresh") and previous is not None:
            view.refresh()
        self.pages.setCurrentWidget(view)

    def current_view_key(self) -> str | None:
        current = self.pages.currentWidget()
        return next((k for k, v in self.views.items() if v is current), None)

    # --- locking ---------------------------------------------------------------------------------
    @Slot()
    def lock(self, reason: str = "") -> None:
        """Save, wipe every view, close the vault, and ask to unlock again."""
        if self.app is None:
            return
        self.inactivity.deactivate()
        self._close_dialogs()
        self._flush_editor()
        self.runner.wait(10_000)  # a worker may still be writing with this vault's connection
        self._clear_views()
        self.clipboard.clear_now()
        app, self.app = self.app, None
        app.close()
        del app
        gc.collect()
        self._show_locked_state(reason)
        self.locked.emit()
        QTimer.singleShot(0, lambda: self.show_unlock(reason, try_keyring=False))

    def _flush_editor(self) -> None:
        editor = self.views.get("passport")
        if editor is not None and hasattr(editor, "flush"):
            try:
                editor.flush()
            except Exception as exc:  # noqa: BLE001 - the user must hear about an unsaved edit
                QMessageBox.warning(self, "Your last change was not saved",
                                    f"Your last change could not be saved before locking: {exc}")

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog is self.unlock_dialog:
                continue
            dialog.done(QDialog.DialogCode.Rejected) if dialog.isVisible() else None
            dialog.deleteLater()
        self.open_dialogs.clear()

    def _clear_views(self) -> None:
        for view in self.views.values():
            if hasattr(view, "clear"):
                view.clear()
            self.pages.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.views.clear()
        if self.banner is not None:
            self.banner_area.removeWidget(self.banner)
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None

    def _show_locked_state(self, reason: str = "") -> None:
        self.modes.setCurrentIndex(0)
        self.locked_text.setText((reason + " " if reason else "")
                                 + "Nothing from your passport is on the screen or in memory while it is locked.")
        for action in getattr(self, "vault_actions", []):
            action.setEnabled(False)
        self.save_state.setText("")
        self.lock_state.setText("Locked")

    def _update_lock_state(self) -> None:
        minutes = self.settings.get(s.AUTO_LOCK)
        idle = "never locks by itself" if minutes == 0 else f"locks after {minutes} idle minute" + (
            "s" if minutes != 1 else "")
        self.lock_state.setText(f"Unlocked — {idle} (Ctrl+L locks now)")

    @Slot(int)
    def set_auto_lock(self, minutes: int) -> None:
        self.inactivity.set_minutes(minutes)
        self._update_lock_state()

    # --- dialogs ---------------------------------------------------------------------------------
    def open_feature_dialog(self, spec: DialogSpec) -> QDialog | None:
        """Import a feature dialog when first used, build it for the open vault and show it."""
        if self.app is None:
            return None
        try:
            cls = getattr(importlib.import_module(spec.module), spec.cls)
        except (ImportError, AttributeError):
            QMessageBox.information(self, "Not available yet",
                                    f"“{spec.text.replace('&', '').rstrip('…')}” is not available in this version.")
            return None
        dialog: QDialog = cls(self.app, self.runner, self, **dict(spec.kwargs))
        self._track(dialog)
        dialog.open()
        return dialog

    def _track(self, dialog: QDialog) -> None:
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))

    def _dialog_finished(self, dialog: QDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        dialog.deleteLater()
        if self.app is not None:
            self._refresh(*(k for k in ("passport", "actions", "history", "sharing") if self.current_view_key() == k),
                          "banner")

    @Slot()
    def open_settings(self) -> QDialog | None:
        if self.app is None:
            return None
        from carerpassport.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self.runner, self, settings=self.settings, theme=self.theme)
        dialog.auto_lock_changed.connect(self.set_auto_lock)
        self._track(dialog)
        dialog.open()
        return dialog

    @Slot()
    def show_shortcuts(self) -> None:
        rows = [("Ctrl+L", "Lock now"), ("Ctrl+1 … Ctrl+4", "Passport, Agreed actions, History, Sharing"),
                ("Ctrl+E", "Export for my manager"), ("Ctrl+I", "Import countersigned copy"),
                ("Ctrl+R", "Start a review"), ("Ctrl+,", "Settings"), ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo typing"),
                ("Tab / Shift+Tab", "Move between controls"), ("Ctrl+Q", "Quit")]
        text = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{text}</table>")

    @Slot()
    def show_about(self) -> None:
        from carerpassport import __version__

        QMessageBox.about(self, "About Carer's Passport",
                          f"<p><b>Carer's Passport</b> {__version__}</p><p>Your passport stays on this computer, "
                          "encrypted. This app makes no network connections.</p>")

    # --- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._close_dialogs()
        if self.app is not None:
            self._flush_editor()
            self.runner.wait(10_000)
            self._clear_views()
            self.app.close()
            self.app = None
        self.clipboard.clear_now()
        self.inactivity.deactivate()
        self.settings.set(s.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
