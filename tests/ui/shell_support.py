"""Helpers for the app-shell tests (imported by name): vault snapshots, text and accessibility walkers."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's functions (mightBeRichText)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.unlock import UnlockDialog
from carerpassport.ui.main_window import MainWindow
from tests.ui.screenshot_dir import SCREENSHOTS

ANSWER_FIELD = "caring.responsibilities"
MNEMONIC = re.compile(r"&(?![&\s]|[a-zA-Z]+;|#\d+;)")


# --- the vault on disk -------------------------------------------------------------------------------
def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: its SHA-256 and modification time (to prove nothing was written)."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def reopen(data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> PassportApp:
    return PassportApp.open(data_dir, passphrase=passphrase, recovery_code=recovery_code)


def flush_deletes() -> None:
    """Run the pending ``deleteLater`` calls now (they normally wait for the event loop)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


# --- the window -----------------------------------------------------------------------------------
def unlock_dialog(window: MainWindow, qtbot) -> UnlockDialog:  # noqa: ANN001 - pytest-qt's qtbot
    qtbot.waitUntil(lambda: isinstance(window.unlock_dialog, UnlockDialog) and window.unlock_dialog.isVisible(),
                    timeout=5000)
    dialog = window.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    return dialog


def unlock_with(window: MainWindow, qtbot, secret: str) -> None:  # noqa: ANN001
    """Type ``secret`` into the unlock dialog and press Enter; wait for the window to unlock."""
    dialog = unlock_dialog(window, qtbot)
    dialog.secret_field.setText(secret)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        dialog.try_unlock()


def visible_dialogs(window: QWidget) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog) if d.isVisible()]


# --- what text is anywhere ---------------------------------------------------------------------------
def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # list models keep columnCount private in Python: one column
        return 1


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        out.append(str(value))
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:  # a tree: look inside (hasChildren is private for some models)
                stack.append(first)
    return out


def widget_texts(widget: QWidget) -> list[str]:
    """Every string a widget shows or holds: text, plain text, combo items, model data, names, tooltips."""
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        out.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        out.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        out.extend(_model_texts(widget))
    return out


def texts_containing(needle: str, roots: list[QWidget] | None = None) -> list[str]:
    """Where ``needle`` still appears, in ``roots`` and their children (default: every widget there is)."""
    widgets = QApplication.allWidgets() if roots is None else [w for r in roots for w in (r, *r.findChildren(QWidget))]
    hits = []
    for widget in widgets:
        if any(needle in text for text in widget_texts(widget)):
            hits.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return hits


# --- accessibility -------------------------------------------------------------------------------------
def _inner_part(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite control (the combo's list, the spin box's line edit, viewports)."""
    parent = widget.parentWidget()
    if widget.objectName() in ("qt_scrollarea_viewport", "qt_spinbox_lineedit", "qt_toolbar_ext_button"):
        return True
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (accessibleName, else the buddy label, else the visible text).

    A combo box is the exception: on Linux Qt reports its current value as its name and leaves the
    name to the "labelled by" relation, so it needs its own accessible name or a buddy label.
    """
    if isinstance(widget, QComboBox):
        labels = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return (widget.accessibleName() or " ".join(label.text() for label in labels)).strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def _mnemonic_without_buddy(widget: QWidget) -> bool:
    if not isinstance(widget, QLabel) or widget.buddy() is not None:
        return False
    text = widget.text()
    rich = widget.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)
    return not rich and MNEMONIC.search(text) is not None


def accessibility_problems(root: QWidget) -> list[str]:
    """Visible focusable controls with no accessible name, and mnemonic labels with no buddy, under ``root``."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget is root or widget.isVisibleTo(root)) or _inner_part(widget):
            continue
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None
        if focusable and type(widget) is not QWidget and not accessible_name(widget):
            problems.append(f"no name: {type(widget).__name__} {widget.objectName()!r}")
        if _mnemonic_without_buddy(widget):
            problems.append(f"mnemonic label without a buddy: {widget.text()!r}")
    return problems


# --- screenshots ---------------------------------------------------------------------------------------
def screenshot(widget: QWidget, name: str) -> Path:
    """Grab ``widget`` into :data:`SCREENSHOTS` and check the picture is not blank."""
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    pixels = bytes(image.constBits())
    colours = {pixels[i:i + 4] for i in range(0, len(pixels), 4 * 5)}  # every fifth pixel
    assert len(colours) > 3, f"{name} is blank"
    return path
