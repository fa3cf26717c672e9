"""Where UI tests save their pictures: a temporary folder, unless ``make screenshots`` asks for docs/.

A test run must leave a fresh clone unchanged, so pictures go to ``$TMPDIR/carerpassport-screenshots``;
``CARERPASSPORT_SCREENSHOTS=docs/screenshots`` (what ``make screenshots`` sets) regenerates the README's.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SCREENSHOTS = Path(os.environ.get("CARERPASSPORT_SCREENSHOTS")
                   or Path(tempfile.gettempdir()) / "carerpassport-screenshots").resolve()
