"""Colours, focus and text size: one palette per theme, a stylesheet made from it, and contrast checks.

Every theme meets WCAG 2.2 AA: text at least 4.5:1 against its background, component borders and the
focus ring at least 3:1 (``tests/ui/test_shell_theme.py`` computes every pair in :data:`TEXT_PAIRS`
and :data:`UI_PAIRS`). "system" follows the computer's light/dark preference but still uses our
palettes, so the guarantee holds there too.

Widgets opt into a look with a dynamic property ``role`` (no colours in widget code):
``heading``, ``subheading``, ``hint`` (secondary text), ``saved`` (the status "Saved"),
``banner-due`` / ``banner-overdue`` (the review banner), ``code`` (the recovery code),
``error`` (a message about wrong input), ``card`` (a framed panel).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    from carerpassport.ui.qt_namespace import Qt  # built when first used, after the first paint


class Palette(NamedTuple):
    """The colours of one theme (hex ``#rrggbb``).

    A named tuple rather than a frozen dataclass: the theme is applied before the first window paints,
    and a dataclass of 25 fields took 2 ms to make there (its generated methods), plus 1 ms to import
    ``dataclasses``; a named tuple is as immutable, compares and hashes the same, in 0.2 ms.
    """

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    muted: str  # secondary text (hints, captions)
    border: str  # edges of inputs, buttons and lists
    focus: str  # the focus ring
    saved: str
    error: str
    due_bg: str
    due_text: str
    overdue_bg: str
    overdue_text: str
    tooltip_bg: str
    tooltip_text: str
    nav_bg: str
    nav_text: str


LIGHT = Palette(
    name="light", window="#f6f6f3", window_text="#1b1b1b", base="#ffffff", alternate_base="#eef1f4",
    text="#1b1b1b", button="#e9e9e5", button_text="#1b1b1b", highlight="#1d5a96", highlighted_text="#ffffff",
    link="#1a54a0", placeholder="#5c6066", muted="#4a4a4a", border="#6f6f6f", focus="#0b4fbf",
    saved="#1c6632", error="#a4111f", due_bg="#fff1c2", due_text="#3b2c00", overdue_bg="#fde4e6",
    overdue_text="#7a0010", tooltip_bg="#1b1b1b", tooltip_text="#ffffff", nav_bg="#e7eaee", nav_text="#1b1b1b",
)

DARK = Palette(
    name="dark", window="#1d1e21", window_text="#ececec", base="#26272b", alternate_base="#2e3035",
    text="#f0f0f0", button="#35373c", button_text="#f0f0f0", highlight="#8ab4f8", highlighted_text="#0f1320",
    link="#9cc0ff", placeholder="#a9adb3", muted="#c3c6cb", border="#8c9097", focus="#ffb347",
    saved="#86dca0", error="#ff9aa2", due_bg="#453700", due_text="#ffe39a", overdue_bg="#5a1a20",
    overdue_text="#ffd9dd", tooltip_bg="#f0f0f0", tooltip_text="#1b1b1b", nav_bg="#25272b", nav_text="#ececec",
)

HIGH_CONTRAST = Palette(
    name="high_contrast", window="#000000", window_text="#ffffff", base="#000000", alternate_base="#141414",
    text="#ffffff", button="#000000", button_text="#ffffff", highlight="#ffff00", highlighted_text="#000000",
    link="#7fdbff", placeholder="#d0d0d0", muted="#e6e6e6", border="#ffffff", focus="#ffff00",
    saved="#7dff9b", error="#ff8c8c", due_bg="#000000", due_text="#ffff00", overdue_bg="#000000",
    overdue_text="#ff8c8c", tooltip_bg="#ffffff", tooltip_text="#000000", nav_bg="#000000", nav_text="#ffffff",
)

PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}

#: (foreground, background) attribute pairs that carry text: need 4.5:1.
TEXT_PAIRS = (
    ("window_text", "window"), ("text", "base"), ("text", "alternate_base"), ("button_text", "button"),
    ("highlighted_text", "highlight"), ("link", "base"), ("link", "window"), ("placeholder", "base"),
    ("muted", "window"), ("muted", "base"), ("saved", "window"), ("error", "window"), ("error", "base"),
    ("due_text", "due_bg"), ("overdue_text", "overdue_bg"), ("tooltip_text", "tooltip_bg"),
    ("nav_text", "nav_bg"), ("highlighted_text", "highlight"),
)
#: Pairs that are parts of controls or the focus ring: need 3:1.
UI_PAIRS = (
    ("border", "window"), ("border", "base"), ("border", "nav_bg"), ("focus", "window"), ("focus", "base"),
    ("focus", "button"), ("focus", "nav_bg"), ("highlight", "base"), ("highlight", "nav_bg"),
    ("due_text", "due_bg"), ("overdue_text", "overdue_bg"),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of ``#rrggbb``."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1.0 to 21.0."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def resolve(theme: str, system_dark: bool | None = None) -> Palette:
    """The palette for a theme name; "system" follows the computer's light/dark preference (or
    ``system_dark``, when the caller already knows it)."""
    if theme in PALETTES:
        return PALETTES[theme]
    dark = _system_prefers_dark() if system_dark is None else system_dark
    return DARK if dark else LIGHT


def platform_palette_is_dark(app: QGuiApplication) -> bool:
    """Whether the palette Qt gave the application is a dark one (read before ours replaces it).

    Qt's own palettes follow the computer's colour scheme (its Fusion palette has been the dark one on
    a dark system since Qt 6.5; KDE's and Windows' are the desktop's colours), so this tells light from
    dark without ``QStyleHints.colorScheme()``, whose answer is a ``Qt`` enum: the first frame does not
    wait for PySide6 to build that namespace. :meth:`ThemeManager.confirm_system_scheme` asks Qt after
    the first paint, in case the two disagree.
    """
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def qpalette(p: Palette) -> QPalette:
    """A QPalette for the Fusion style from our colours."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window, QPalette.ColorRole.WindowText: p.window_text,
        QPalette.ColorRole.Base: p.base, QPalette.ColorRole.AlternateBase: p.alternate_base,
        QPalette.ColorRole.Text: p.text, QPalette.ColorRole.Button: p.button,
        QPalette.ColorRole.ButtonText: p.button_text, QPalette.ColorRole.Highlight: p.highlight,
        QPalette.ColorRole.HighlightedText: p.highlighted_text, QPalette.ColorRole.Link: p.link,
        QPalette.ColorRole.LinkVisited: p.link, QPalette.ColorRole.PlaceholderText: p.placeholder,
        QPalette.ColorRole.ToolTipBase: p.tooltip_bg, QPalette.ColorRole.ToolTipText: p.tooltip_text,
        QPalette.ColorRole.BrightText: p.error, QPalette.ColorRole.Accent: p.highlight,
        QPalette.ColorRole.Light: p.base, QPalette.ColorRole.Midlight: p.alternate_base,
        QPalette.ColorRole.Mid: p.border, QPalette.ColorRole.Dark: p.border, QPalette.ColorRole.Shadow: p.border,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return pal


def stylesheet(p: Palette, point_size: float) -> str:
    """The app-wide stylesheet: visible focus, framed inputs, role-based text styles.

    Inputs and buttons keep the same outer size when focused (1 px margin + 1 px border becomes a
    2 px border), so moving focus never makes the layout jump.

    Icons are ours too, drawn in this palette's colours (``resources/styles/*-{theme}.svg``): the
    style's own are drawn for a light background (its Close icon all but vanished in high contrast).
    Dialog buttons carry words, not icons; message boxes and the calendar's month arrows get ours.
    """
    heading = round(point_size * 1.45, 1)
    subheading = round(point_size * 1.15, 1)
    code = round(point_size * 1.3, 1)
    # The indicators in pixels: a radius in em was ignored, so radio buttons were drawn as square boxes,
    # like the check boxes beside them.
    indicator = round(point_size * 1.6)
    round_radius = (indicator + 4) // 2  # half the box, its 2 px border included
    styles = _styles_folder()
    return f"""
QToolTip {{ color: {p.tooltip_text}; background: {p.tooltip_bg}; border: 1px solid {p.border}; padding: 4px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.border}; border-radius: 3px;
    margin: 1px; padding: 4px; selection-background-color: {p.highlight}; selection-color: {p.highlighted_text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus, QComboBox:focus {{
    border: 2px solid {p.focus}; margin: 0px;
}}
QLineEdit:read-only {{ background: {p.alternate_base}; }}
QPushButton, QToolButton {{
    background: {p.button}; color: {p.button_text}; border: 1px solid {p.border}; border-radius: 4px;
    margin: 1px; padding: 5px 14px;
}}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ background: {p.alternate_base}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{
    background: {p.highlight}; color: {p.highlighted_text};
}}
QPushButton:disabled, QToolButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {p.focus}; margin: 0px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {p.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {indicator}px; height: {indicator}px; border: 2px solid {p.border}; background: {p.base};
    border-radius: 3px;
}}
QRadioButton::indicator {{ border-radius: {round_radius}px; }}
QCheckBox::indicator:checked {{
    background: {p.highlight}; border-color: {p.highlight}; image: url({styles}/check-{p.name}.svg);
}}
QRadioButton::indicator:checked {{
    background: {p.highlight}; border-color: {p.highlight}; image: url({styles}/dot-{p.name}.svg);
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
QListView, QTreeView, QTableView, QListWidget {{
    background: {p.base}; color: {p.text}; alternate-background-color: {p.alternate_base};
    border: 1px solid {p.border}; margin: 1px;
    selection-background-color: {p.highlight}; selection-color: {p.highlighted_text};
}}
QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus {{ border: 2px solid {p.focus}; margin: 0px; }}
QListWidget#navigation {{ background: {p.nav_bg}; color: {p.nav_text}; }}  /* no padding: see fit_navigation */
QListWidget#navigation::item {{ padding: 8px 10px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: {p.highlight}; color: {p.highlighted_text}; }}
QHeaderView::section {{
    background: {p.button}; color: {p.button_text}; border: 0px; border-right: 1px solid {p.border};
    border-bottom: 1px solid {p.border}; padding: 4px;
}}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {subheading}pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {p.muted}; }}
QLabel[reading="true"] {{ border: 2px solid transparent; border-radius: 3px; padding: 2px; }}
QLabel[reading="true"]:focus {{ border: 2px solid {p.focus}; }}
QLabel[role="saved"] {{ color: {p.saved}; }}
QLabel[role="error"] {{ color: {p.error}; font-weight: 600; }}
QLabel[role="code"], QLineEdit[role="code"] {{
    font-family: monospace; font-size: {code}pt; font-weight: 600; letter-spacing: 1px;
}}
QFrame[role="banner-due"], QLabel[role="banner-due"] {{
    background: {p.due_bg}; color: {p.due_text}; border: 1px solid {p.due_text}; border-radius: 4px; padding: 6px;
}}
QFrame[role="banner-overdue"], QLabel[role="banner-overdue"] {{
    background: {p.overdue_bg}; color: {p.overdue_text}; border: 1px solid {p.overdue_text};
    border-radius: 4px; padding: 6px;
}}
QFrame[role="card"] {{ background: {p.base}; border: 1px solid {p.border}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QMessageBox {{
    messagebox-information-icon: url({styles}/information-{p.name}.svg);
    messagebox-question-icon: url({styles}/question-{p.name}.svg);
    messagebox-warning-icon: url({styles}/warning-{p.name}.svg);
    messagebox-critical-icon: url({styles}/critical-{p.name}.svg);
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QCalendarWidget QToolButton::menu-indicator {{
    image: url({styles}/arrow-down-{p.name}.svg); width: 0.7em; height: 0.7em;
}}
QCalendarWidget QTableView, QCalendarWidget QTableView:focus {{ border: 0px; margin: 0px; }}
QCalendarWidget QToolButton#qt_calendar_prevmonth {{ qproperty-icon: url({styles}/arrow-left-{p.name}.svg); }}
QCalendarWidget QToolButton#qt_calendar_nextmonth {{ qproperty-icon: url({styles}/arrow-right-{p.name}.svg); }}
"""


def _styles_folder() -> str:
    """Where the tick and dot images for check boxes live (``resources/styles``), with / separators.

    The stylesheet is applied before the first window paints, so the folder comes from the import
    system's spec of ``carerpassport.resources`` (already loaded) rather than ``importlib.resources``,
    whose package and readers are a few milliseconds of imports; a stylesheet's ``url()`` needs a real
    folder either way.
    """
    import importlib.util

    spec = importlib.util.find_spec("carerpassport.resources")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location) / "styles"
        if folder.is_dir():
            return str(folder).replace("\\", "/")
    from carerpassport.resource_files import resources_root

    return str(resources_root() / "styles").replace("\\", "/")


#: Command-line options that make a new QApplication start with Fusion (:func:`new_application`).
FUSION_ARGUMENTS = ("-style", "fusion")
_FUSION_SET = "carerpassport_fusion"


def new_application(argv: list[str]) -> QApplication:
    """The QApplication, made with the Fusion style from the start.

    The same style as :meth:`ThemeManager.apply` sets, without ``QApplication.setStyle``: that makes a
    second Fusion style after Qt's first and returns it, and PySide6 builds the Python class of
    ``QStyle`` (its many enums) to hand it back — about 5 ms before the first window paints.
    """
    program = argv[:1] or ["carerpassport-gui"]  # Qt reads options only after the program's name
    app = QApplication([*program, *FUSION_ARGUMENTS, *argv[1:]])
    app.setProperty(_FUSION_SET, True)
    return app


class ThemeManager:
    """Applies a theme and a text size to the whole application; remembers the base font size."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        # The size before any scaling, kept on the application so a second manager scales from it too.
        stored = app.property("carerpassport_base_point_size")
        if stored is None:
            stored = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
            app.setProperty("carerpassport_base_point_size", stored)
        self.base_point_size = float(stored)
        applied = app.property("carerpassport_theme")
        self.theme = str(applied) if applied else "system"
        self.text_size = int(app.property("carerpassport_text_size") or 100)
        self.applied: Palette | None = None  # the colours of the last apply()

    @property
    def palette(self) -> Palette:
        return resolve(self.theme)

    def point_size(self, text_size: int | None = None) -> float:
        return round(self.base_point_size * (text_size or self.text_size) / 100, 1)

    def apply(self, theme: str | None = None, text_size: int | None = None, *,
              system_dark: bool | None = None) -> None:
        """Change colours and/or text size everywhere at once (``system_dark``: see :func:`resolve`)."""
        if theme is not None:
            self.theme = theme
        if text_size is not None:
            self.text_size = max(100, min(200, int(text_size)))
        palette = resolve(self.theme, system_dark)
        self.applied = palette
        if not self.app.property(_FUSION_SET):
            # Fusion draws from the palette on every platform, so contrast is ours. Set once: replacing
            # the style deletes the old one, and a hidden QWizard still pointing at it crashes on repolish.
            # (With a style sheet applied, style().name() is the sheet's proxy, not "fusion": hence a flag.)
            self.app.setStyle("Fusion")
            self.app.setProperty(_FUSION_SET, True)
        self.app.setPalette(qpalette(palette))
        font = QFont(self.app.font())
        font.setPointSizeF(self.point_size())
        self.app.setFont(font)
        self.app.setStyleSheet(stylesheet(palette, self.point_size()))
        self.app.setProperty("carerpassport_theme", self.theme)
        self.app.setProperty("carerpassport_text_size", self.text_size)


    def apply_first_frame(self, theme: str, text_size: int) -> None:
        """:meth:`apply` at start, while the application still has Qt's palette: "system" is read from
        that palette (:func:`platform_palette_is_dark`). Call :meth:`confirm_system_scheme` after the
        first paint."""
        self.apply(theme, text_size, system_dark=platform_palette_is_dark(self.app))

    def confirm_system_scheme(self) -> None:
        """After the first paint: if Qt's colour scheme says otherwise than its palette did, follow Qt."""
        if self.theme == "system" and resolve(self.theme) != self.applied:
            self.apply()


def set_role(widget: object, role: str) -> None:
    """Give a widget one of the stylesheet roles and re-polish it so the look applies now."""
    # QWidget and Qt (the lazy stand-in) are imported with the module: an import statement here goes
    # through PySide's import hook on every call; profiled in History's first build just after unlock,
    # 8 calls took 12 ms in that hook.
    assert isinstance(widget, QWidget)
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Only a widget already styled needs styling again; one not yet shown is styled when it is
        # (re-polishing every new widget under the style sheet was most of the cost of a question card).
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
