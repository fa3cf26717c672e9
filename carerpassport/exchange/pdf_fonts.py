"""The embedded fonts every reportlab caller uses, registered on first use.

reportlab keeps one process-wide font registry. Code that draws text in our fonts (:data:`FONT`,
:data:`FONT_BOLD`) calls :func:`ensure_registered` first, and :func:`text_width` registers them itself;
the first call registers the bundled DejaVu fonts under :data:`LOCK`, so nothing depends on an earlier
export having registered them (a countersign in a fresh process once failed with "no afm found").
"""

from __future__ import annotations

import importlib.util
import io
import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from carerpassport.resource_files import resource_bytes

FONT = "CarerPassport-DejaVuSans"
FONT_BOLD = "CarerPassport-DejaVuSans-Bold"

#: reportlab's registry and shaping caches are process-wide and the GUI renders in worker threads, so
#: registration and layout hold this lock: one document is laid out at a time.
LOCK = threading.RLock()

_registered = False


def shaping_available() -> bool:
    """Whether reportlab can shape text (it uses ``uharfbuzz`` when that is installed)."""
    return importlib.util.find_spec("uharfbuzz") is not None


def ensure_registered() -> None:
    """Register the bundled fonts with reportlab once per process; safe from any thread."""
    global _registered
    if _registered:
        return
    with LOCK:
        if _registered:
            return
        shapable = shaping_available()
        for name, file_name in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(resource_bytes("fonts", file_name)), shapable=shapable))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _registered = True


def text_width(text: str, size: float, *, font: str = FONT) -> float:
    """Width of ``text`` in points at ``size`` in one of our fonts (registering them first)."""
    ensure_registered()
    return float(pdfmetrics.stringWidth(text, font, size))
