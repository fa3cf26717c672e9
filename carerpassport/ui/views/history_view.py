"""History: every saved version, what changed between two of them, and restoring an old one.

Restoring never deletes anything: the old content is saved again as a new, current version, and every
version (including the one that was current) stays in the list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.ui.gui_language import gui_language
from carerpassport.ui.models.changes_model import AFTER, BEFORE, ITEM, ChangesModel
from carerpassport.ui.models.history_model import (
    NUMBER_ROLE,
    SUMMARY,
    VERSION,
    WHEN,
    HistoryModel,
    longest_when,
    time_in_words,
    what_happened,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible
from carerpassport.ui.widgets.passport_preview import PassportPreview
from carerpassport.ui.widgets.question_box import question_box
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import page_area
from carerpassport.vault.repository import RevisionInfo

translate = QCoreApplication.translate


class HistoryView(QWidget):
    """Saved versions of the passport; read, compare and restore them."""

    restored = Signal(int)  # the number of the new revision a restore created

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.confirm_box: QMessageBox | None = None
        self.model = HistoryModel(self)
        self.changes = ChangesModel(self)
        self._shown: int | None = None
        self._preview_stale = False
        # What the page was last filled from: the newest version (its whole header; its chain hash stands for
        # every version before it) and the day (the list says "Today"/"Yesterday"). Showing the page again
        # with both the same has nothing to change, and re-reading and re-comparing two versions cost ~7 ms
        # of the five-year vault's GUI thread on every show. None: the page must be filled (made, or cleared).
        self._filled_from: tuple[RevisionInfo, dt.date] | None = None
        # The chosen version's details (its diff: two versions loaded and compared, ~7 ms, and the first
        # paint of the changes table) are filled one event-loop turn after the page is made, so that making
        # and first painting the page, and filling its details, are separate events of under 50 ms each
        # rather than one of ~60 ms (bench_interactions' History chosen just after unlock).
        self._defer_details = True
        self._details_pending = False

        # The whole page scrolls: at 200 % text on a 1280×720 screen the details need more height than the
        # page has, and squeezing them left the "What changed" table showing its header and no row.
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading_label(translate("HistoryView", "History"), page))
        layout.addWidget(hint_label(translate("HistoryView", "Every change you make is kept as a version. Choose one "
                                              "to see what changed or to read it. Restoring an old version saves it "
                                              "again as the newest: nothing is ever lost."), page))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 760])
        layout.addWidget(self.splitter, 1)
        self.page_scroll, _ = page_area(self, content=page, tab_stop=False)  # Tab goes to the controls in it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        self._size_columns()
        self._fit_to_width()
        self.refresh()
        self._defer_details = False

    # --- building ------------------------------------------------------------------------------
    def _build_list(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        make_row_table(table, translate("HistoryView", "Saved versions"),
                       translate("HistoryView", "Newest first. Use the arrow keys to choose a version."))
        table.setColumnHidden(SUMMARY, True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current.row()))
        self.versions = table
        return table

    def _build_detail(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        self.caption = QLabel(panel)
        self.caption.setWordWrap(True)
        set_role(self.caption, "subheading")
        layout.addWidget(self.caption)
        # What the version holds, in words ("Changed: …"), in ordinary text under the heading: a
        # version's label can name several questions, and in the heading it took four lines at 200 %.
        self.what_happened = QLabel(panel)
        self.what_happened.setWordWrap(True)
        layout.addWidget(self.what_happened)

        compare_row = QHBoxLayout()
        compare_label = QLabel(translate("HistoryView", "Compare with:"), panel)
        self.compare_with = QComboBox(panel)
        self.compare_with.setModel(self.model)  # one model for the list and this box: no copying per refresh
        self.compare_with.setModelColumn(SUMMARY)
        self.compare_with.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare_with.setMinimumContentsLength(32)  # do not measure every version to size the box
        # Nor to lay out its list: without this, every reset of the shared model had the box's list ask for
        # seven roles of every version (1,400 calls for 200 versions) to size rows that are all one line.
        box_list = self.compare_with.view()
        if isinstance(box_list, QListView):  # Qt's own list (a QListView) unless one is set: it always is one
            box_list.setUniformItemSizes(True)
        set_accessible(self.compare_with, translate("HistoryView", "Compare with version"),
                       translate("HistoryView", "The other version to compare with. Normally the one just before the "
                                 "version you chose."))
        compare_label.setBuddy(self.compare_with)
        self.compare_with.activated.connect(lambda _index: self._update_changes())
        # At large text the box shows "Version 7 — Today, 22:07 — Changed: How c…": the whole line on hover.
        self.compare_with.currentTextChanged.connect(self.compare_with.setToolTip)
        compare_row.addWidget(compare_label)
        compare_row.addWidget(self.compare_with, 1)
        layout.addLayout(compare_row)

        self.tabs = QTabWidget(panel)
        self.tabs.setAccessibleName(translate("HistoryView", "Version details"))
        set_accessible(self.tabs.tabBar(), translate("HistoryView", "Show what changed, or read this version"),
                       translate("HistoryView", "Left and right arrow keys switch between the two tabs."))
        self.tabs.setUsesScrollButtons(False)
        for arrow in self.tabs.tabBar().findChildren(QToolButton):  # Qt's own, kept hidden with two tabs
            #: {arrow}: Qt's name for a tab bar's scroll arrow ("Scroll Left").
            arrow.setAccessibleDescription(translate("HistoryView", "{arrow} through the tabs.").format(
                arrow=arrow.accessibleName()))
        self.changes_table = QTableView(panel)
        self.changes_table.setModel(self.changes)
        self.changes_table.setWordWrap(True)
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setTabKeyNavigation(False)
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.verticalHeader().hide()
        self.changes_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.changes_table.horizontalHeader()
        for column in (ITEM, BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        set_accessible(self.changes_table, translate("HistoryView", "What changed"),
                       translate("HistoryView", "Each row is one change: what it is, what it was before and what it "
                                 "became."))
        self.no_changes = QLabel(panel)
        self.no_changes.setWordWrap(True)  # a sentence: at large text it needs more than one line
        set_role(self.no_changes, "hint")
        changes_page = QWidget(panel)
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.addWidget(self.no_changes)
        changes_layout.addWidget(self.changes_table, 1)
        self.preview = PassportPreview(panel)
        self.tabs.addTab(changes_page, translate("HistoryView", "What changed"))
        self.tabs.addTab(self.preview, translate("HistoryView", "Read this version"))
        self.tabs.currentChanged.connect(lambda _index: self._render_preview())
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(translate("HistoryView", "Restore this version…"), panel)
        set_accessible(self.restore_button, translate("HistoryView", "Restore this version"),
                       translate("HistoryView", "Make the chosen version current again, as a new version. Nothing is "
                                 "deleted."))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_hint = hint_label("", panel)
        buttons.addWidget(self.restore_hint, 1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        return panel

    # --- fitting the screen ---------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: widths and heights follow it
            QTimer.singleShot(0, self, self._text_size_changed)  # once the children have their new font too

    def _text_size_changed(self) -> None:
        self._size_columns()
        self._fit_to_width()

    def _size_columns(self) -> None:
        """The list's columns from the font, not from the rows: measuring 1,000 rows on every refresh costs
        ~100 ms. Only when the page is made or the text size changes: a column the person widened stays so."""
        metrics = self.versions.fontMetrics()
        header = self.versions.horizontalHeader()
        header.resizeSection(VERSION, metrics.horizontalAdvance(self.model.headerData(
            VERSION, Qt.Orientation.Horizontal)) + 16)
        header.resizeSection(WHEN, metrics.horizontalAdvance(longest_when(metrics)) + 16)
        header.setMinimumSectionSize(metrics.horizontalAdvance("M") * 4)
        self.versions.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 12)

    def _fit_to_width(self) -> None:
        """The version list beside the details when both fit, otherwise above them at the page's full width.

        Beside, at 200 % text on a 1280×720 screen, the list showed only "Version" and half of "When". Above,
        it shows the number, the date and the start of what changed; the page scrolls to the details.
        """
        metrics = self.fontMetrics()
        header = self.versions.horizontalHeader()
        char = metrics.horizontalAdvance("M")
        # From the font, not from the columns' widths: widening a column by hand does not move the list.
        version = self.model.headerData(VERSION, Qt.Orientation.Horizontal)
        list_width = metrics.horizontalAdvance(version + longest_when(metrics)) + 32 + 12 * char  # + what changed
        detail_width = metrics.horizontalAdvance(translate("HistoryView", "Compare with:")) + 36 * char  # 32 shown
        beside = self.width() >= list_width + detail_width + 8 * char
        row = self.versions.verticalHeader().defaultSectionSize()
        # Room for three changes of three lines each ("How does caring affect your work?: shared with
        # manager?" takes three at 200 %): without it the table showed its header and no change.
        cells = self.changes_table.fontMetrics().lineSpacing() * 3 + 12
        self.changes_table.setMinimumHeight(self.changes_table.horizontalHeader().sizeHint().height() + 3 * cells
                                            + 2 * self.changes_table.frameWidth())
        self.versions.setMinimumHeight(0 if beside else header.sizeHint().height() + 5 * row
                                       + 2 * self.versions.frameWidth())
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # Above: the list as tall as five versions, the details the rest (a splitter shares out what it has).
            self.splitter.setSizes([420, 760] if beside else [self.versions.minimumHeight(), 10_000])

    # --- choosing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list of versions, keeping an older chosen one; otherwise the (new) newest is chosen.

        Nothing is done when no version was saved since the page was last filled (and it is the same day): the
        chosen version, the chosen "Compare with" and their changes are still what the vault holds."""
        revisions = self.app.editing.history()  # kept by Editing while the newest version is the same
        filled_from = (revisions[-1], dt.date.today()) if revisions else None
        if filled_from is not None and filled_from == self._filled_from and self.model.rowCount() == len(revisions):
            return
        keep = self._shown if self._shown != self.model.latest_number() else None
        self._filled_from = filled_from
        questions = self.app.template.translated(gui_language()).question_titles()
        self.model.set_revisions(revisions, questions)  # the "Compare with" list shares this model
        self._shown = None
        self.select_revision(keep if keep is not None and self.model.row_of(keep) >= 0
                             else self.model.latest_number())

    def clear(self) -> None:
        """Forget every version shown (the vault is locking)."""
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self._shown = None
        self._filled_from = None
        self._details_pending = False
        self.model.set_revisions([])
        self.changes.set_changes([])
        self.preview.clear_passport()
        self.caption.clear()
        self.what_happened.clear()
        self.no_changes.clear()

    def select_revision(self, number: int | None) -> None:
        """Choose version ``number``: compare it with the one before and show it read-only."""
        if number is None:
            self._show(None)
            return
        row = self.model.row_of(number)
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.versions.selectionModel().setCurrentIndex(self.model.index(row, VERSION), flags)
        if self._shown != number:  # setCurrentIndex signals only when the row changes
            self._show(number)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._show(int(self.model.index(row, VERSION).data(NUMBER_ROLE)))

    def _show(self, number: int | None) -> None:
        self._shown = number
        if self._defer_details and number is not None:  # the page is being made: see __init__
            if not self._details_pending:
                self._details_pending = True
                QTimer.singleShot(0, self, self._show_pending)
            return
        self._details_pending = False
        latest = self.model.latest_number()
        self.restore_button.setEnabled(number is not None and number != latest)
        self.restore_hint.setText(translate("HistoryView", "This is the version you have now. To go back, choose an "
                                            "older version in the list.") if number is not None and number == latest
                                  else translate("HistoryView", "Restoring adds this version as the newest one; "
                                                 "nothing is deleted."))
        if number is None:
            self.caption.clear()
            self.what_happened.clear()
            return
        info = self.model.revision_at(self.model.row_of(number))
        #: {number}: a version's number; {when}: when it was saved, as "Today, 21:04".
        caption = translate("HistoryView", "Version {number} (the current version), {when}") if number == latest \
            else translate("HistoryView", "Version {number}, {when}")
        self.caption.setText(caption.format(number=number, when=time_in_words(info.created)))
        self.what_happened.setText(what_happened(info, self.model.questions))
        before = number - 1 if self.model.row_of(number - 1) >= 0 else number
        self.compare_with.setCurrentIndex(self.compare_with.findData(before, NUMBER_ROLE))
        self._update_changes()
        self._preview_stale = True
        self._render_preview()

    def _show_pending(self) -> None:
        if self._details_pending:  # not shown meanwhile (a version chosen, or the vault locking)
            self._show(self._shown)

    def _render_preview(self) -> None:
        """Fill "Read this version" only when it is the tab on show (loading a version is not free)."""
        if self._shown is None or not self._preview_stale or self.tabs.currentWidget() is not self.preview:
            return
        self._preview_stale = False
        self.preview.show_passport(self.app.editing.passport_at(self._shown), self.app.template,
                                   translate("HistoryView", "Version {number}").format(number=self._shown))

    def compare(self, other: int) -> None:
        """Compare the chosen version with version ``other`` (older one on the left)."""
        index = self.compare_with.findData(other, NUMBER_ROLE)
        if index >= 0:
            self.compare_with.setCurrentIndex(index)
            self._update_changes()

    def _update_changes(self) -> None:
        shown, other = self._shown, self.compare_with.currentData(NUMBER_ROLE)
        if shown is None or other is None:
            self.changes.set_changes([])
            return
        old, new = sorted((int(other), shown))
        if old == new:
            self.changes.set_changes([])
            self.no_changes.setText(translate("HistoryView", "This is the first version. Choose another in “Compare "
                                              "with” to see differences.") if shown == 1
                                    else translate("HistoryView", "Choose a different version in “Compare with” to "
                                                   "see what changed."))
        else:
            self.changes.set_changes(self.app.editing.diff(old, new), old, new)
            count = self.changes.rowCount()
            # One sentence for one change and one for more: English has no plural form built without a .qm.
            words = translate("HistoryView", "1 change between version {old} and version {new}.") if count == 1 \
                else translate("HistoryView", "{count} changes between version {old} and version {new}.") if count \
                else translate("HistoryView", "Versions {old} and {new} have the same content.")
            self.no_changes.setText(words.format(count=count, old=old, new=new))

    # --- restoring -----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Ask, then make the chosen version current again as a new version."""
        number = self._shown
        if number is None or number == self.model.latest_number() or self.confirm_box is not None:
            return
        info = self.model.revision_at(self.model.row_of(number))
        self.confirm_box = question_box(
            self, title=translate("HistoryView", "Restore this version?"),
            text=translate("HistoryView", "Make version {number} ({when}) your current passport?").format(
                number=number, when=time_in_words(info.created)),
            details=translate("HistoryView", "Its content is saved again as a new version. Nothing is lost: the "
                              "version you have now, and every other version, stays in History, and you can go back "
                              "to it."),
            confirm=translate("HistoryView", "Restore"),
            answered=lambda confirmed: self._restore_answered(number, confirmed),
            closed=self._confirm_closed)
        self.confirm_box.open()

    def _confirm_closed(self) -> None:
        self.confirm_box = None
        self.versions.setFocus()

    def _restore_answered(self, number: int, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            revision = self.app.editing.restore_revision(number)
        except PassportError as exc:
            #: {reason}: why, a whole sentence.
            self.caption.setText(translate("HistoryView", "Could not restore version {number}: {reason}").format(
                number=number, reason=exc))
            self._filled_from = None  # the next show fills the page again, in place of this sentence
            return
        self._shown = None
        self._filled_from = None  # even when restoring saved nothing new: the page is filled again
        self.refresh()
        if revision is not None:
            self.restored.emit(revision.number)
