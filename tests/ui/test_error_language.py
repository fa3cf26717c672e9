"""An error raised below the GUI is shown in the GUI's language: the vault's sentence for a wrong passphrase
comes out of gettext in Welsh (or the pseudo-language) in the unlock dialog, once the GUI has told the layers
below which language it speaks (``ui.translation.speak_below_gui``, called after the first paint).

A fresh interpreter per language: the translator and gettext's language belong to the process, and the
suite's own process is pinned to English (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: The child: the GUI's language as ``ui/app.py`` sets it, a closed vault, a wrong passphrase typed in.
CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from carerpassport.ui.translation import install_translation, speak_below_gui

qapp = QApplication([])
language = install_translation(qapp)
speak_below_gui()

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.unlock import UnlockDialog
from carerpassport.ui.tasks import TaskRunner

data = Path(sys.argv[1])
PassportApp.create(data, employee_name="Siân Jones", passphrase="the right passphrase for tests").app.close()
dialog = UnlockDialog(data, None, TaskRunner(synchronous=True))
dialog.show()
dialog.secret_field.setText("not the passphrase at all")
dialog.try_unlock()
print("SHOWN=" + json.dumps({"language": language, "error": dialog.error_label.text(),
                             "visible": dialog.isVisible()}))
"""


def shown(tmp_path: Path, language: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), CARERPASSPORT_LANGUAGE=language,
               CARERPASSPORT_NO_KEYRING="1", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "vault")], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("SHOWN="))
    return dict(json.loads(line[len("SHOWN="):]))


@pytest.mark.slow
def test_a_wrong_passphrase_is_explained_in_welsh(tmp_path: Path) -> None:
    seen = shown(tmp_path, "cy")
    assert seen["language"] == "cy" and seen["visible"]
    assert str(seen["error"]).startswith("Nid yw'r cyfrinymadrodd hwnnw'n agor eich pasbort."), seen


@pytest.mark.slow
def test_a_wrong_passphrase_is_pseudo_text_in_the_pseudo_language(tmp_path: Path) -> None:
    seen = shown(tmp_path, "en-XA")
    error = str(seen["error"])
    assert error.startswith("[") and error.endswith("]") and "Çåþš" in error, seen
