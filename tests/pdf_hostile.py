"""Hostile PDFs built from real exports, for the reader's bounds (shared by the verdict tests)."""

from __future__ import annotations

import io
import re

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def with_empty_updates(data: bytes, count: int) -> bytes:
    """``data`` followed by ``count`` empty incremental updates (an xref section with no entries each, the
    last trailer repeated with /Prev pointing back): a small file that once took minutes to check."""
    start = data.rindex(b"startxref")
    trailer = re.sub(rb"/Prev \d+\s*", b"", data[data.rindex(b"trailer"):start])
    trailer = trailer[:trailer.rindex(b">>")]
    prev = int(data[start + len(b"startxref"):].split()[0])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    for _ in range(count):
        at = len(out)
        out += b"xref\n0 0\n" + trailer + b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (prev, at)
        prev = at
    return bytes(out)


def with_flipped_signed_byte(data: bytes) -> bytes:
    """One bit flipped inside the first page's content stream (covered by every signature)."""
    tampered = bytearray(data)
    tampered[data.index(b"stream", 200) + 20] ^= 0x01
    return bytes(tampered)


def with_many_objects(data: bytes, count: int) -> bytes:
    """One incremental update adding ``count`` tiny objects (difference analysis visits every one)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    junk = generic.ArrayObject([writer.add_object(generic.NumberObject(i)) for i in range(count)])
    writer.root["/Junk"] = writer.add_object(junk)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
