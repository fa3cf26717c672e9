"""The main window: navigation on the left, one view at a time, menus, status bar, lock.

While locked the window shows only a "locked" page: no view exists, the vault is closed. Unlocking
builds the views afresh from the open :class:`~carerpassport.app.PassportApp`; locking saves the
editor's pending typing (or says plainly what could not be saved), closes any open dialog, clears and
deletes every view, clears a copied secret and closes the vault. A restore from a backup replaces the
vault under the window: the window saves and wipes first, then asks to unlock the restored vault.
Views and feature dialogs (``menu_specs``) are imported when first needed, so the first window paints fast,
and a page is built when first shown, so unlocking builds only the page that shows.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSignalBlocker,
    QSize,
    QTimer,
    Signal,
    Slot,
    qWarning,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerpassport.ui.deferred_import import deferred_module
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.settings import AUTO_LOCK, NAV_PAGE, TEXT_SIZE, WINDOW_GEOMETRY, AppSettings
from carerpassport.ui.widgets.locked_page import LockedPage
from carerpassport.ui.widgets.screen_area import available_size

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6 import QtWidgets as widgets
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QDialog, QMessageBox

    from carerpassport.app import PassportApp
    from carerpassport.domain.roles import Role
    from carerpassport.ui import collector, failures, menu_specs, session, unlock_flow, warm_up
    from carerpassport.ui.menu_specs import DIALOGS, START_REVIEW, VIEWS, DialogSpec, ViewSpec
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.theme import ThemeManager
    from carerpassport.ui.widgets import screen_fit
    from carerpassport.vault.keyring_store import KeyringStore
else:
    from carerpassport.ui.qt_namespace import Qt  # built when first used, after the first paint

    # Used only once the first frame is on the screen (the chrome, the unlock flow, the open vault):
    # imported on first use (ui/deferred_import.py), so the first paint waits for none of them.
    collector = deferred_module("carerpassport.ui.collector")
    failures = deferred_module("carerpassport.ui.failures")
    menu_specs = deferred_module("carerpassport.ui.menu_specs")
    session = deferred_module("carerpassport.ui.session")
    unlock_flow = deferred_module("carerpassport.ui.unlock_flow")
    warm_up = deferred_module("carerpassport.ui.warm_up")
    screen_fit = deferred_module("carerpassport.ui.widgets.screen_fit")
    widgets = deferred_module("PySide6.QtWidgets")

__all__ = ["DIALOGS", "START_REVIEW", "VIEWS", "DialogSpec", "MainWindow", "ViewSpec"]
_MENU_NAMES = frozenset({"DIALOGS", "START_REVIEW", "VIEWS", "DialogSpec", "ViewSpec"})


def __getattr__(name: str) -> Any:
    """``from carerpassport.ui.main_window import VIEWS`` (tests, benchmarks): the menus' specs, read from
    ``menu_specs`` when asked for, since this module no longer imports it before the first paint."""
    if name in _MENU_NAMES:
        return getattr(menu_specs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

translate = QCoreApplication.translate

#: Why the passport locked, shown on the locked page (translated there, when shown).
IDLE_REASON = QT_TRANSLATE_NOOP("MainWindow", "Locked after a time with no use.")
SCREEN_REASON = QT_TRANSLATE_NOOP("MainWindow", "Locked because your screen locked.")
RESTORING_REASON = QT_TRANSLATE_NOOP("MainWindow", "Restoring your passport from a backup…")
#: After unlock, once the window has had this long to show the passport and make its cards, the other
#: pages are built one per event-loop turn in the background, so choosing one later costs only its
#: refresh and paint (building a page with its tables is 20-40 ms of the GUI thread).
PREBUILD_DELAY_MS = 600


class MainWindow(QMainWindow):
    """The app's window. ``locked()`` / ``unlocked()`` tell tests and the session what happened."""

    locked = Signal()
    unlocked = Signal()
    first_painted = Signal()
    locked_page: LockedPage  # made after the flow whose failures show on it

    def __init__(self, *, settings: AppSettings, theme: ThemeManager, runner: TaskRunner,
                 data_dir: Path | None = None, keyring: KeyringStore | None = None,
                 parent: QWidget | None = None, defer_chrome: bool = False) -> None:
        """``defer_chrome`` (the app's start): the first frame shows only what is seen, the locked page under
        the menu bar's titles and the status bar; the actions, their shortcuts, the menus' contents, the
        toolbar and the navigation page are built right after that first paint (:meth:`_build_chrome`)."""
        super().__init__(parent)
        self.settings = settings
        self.theme = theme
        self.runner = runner
        self.app: PassportApp | None = None
        self.views: dict[str, QWidget] = {}
        self.banner: QWidget | None = None
        self.open_dialogs: list[QDialog] = []
        self._restoring: QDialog | None = None  # a restore dialog that closed our vault and is not done yet
        self._painted = False
        self.outcome = ""  # the last thing a dialog recorded, as confirmed in the status bar
        self._ending_session = False  # SIGTERM or logout: save and close, ask nothing
        self.setWindowTitle(translate("MainWindow", "Carer's Passport"))
        self.setAccessibleName(translate("MainWindow", "Carer's Passport"))
        self.setAccessibleDescription(translate("MainWindow",
                                                "Your carer's passport: your answers, agreed actions and history."))
        self._data_dir, self._keyring = data_dir, keyring  # for the unlock flow, made with the chrome
        self.screen_lock: session.ScreenLockWatcher | None = None
        #: Shown after an unlock that finished or rolled back an interrupted change of keys.
        self.key_change_notice: QMessageBox | None = None
        self._prebuild = QTimer(self, singleShot=True)
        self._prebuild.timeout.connect(self._prebuild_next_page)
        self.locked_page = LockedPage()
        self.locked_page.unlock_requested.connect(lambda: self.show_unlock())
        self.locked_page.setup_requested.connect(self.show_first_run)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.locked_page)
        self.setCentralWidget(self.modes)
        self._build_status_bar()
        self.lock_state.setText(translate("MainWindow", "Locked"))
        self._build_menu_bar()
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            # a first start: larger with larger text (at 200 % the screen, where 1000x700 would squeeze the
            # passport page's wrapped introductions; seen on Xvfb 1366x768 in Welsh, whose words are longer)
            scale = settings.get(TEXT_SIZE) / 100
            self.resize(QSize(round(1000 * scale), round(700 * scale)).boundedTo(available_size(self)))
        self.chrome_built = False
        if defer_chrome:
            self.first_painted.connect(lambda: QTimer.singleShot(0, self._build_chrome))
        else:
            self._build_chrome()

    @property
    def data_dir(self) -> Path | None:
        return self.flow.data_dir if self.chrome_built else self._data_dir

    @property
    def unlock_dialog(self) -> QDialog | None:
        """The first-run, unlock or restore dialog showing before a vault is open, if any."""
        return self.flow.dialog if self.chrome_built else None

    # --- building --------------------------------------------------------------------------------
    def _build_chrome(self) -> None:
        """What the first frame does not show: the navigation page (shown once unlocked), the actions and
        their shortcuts (the first ``QKeySequence`` makes PySide6 build its whole ``Qt`` namespace), the
        menus' contents and the toolbar (hidden while locked). Once; before :meth:`start`, which needs
        them."""
        if self.chrome_built:
            return
        self._build_guards()
        self.chrome_built = True
        self.modes.addWidget(self._open_page())
        self._build_actions()
        self._build_menus_and_toolbar()
        self._show_locked_state()

    def _build_guards(self) -> None:
        """The session's guards (a copied secret cleared, idle lock, Ctrl+L from anywhere), the unlock flow
        and the dialogs' fit to the screen: nothing in the first frame uses them, and their modules (the
        session's event sets, the dialogs' classes) are imported here, after it."""
        self.clipboard = session.ClipboardGuard(parent=self)
        self.inactivity = session.InactivityTimer(self.settings.get(AUTO_LOCK), self)
        self.inactivity.inactive.connect(lambda: self.lock(translate("MainWindow", IDLE_REASON)))
        self.lock_keys = session.LockKeys(parent=self)
        self.lock_keys.pressed.connect(lambda: self.lock(ask=True))
        self.flow = unlock_flow.UnlockFlow(self, self.runner, self.clipboard, data_dir=self._data_dir,
                                           keyring=self._keyring)
        self.flow.opened.connect(self.set_app)
        self.flow.setup_cancelled.connect(self._setup_cancelled)
        self.flow.quit_requested.connect(self.close)
        #: {reason} is a sentence saying why (a missing folder, a damaged file).
        self.flow.start_failed.connect(lambda text: self.locked_page.show_locked(
            translate("MainWindow", "Your passport could not be found or opened: {reason}").format(reason=text)))
        self.screen_fit = screen_fit.watch_dialogs(self)

    def _build_menu_bar(self) -> None:
        """The menu bar's titles, in the first frame (the page below does not move when they fill)."""
        bar = self.menuBar()
        #: The menu bar's titles: each needs its own underlined (&) letter.
        self.menus = {"file": bar.addMenu(translate("MainWindow", "&File")),
                      "view": bar.addMenu(translate("MainWindow", "&View")),
                      "review": bar.addMenu(translate("MainWindow", "&Review")),
                      "manager": bar.addMenu(translate("MainWindow", "&Manager")),
                      "help": bar.addMenu(translate("MainWindow", "&Help"))}

    def _open_page(self) -> QWidget:
        from PySide6.QtWidgets import QListWidget, QSplitter  # here: PySide6 makes them when first taken

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 0)
        self.banner_area = QVBoxLayout()
        layout.addLayout(self.banner_area)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setWordWrap(True)  # lets the item delegate size items with their padding
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setAccessibleName(translate("MainWindow", "Sections of the app"))
        self.navigation.setAccessibleDescription(translate(
            "MainWindow", "Choose what to show: your passport, agreed actions, history or sharing. Ctrl+1 to "
            "Ctrl+4 also switch."))
        self.fill_navigation()
        self.navigation.currentRowChanged.connect(self._navigation_changed)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(translate("MainWindow", "Current section"))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        return page

    def fill_navigation(self, role: Role | None = None) -> None:
        """The sections for who uses this vault: the carer's pages, and a manager's home (passports you hold)
        when they receive passports — first for someone here only as a manager, after the carer's otherwise."""
        from carerpassport.domain.roles import Role

        role = role or Role.EMPLOYEE
        carer = [spec for spec in menu_specs.VIEWS if spec.in_navigation]
        manager = [spec for spec in menu_specs.VIEWS if spec.manager_home] if role.receives_passports else []
        specs = manager + carer if not role.keeps_own_passport else carer + manager
        with QSignalBlocker(self.navigation):
            self.navigation.clear()
            for spec in specs:
                item = QListWidgetItem(spec.shown_title())
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                item.setToolTip(f"{spec.shown_description()} ({spec.shortcut})")
                self.navigation.addItem(item)
        #: {sections} lists the sections' names, e.g. "passport, agreed actions, history".
        self.navigation.setAccessibleDescription(translate(
            "MainWindow", "Choose what to show: {sections}. Ctrl+1 to Ctrl+7 also switch.").format(
            sections=", ".join(spec.shown_title().lower() for spec in specs)))

    def home_key(self) -> str:
        """The page a vault opens on: a manager's home for someone here only as a manager (never the carer's
        editor), else the last page shown."""
        if self.app is not None and not self.app.received.role().keeps_own_passport:
            return "received"
        row = max(0, min(self.settings.get(NAV_PAGE), self.navigation.count() - 1))
        return str(self.navigation.item(row).data(Qt.ItemDataRole.UserRole))

    @Slot()
    def role_changed(self) -> None:
        """Settings changed who uses this vault: rebuild the sections, keeping the page shown."""
        if self.app is None:
            return
        current = self.current_view_key()
        self.fill_navigation(self.app.received.role())
        self.show_actions_for(self.app.received.role())
        self.fit_navigation()
        if current is not None:
            self.show_view(current)

    def show_actions_for(self, role: Role) -> None:
        """Hide the carer's own actions (export, import, reviews: :attr:`DialogSpec.carer_only`), their
        toolbar buttons and shortcuts with them, for someone here only as a manager; a menu left with
        nothing in it is hidden too. Settings changing the role shows them again."""
        for dspec, action in self.dialog_actions:
            if dspec.carer_only:
                action.setVisible(role.keeps_own_passport)
        for menu in self.menus.values():
            menu.menuAction().setVisible(any(a.isVisible() for a in menu.actions() if not a.isSeparator()))

    def fit_navigation(self) -> None:
        """Make the section list as wide as its longest title at the current text size, and no wider:
        at 200 % text every pixel counts for the page beside it."""
        metrics = self.navigation.fontMetrics()
        titles = (self.navigation.item(row).text() for row in range(self.navigation.count()))
        # item padding 2 × 10 px, a 2 px focus border each side, and a little air (the list itself has no
        # padding: Qt lays its items out as if it had none, and a padded list cut their text short)
        width = max(metrics.horizontalAdvance(t) for t in titles) + 44
        self.navigation.setMinimumWidth(width)
        total = max(self.splitter.width(), width * 4)
        self.splitter.setSizes([width, total - width])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.save_state = QLabel("")
        self.save_state.setAccessibleName(translate("MainWindow", "Save state"))
        self.lock_state = QLabel("")
        self.lock_state.setWordWrap(True)  # a long translation at 200 % text takes two lines, not the screen
        self.lock_state.setAccessibleName(translate("MainWindow", "Lock state"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(translate("MainWindow", "Working"))
        self.busy.setVisible(False)
        bar.addWidget(self.save_state)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.lock_state)
        self.runner.busy_changed.connect(self.busy.setVisible)

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence.StandardKey = "",
                description: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(description)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip("…")
        #: A button's tooltip: {action} is what it does, {keys} its keyboard shortcut, e.g. "Ctrl+E".
        action.setToolTip(translate("MainWindow", "{action} ({keys})").format(action=plain, keys=keys) if keys
                          else plain)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.lock_action = self._action(translate("MainWindow", "&Lock"), lambda: self.lock(ask=True), "Ctrl+L",
                                        translate("MainWindow", "Lock now: hides everything until you unlock again."))
        self.settings_action = self._action(
            translate("MainWindow", "&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences,
            translate("MainWindow", "Passphrase, recovery code, locking, colours and text size."))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, "Ctrl+Q",
                                        translate("MainWindow", "Save and close Carer's Passport."))
        self.view_actions: dict[str, QAction] = {}
        for spec in menu_specs.VIEWS:
            self.view_actions[spec.key] = self._action(spec.shown_title(),
                                                       lambda _=False, k=spec.key: self.show_view(k),
                                                       spec.shortcut, spec.shown_description())
        self.dialog_actions: list[tuple[DialogSpec, QAction]] = []
        for dspec in menu_specs.DIALOGS:
            action = self._action(dspec.shown_text(), lambda _=False, d=dspec: self.open_feature_dialog(d),
                                  dspec.shortcut, dspec.shown_description())
            self.dialog_actions.append((dspec, action))
        self.shortcuts_action = self._action(translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts,
                                             "F1", translate("MainWindow", "A list of the keys that work everywhere."))
        self.about_action = self._action(translate("MainWindow", "&About Carer's Passport"), self.show_about, "",
                                         translate("MainWindow", "The version, the licence, where your passport is "
                                                   "kept, and that the app never goes online."))
        self.vault_actions = [self.lock_action, self.settings_action, *self.view_actions.values(),
                              *(a for _, a in self.dialog_actions)]

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menus
        for dspec, action in self.dialog_actions:
            if dspec.menu == "file":
                if dspec.cls in menu_specs.FILE_GROUP_STARTS:
                    menus["file"].addSeparator()
                menus["file"].addAction(action)
        menus["file"].addSeparator()
        menus["file"].addActions([self.settings_action, self.lock_action])
        menus["file"].addSeparator()
        menus["file"].addAction(self.quit_action)
        for spec in menu_specs.VIEWS:
            target = menus["manager"] if spec.key == "received" else menus["view"]
            target.addAction(self.view_actions[spec.key])
        for dspec, action in self.dialog_actions:
            if dspec.menu in ("review", "manager", "help"):
                menus[dspec.menu].addAction(action)
        menus["help"].addAction(self.shortcuts_action)
        menus["help"].addAction(self.about_action)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        export = next(a for d, a in self.dialog_actions if d.cls == "ExportDialog")
        review = next(a for d, a in self.dialog_actions if d is menu_specs.START_REVIEW)
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
        self._build_chrome()  # already built unless this start came before its zero-timer
        self.flow.start()

    @Slot()
    def show_first_run(self) -> None:
        self.locked_page.show_locked()
        self.flow.show_first_run()

    def show_unlock(self, reason: str = "", *, try_keyring: bool = True) -> None:
        if self.app is None:
            self.flow.show_unlock(reason, try_keyring=try_keyring)

    @Slot()
    def _setup_cancelled(self) -> None:
        self.locked_page.show_not_set_up()

    # --- unlocked --------------------------------------------------------------------------------
    @Slot(object)
    def set_app(self, app: object) -> None:
        """Show the passport of an unlocked vault (the last page shown; the others are built when first shown)."""
        from carerpassport.app import PassportApp

        assert isinstance(app, PassportApp) and self.app is None
        self.app = app
        self._make_banner(app)
        # The sections for this vault's role, and the home row chosen, before the list shows: showing it
        # would otherwise select (and build) its first row.
        self.fill_navigation(app.received.role())
        self.show_actions_for(app.received.role())
        home = self.home_key()
        with QSignalBlocker(self.navigation):
            self.navigation.setCurrentRow(next(row for row in range(self.navigation.count())
                                               if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == home))
        self.modes.setCurrentIndex(1)
        self.toolbar.setVisible(True)
        self.fit_navigation()
        self.show_view(home)
        for action in self.vault_actions:
            action.setEnabled(True)
        self.inactivity.set_minutes(self.settings.get(AUTO_LOCK))
        self.inactivity.activate()
        self.lock_keys.activate()
        if self.screen_lock is None:
            self.screen_lock = session.ScreenLockWatcher(self)
            self.screen_lock.screen_locked.connect(lambda: self.lock(translate("MainWindow", SCREEN_REASON)))
        self._update_lock_state()
        self.save_state.setText(translate("MainWindow", "Saved"))
        if app.notice is not None:
            from carerpassport.domain.wording import gettext as domain_words

            self._tell_about_interrupted_key_change(domain_words(app.notice))  # an N_ constant of vault.key_change
        self._prebuild.start(PREBUILD_DELAY_MS)
        warm_up.warm_dialogs_in_background()  # the dialogs' PDF libraries, so opening one does not freeze the window
        self.unlocked.emit()

    def _tell_about_interrupted_key_change(self, notice: str) -> None:
        """Opening finished or rolled back a change of keys a crash interrupted: say which (not modal)."""
        from PySide6.QtWidgets import QMessageBox

        title = translate("MainWindow", "A change of keys was interrupted")
        box = QMessageBox(QMessageBox.Icon.Information, title, notice, QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "OK"))
        box.setAccessibleName(title)
        box.setAccessibleDescription(notice)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.key_change_notice = box
        box.open()

    def view(self, key: str) -> QWidget | None:
        """The page called ``key`` (see ``VIEWS``), built for the open vault when first asked for."""
        if key not in self.views and self.app is not None:
            spec = next(v for v in menu_specs.VIEWS if v.key == key)
            view = self._make_view(spec)
            self.views[key] = view
            self.pages.addWidget(view)
            self._connect_view(key, view)
        return self.views.get(key)

    def _prebuild_next_page(self) -> None:
        """Build (and style) one page not built yet, then come back next turn for another."""
        if self.app is None:
            return
        spec = next((v for v in menu_specs.VIEWS if v.key not in self.views), None)
        if spec is None:
            return
        view = self.view(spec.key)
        if view is not None:
            view.ensurePolished()  # styles its children now, not when first shown
        self._prebuild.start(0)

    def _make_view(self, spec: ViewSpec) -> QWidget:
        try:
            cls = menu_specs.load_class(spec)
        except (ImportError, AttributeError) as exc:
            # A broken build: say so on the page rather than fail to open the passport at all.
            qWarning(f"carerpassport: the {spec.title} page could not be loaded: {exc!r}")
            #: {page} is the page's name, e.g. "History".
            label = QLabel(translate("MainWindow", "{page} could not be loaded in this copy of the app. Reinstalling "
                                     "may help.").format(page=spec.shown_title()))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(spec.shown_title())
            return label
        view: QWidget = cls(self.app, self.runner, self.pages)
        view.installEventFilter(self.screen_fit)  # its own dialogs (an action, a note) fit the screen too
        view.setAccessibleName(view.accessibleName() or spec.shown_title())
        view.setAccessibleDescription(view.accessibleDescription() or spec.shown_description())
        return view

    def _connect_view(self, key: str, view: QWidget) -> None:
        if key == "passport" and hasattr(view, "save_state_changed"):
            view.save_state_changed.connect(self.save_state.setText)
        if key == "passport" and hasattr(view, "saved"):
            view.saved.connect(lambda _rev: self._refresh("banner"))
        if key == "actions" and hasattr(view, "changed"):
            view.changed.connect(lambda: self._refresh("banner"))
        if key == "requests" and hasattr(view, "changed"):  # an outcome can update the agreed actions
            view.changed.connect(lambda: self._refresh("actions", "banner"))
        if key == "received" and hasattr(view, "open_dialog"):
            view.open_dialog.connect(self._open_dialog_named)
        if key == "history" and hasattr(view, "restored"):
            view.restored.connect(lambda _rev: self._refresh("passport", "actions", "banner"))

    def _refresh(self, *keys: str) -> None:
        for key in keys:
            target = self.banner if key == "banner" else self.views.get(key)
            if target is not None and hasattr(target, "refresh"):
                target.refresh()

    def _make_banner(self, app: PassportApp) -> None:
        from carerpassport.ui.widgets.due_banner import DueBanner

        self.banner = DueBanner(app, self)
        self.banner.start_review.connect(lambda: self.open_feature_dialog(menu_specs.START_REVIEW))
        self.banner_area.addWidget(self.banner)

    @Slot(int)
    def _navigation_changed(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None:
            self.show_view(item.data(Qt.ItemDataRole.UserRole))

    def _show_from_review(self, key: str) -> None:
        """A review asked for a page: the passport's means its sharing agreement, which the review said to change."""
        self.show_view(key)
        show_agreement = getattr(self.views.get(key), "show_sharing_agreement", None)
        if key == "passport" and show_agreement is not None:
            # After the wizard has closed and handed the focus back to the window.
            QTimer.singleShot(0, show_agreement)

    def show_view(self, key: str) -> None:
        """Bring one page to the front (and refresh it, so it shows the latest saved state)."""
        fresh = key not in self.views
        view = self.view(key)
        if view is None:
            return
        previous = self.pages.currentWidget()
        if previous is self.views.get("passport") and view is not previous:
            self._unsaved_problem()
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.navigation.currentRow() != row:
                    # quietly: its signal would come back here and build or refresh the page a second time
                    with QSignalBlocker(self.navigation):
                        self.navigation.setCurrentRow(row)
                self.settings.set(NAV_PAGE, row)
                break
        else:
            self.navigation.clearSelection()
        if view is not previous and not fresh and hasattr(view, "refresh"):
            view.refresh()
        self.pages.setCurrentWidget(view)

    def current_view_key(self) -> str | None:
        current = self.pages.currentWidget()
        return next((k for k, v in self.views.items() if v is current), None)

    # --- saving before locking -------------------------------------------------------------------
    def _unsaved_problem(self) -> str:
        """Save the editor's pending typing now; "" when everything is in the vault, else why it is not."""
        editor = self.views.get("passport")
        if editor is None or not hasattr(editor, "flush"):
            return ""
        try:
            editor.flush()
        except Exception as exc:  # noqa: BLE001 - e.g. a full disk: the person must hear about it
            return failures.failure_sentence(exc, translate("MainWindow", "Your last change could not be saved."))
        if getattr(editor, "has_unsaved_changes", lambda: False)():
            return str(getattr(editor, "unsaved_problem", "")) or translate(
                "MainWindow", "Your last change could not be saved.")
        return ""

    def confirm_discard(self, problem: str, *, quitting: bool = False) -> bool:
        """Ask whether to lock (or quit) although a change could not be saved (tests replace this)."""
        from carerpassport.ui.dialogs.shell_messages import ask_to_discard  # message boxes: not on the first screen

        return ask_to_discard(self, problem, quitting=quitting)

    @staticmethod
    def _with_loss(reason: str, problem: str) -> str:
        if not problem:
            return reason
        #: {reason} says why the passport locked (may be empty); {problem} why the change could not be saved.
        return translate("MainWindow", "{reason} Your last change could not be saved and was not kept: "
                         "{problem}").format(reason=reason, problem=problem).strip()

    # --- locking ---------------------------------------------------------------------------------
    @Slot()
    def lock(self, reason: str = "", *, ask: bool = False) -> bool:
        """Save, wipe every view, close the vault, and ask to unlock again. False if it did not lock.

        With ``ask`` (Ctrl+L) the person may choose to stay when a change cannot be saved; an automatic
        lock (idle, screen lock) always locks and says on the locked page what was lost.
        """
        if self.app is None:
            self._restore_finished(reason)
            return False
        problem = self._unsaved_problem()
        if problem and ask and not self.confirm_discard(problem):
            return False
        self._close_dialogs()
        self._teardown()
        app, self.app = self.app, None
        app.close()
        del app
        collector.thaw()  # the objects frozen at unlock (the closed vault's among them) can be collected again
        QTimer.singleShot(0, gc.collect)  # free what the views held once they are gone, after the lock shows
        reason = self._with_loss(reason, problem)
        self._show_locked_state(reason)
        self.locked.emit()
        QTimer.singleShot(0, lambda: self.show_unlock(reason, try_keyring=False))
        return True

    def _teardown(self) -> None:
        """What locking, quitting and a restore share once the typing is saved: no worker, view or secret."""
        self._prebuild.stop()
        self.inactivity.deactivate()
        self.lock_keys.deactivate()
        self.runner.wait(10_000)  # a worker may still be writing with this vault's connection
        self._clear_views()
        self.clipboard.clear_now()

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(widgets.QDialog):
            if dialog is self.flow.dialog or dialog is self._restoring:
                continue
            if dialog.isVisible():
                dialog.done(widgets.QDialog.DialogCode.Rejected)
            unlock_flow.delete_when_idle(dialog, self.runner)
        self.open_dialogs.clear()

    def _clear_views(self) -> None:
        for view in self.views.values():
            if hasattr(view, "clear"):
                view.clear()
            self.pages.removeWidget(view)
            view.hide()
            unlock_flow.delete_when_idle(view, self.runner)
        self.views.clear()
        if self.banner is not None:
            self.banner_area.removeWidget(self.banner)
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None

    def _show_locked_state(self, reason: str = "") -> None:
        self.modes.setCurrentIndex(0)
        self.toolbar.setVisible(False)  # its buttons do nothing while locked
        self.locked_page.show_locked(reason)
        for action in self.vault_actions:
            action.setEnabled(False)
        self.save_state.setText("")
        self.lock_state.setText(translate("MainWindow", "Locked"))

    def _update_lock_state(self) -> None:
        minutes = self.settings.get(AUTO_LOCK)
        if minutes == 0:
            text = translate("MainWindow", "Unlocked — never locks by itself (Ctrl+L locks now)")
        elif minutes == 1:
            text = translate("MainWindow", "Unlocked — locks after 1 idle minute (Ctrl+L locks now)")
        else:
            text = translate("MainWindow", "Unlocked — locks after {count} idle minutes (Ctrl+L locks now)").format(
                count=minutes)
        self.lock_state.setText(text)

    @Slot(int)
    def set_auto_lock(self, minutes: int) -> None:
        self.inactivity.set_minutes(minutes)
        self._update_lock_state()

    # --- restoring a backup over the open vault ----------------------------------------------------
    def _vault_closing(self, dialog: QDialog) -> None:
        """A restore is about to replace the open vault: save, wipe the views; the dialog closes the vault."""
        if self.app is None:
            return
        problem = self._unsaved_problem()
        self._teardown()
        self.app = None  # the restore dialog closes it, and later calls lock() with what happened
        self._restoring = dialog
        self._show_locked_state(self._with_loss(translate("MainWindow", RESTORING_REASON), problem))

    def _restore_finished(self, reason: str) -> None:
        """The restore dialog's ``lock(reason)``: show the reason and ask to unlock the restored vault."""
        dialog = self._restoring
        if dialog is None or self.runner.busy:  # no restore, or one still running (a screen lock meanwhile)
            return
        self._restoring = None
        self._show_locked_state(reason)
        self.locked.emit()
        if dialog in self.open_dialogs:  # let the person read the result, then unlock
            dialog.finished.connect(lambda _code: self.show_unlock(reason))
        else:
            QTimer.singleShot(0, lambda: self.show_unlock(reason))

    # --- dialogs ---------------------------------------------------------------------------------
    def open_feature_dialog(self, spec: DialogSpec) -> QDialog | None:
        """Import a feature dialog when first used, build it for the open vault and show it."""
        if self.app is None:
            return None
        try:
            cls = menu_specs.load_class(spec)
        except (ImportError, AttributeError) as exc:
            qWarning(f"carerpassport: {spec.module}.{spec.cls} could not be loaded: {exc!r}")
            from PySide6.QtWidgets import QMessageBox

            #: {name} is the menu entry's text, e.g. "Back up".
            QMessageBox.warning(self, translate("MainWindow", "Could not open"), translate(
                "MainWindow", "“{name}” could not be opened in this copy of the app. Reinstalling may "
                "help.").format(name=spec.shown_plain_text()))
            return None
        self._unsaved_problem()  # the dialog reads the vault: let it see the last second of typing
        dialog: QDialog = cls(self.app, self.runner, self, **dict(spec.kwargs))
        if hasattr(dialog, "closing_vault"):
            dialog.closing_vault.connect(lambda d=dialog: self._vault_closing(d))
        if hasattr(dialog, "review_recorded"):
            dialog.review_recorded.connect(self.show_outcome)
        if hasattr(dialog, "show_view_requested"):  # the review wizard: change the sharing agreement
            dialog.show_view_requested.connect(self._show_from_review)
        if hasattr(dialog, "imported"):  # the pages behind it show the new status line at once
            dialog.imported.connect(lambda _revision: self._refresh("passport", "actions", "banner"))
        if hasattr(dialog, "template_changed"):  # every page was built on the old form
            dialog.template_changed.connect(self._template_changed)
        self._track(dialog)
        dialog.open()
        return dialog

    def _template_changed(self) -> None:
        """A new employer's form is in use: rebuild the pages on it, showing the same page as before."""
        if self.app is None:
            return
        current = self.current_view_key() or self.home_key()
        self._unsaved_problem()  # the last second of typing is saved on the old pages first
        self._clear_views()
        self._make_banner(self.app)
        self.show_view(current)

    def _track(self, dialog: QDialog) -> None:
        self.open_dialogs.append(dialog)
        # Where the keyboard was (a toolbar button, a field of the passport): it goes back there after.
        came_from = QApplication.focusWidget()
        dialog.finished.connect(lambda _result, d=dialog, w=came_from: self._dialog_finished(d, w))

    def _dialog_finished(self, dialog: QDialog, came_from: QWidget | None = None) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        unlock_flow.delete_when_idle(dialog, self.runner)
        if self.app is not None:  # an import, a review or a new manager may have changed what the pages show
            current = self.current_view_key()
            self._refresh(*(k for k in (current, "received") if k), "banner")
        if came_from is not None and shiboken6.isValid(came_from) and came_from.isVisible() \
                and came_from.window() is self:
            if not self.open_dialogs:
                self.activateWindow()  # without a window manager nobody else gives the window back its keys
            came_from.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(str)
    def _open_dialog_named(self, cls: str) -> None:
        spec = next((d for d in menu_specs.DIALOGS if d.cls == cls), None)
        if spec is not None:
            self.open_feature_dialog(spec)

    @Slot()
    def open_settings(self) -> QDialog | None:
        if self.app is None:
            return None
        from carerpassport.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self.runner, self, settings=self.settings, theme=self.theme,
                                clipboard=self.clipboard)
        dialog.auto_lock_changed.connect(self.set_auto_lock)
        dialog.appearance_changed.connect(self.fit_navigation)
        if hasattr(dialog, "role_changed"):
            dialog.role_changed.connect(self.role_changed)
        self._track(dialog)
        dialog.open()
        return dialog

    @Slot(str)
    def show_outcome(self, sentence: str) -> None:
        """Confirm what a dialog just recorded (a review), in the status bar, until the next message."""
        self.outcome = sentence
        self.statusBar().showMessage(sentence)
        self.statusBar().setAccessibleDescription(sentence)

    @Slot()
    def show_shortcuts(self) -> None:
        from carerpassport.ui.dialogs.shell_messages import show_shortcuts

        show_shortcuts(self, hidden=[d.shortcut for d, a in self.dialog_actions if d.shortcut and not a.isVisible()])

    @Slot()
    def show_about(self) -> None:
        self.about_dialog().exec()

    def about_dialog(self) -> QDialog:
        """Help › About, naming the folder this window's vault is in (``--data-dir``, ``$CARERPASSPORT_HOME`` or
        the platform's default, as the unlock flow found it) and the settings file."""
        from carerpassport.ui.dialogs.shell_messages import about_box

        folder = self.data_dir
        if folder is None:  # the unlock flow is still looking: it looks where this says
            from carerpassport.app import default_data_dir

            folder = default_data_dir()
        return about_box(self, folder, self.settings.store.fileName())

    # --- closing ---------------------------------------------------------------------------------
    def save_pending(self) -> str:
        """Save the editor's pending typing now (the session manager asks before logging out); "" when
        everything is in the vault, else why it is not."""
        return self._unsaved_problem() if self.app is not None else ""

    def end_session(self) -> None:
        """Logout, shutdown or SIGTERM: save what can be saved, close, and quit the app, asking nothing."""
        self._ending_session = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._build_chrome()  # closed before its zero-timer ran (at once, or by the session): what closes needs it
        if self.app is not None:
            problem = self._unsaved_problem()
            if problem and not self._ending_session and not self.confirm_discard(problem, quitting=True):
                event.ignore()
                return
        self._close_dialogs()
        if self.flow.dialog is not None:
            self.flow.dialog.done(widgets.QDialog.DialogCode.Rejected)
        if self.app is not None:
            self._teardown()
            self.app.close()
            self.app = None
        self.clipboard.clear_now()
        self.inactivity.deactivate()
        self.lock_keys.deactivate()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
