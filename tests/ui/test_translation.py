"""The translated screens, opened in the pseudo-language at 100 % and 200 % text on a 1280×720 screen: every
visible string carries the pseudo-language's brackets (so it went through the translation system) and none is
clipped or elided; and the same screens in Welsh show Welsh.

Each area of ``tests/ui/translation_screens/`` is walked in its own fresh interpreter, in the pseudo-language
at 100 % and 200 % and in Welsh at 200 % (docs/translation.md).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from tests.ui.shell_fixtures import OFFSCREEN_NOISE
from tests.ui.translation_screens import areas
from tests.ui.translation_walk import untranslated

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

WALK = Path(__file__).with_name("translation_walk.py")
SCREEN = {"screens": [{"name": "small laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def walk(tmp_path: Path, language: str, text_size: int,
         area: str) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path),
               CARERPASSPORT_LANGUAGE=language, CARERPASSPORT_NO_KEYRING="1")
    result = subprocess.run([sys.executable, str(WALK), str(text_size), str(tmp_path), area], capture_output=True,
                            text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines and lines[-1] == "done", result.stdout[-3000:] + result.stderr[-3000:]
    texts = json.loads(next(line for line in lines if line.startswith("TEXTS="))[len("TEXTS="):])
    return [json.loads(line) for line in lines[:-1] if not line.startswith("TEXTS=")], texts


@pytest.mark.parametrize("area", areas())
@pytest.mark.parametrize("text_size", [100, 200])
def test_every_screen_in_the_pseudo_language_is_translated_and_fits(tmp_path: Path, text_size: int,
                                                                     area: str) -> None:
    problems, texts = walk(tmp_path, "en-XA", text_size, area)
    assert not problems, "\n".join(f"{p['where']}: {p['widget']}: {p['problem']}" for p in problems)
    assert texts and all(any("[" in text for text in shown) for shown in texts.values())
    for where, words in getattr(importlib.import_module(f"tests.ui.translation_screens.{area}"), "PSEUDO", {}).items():
        assert any(word in " ".join(texts[where]) for word in words), f"{where}: none of {words} shown"


@pytest.mark.parametrize("area", areas())
def test_every_screen_shows_welsh_and_fits_at_200_percent(tmp_path: Path, area: str) -> None:
    problems, texts = walk(tmp_path, "cy", 200, area)
    assert not problems, "\n".join(f"{p['where']}: {p['widget']}: {p['problem']}" for p in problems)
    expected = importlib.import_module(f"tests.ui.translation_screens.{area}").WELSH
    assert expected, f"{area} names no Welsh to look for"
    for where, words in expected.items():
        for word in words:
            assert word in texts[where], f"{where}: {word!r} not shown; shown: {texts[where]}"
    for where, words in getattr(importlib.import_module(f"tests.ui.translation_screens.{area}"), "NOT_IN_WELSH",
                                {}).items():
        assert not any(word in text for word in words for text in texts[where]), f"{where}: English left"


def test_the_check_finds_an_english_string(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checker itself: an English label and button are named, a bracketed one and a language's own name
    are not."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("[Ŝéţţîñĝš ~~]")
    layout = QVBoxLayout(dialog)
    for widget in (QLabel("[Ŵéļçöɱé ~~]"), QLabel("<b>Left in English</b>"), QPushButton("&Cancel"),
                   QLabel("Cymraeg")):
        layout.addWidget(widget)
    dialog.show()
    found = [p["problem"] for p in untranslated(dialog, "test")]
    assert found == ["not translated: '<b>Left in English</b>'", "not translated: '&Cancel'"]


def test_the_language_chosen_in_settings_is_kept_in_the_settings_file_and_used_at_the_next_start(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from carerpassport.app import PassportApp
    from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
    from carerpassport.ui.settings import LANGUAGE, AppSettings
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.translation import install_translation
    from tests.conftest import PASSPHRASE

    created = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones", passphrase=PASSPHRASE)
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(created.app, TaskRunner(synchronous=True), settings=settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    assert "start Carer's Passport again" in dialog.message.text()
    created.app.close()
    settings.sync()
    assert "language=cy" in (tmp_path / "settings.ini").read_text(encoding="utf-8")  # the file, not the vault

    monkeypatch.delenv("CARERPASSPORT_LANGUAGE", raising=False)  # the suite's English pin
    qapp = QApplication.instance()
    assert qapp is not None
    from PySide6.QtCore import QLocale

    default_locale = QLocale()  # install_translation sets Welsh as the default for dates and numbers
    assert install_translation(qapp, AppSettings(tmp_path / "settings.ini").get(LANGUAGE)) == "cy"
    try:
        assert QCoreApplication.translate("UnlockDialog", "Your passport is locked") == "Mae eich pasbort wedi'i gloi"
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(default_locale)
    assert QCoreApplication.translate("UnlockDialog", "Your passport is locked") == "Your passport is locked"
