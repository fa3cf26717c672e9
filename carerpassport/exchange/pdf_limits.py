"""The bounds on every passport PDF the app reads, in one place for every entry point.

``verify``, manager mode, the countersigned import and the PDF inside a bundle all read through
:mod:`.pdf_reading`, which enforces these. This module imports nothing (no pyHanko), so the GUI and the
bundle code can name the limits without paying for the PDF stack.
"""

from __future__ import annotations

from carerpassport.domain.wording import N_

#: A passport PDF is tens of kilobytes; anything this big is not one (and would be slow to check).
MAX_PDF_BYTES = 16 * 1024 * 1024
#: Revisions (the first save plus each incremental update). A passport has two or three: the export,
#: its signature, the countersignature. Difference analysis costs grow with every revision (a 544 KB
#: file with 2,000 empty updates took 133 s to check), so a file with more is refused before checking.
MAX_REVISIONS = 16
#: Objects in all revisions together. An export holds about 50; difference analysis visits every object
#: of every later revision (20,000 objects took 1.5 s), so a file with more is refused before checking.
MAX_OBJECTS = 5_000
#: The embedded passport.json is small; refuse to decompress a bomb.
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024
#: Bounds on walking hostile structures (form field kids, name trees, page trees).
MAX_TREE_DEPTH = 8
MAX_TREE_NODES = 2_000
MAX_PAGES = 500
#: What the manager may write when countersigning.
MAX_COMMENT_CHARS = 2_000
MAX_MANAGER_NAME_CHARS = 200
#: How a chosen file is named in refusals ("x.pdf is a folder, not a passport PDF.").
PDF_WHAT = N_("a passport PDF")
