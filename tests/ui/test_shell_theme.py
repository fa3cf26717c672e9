"""Every theme's colours meet WCAG 2.2: text 4.5:1 (7:1 in high contrast), controls and focus 3:1; the
stylesheet draws only colours from the palette that was checked; the ratio itself is computed right."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from shell_fixtures import shell_theme  # noqa: F401 - fixture

from carerpassport.ui.theme import (
    PALETTES,
    TEXT_PAIRS,
    UI_PAIRS,
    Palette,
    ThemeManager,
    contrast_ratio,
    qpalette,
    resolve,
    stylesheet,
)

#: Disabled buttons are exempt in WCAG, but a tired reader still has to read "Start" before it enables.
EXTRA_TEXT_PAIRS = (("muted", "button"), ("muted", "alternate_base"), ("text", "base"))


def _needed(palette: Palette) -> float:
    return 7.0 if palette.name == "high_contrast" else 4.5


def test_the_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA threshold grey
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_text_is_readable(palette: Palette) -> None:
    failures = [(fg, bg, round(contrast_ratio(getattr(palette, fg), getattr(palette, bg)), 2))
                for fg, bg in (*TEXT_PAIRS, *EXTRA_TEXT_PAIRS)
                if contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < _needed(palette)]
    assert failures == []


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_controls_and_the_focus_ring_stand_out(palette: Palette) -> None:
    failures = [(fg, bg, round(contrast_ratio(getattr(palette, fg), getattr(palette, bg)), 2))
                for fg, bg in UI_PAIRS if contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < 3.0]
    assert failures == []


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_the_stylesheet_uses_only_checked_colours(palette: Palette) -> None:
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", stylesheet(palette, 10.0)))
    checked = {getattr(palette, name) for pair in (*TEXT_PAIRS, *UI_PAIRS) for name in pair}
    assert used <= checked, used - checked


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_the_qt_palette_is_the_checked_one(palette: Palette) -> None:
    qt = qpalette(palette)
    for role, name in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.WindowText, "window_text"),
                       (QPalette.ColorRole.Base, "base"), (QPalette.ColorRole.Text, "text"),
                       (QPalette.ColorRole.Highlight, "highlight"),
                       (QPalette.ColorRole.HighlightedText, "highlighted_text")):
        assert qt.color(role).name() == getattr(palette, name)
    disabled = qt.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert contrast_ratio(disabled, palette.button) >= 4.5


def test_system_follows_the_computer_with_a_checked_palette(shell_theme: ThemeManager) -> None:  # noqa: F811
    assert resolve("system") in PALETTES.values()
    shell_theme.apply("system", 100)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() in {p.window for p in PALETTES.values()}
