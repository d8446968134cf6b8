"""Rendering the handout HTML: preview document, PDF file (A4) and printer.

``QTextDocument`` lays the escaped HTML out; these functions run on the referral worker
thread (never the GUI thread), each with its own document.

The paper handout is laid out block by block (``handout.build_blocks``): a block that does
not fit on what is left of a page starts a new page, so a service's name, address and
phone number (or the crisis line) are never split between two sheets. Only a block taller
than a whole page is broken, line by line.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from hytedesk.base import i18n
from hytedesk.base.files import temp_beside

MARGIN_MM = 18.0

i18n.register(
    {
        "handout.pdf_failed": {
            "fi": "PDF-tiedostoa {path} ei voitu kirjoittaa: {detail}. Ohjaus on yhä "
            "tallentamatta tai tallessa ennallaan; valitse toinen kansio tai tiedostonimi.",
            "sv": "PDF-filen {path} kunde inte skrivas: {detail}. Hänvisningen är oförändrad; "
            "välj en annan mapp eller ett annat filnamn.",
            "en": "The PDF file {path} could not be written: {detail}. The referral is "
            "unchanged; choose another folder or file name.",
        },
        "handout.pdf_no_folder": {
            "fi": "PDF-tiedostoa {path} ei voitu kirjoittaa: kansiota ei ole. Ohjaus on "
            "ennallaan; valitse toinen kansio.",
            "sv": "PDF-filen {path} kunde inte skrivas: mappen finns inte. Hänvisningen är "
            "oförändrad; välj en annan mapp.",
            "en": "The PDF file {path} could not be written: the folder does not exist. The "
            "referral is unchanged; choose another folder.",
        },
        "handout.pdf_denied": {
            "fi": "PDF-tiedostoa {path} ei voitu kirjoittaa: kansioon ei ole "
            "kirjoitusoikeutta. Ohjaus on ennallaan; valitse toinen kansio.",
            "sv": "PDF-filen {path} kunde inte skrivas: du har inte skrivrätt till mappen. "
            "Hänvisningen är oförändrad; välj en annan mapp.",
            "en": "The PDF file {path} could not be written: you may not write in that "
            "folder. The referral is unchanged; choose another folder.",
        },
        "handout.pdf_disk_full": {
            "fi": "PDF-tiedostoa {path} ei voitu kirjoittaa: levy on täynnä. Ohjaus on "
            "ennallaan; vapauta tilaa tai valitse toinen levy.",
            "sv": "PDF-filen {path} kunde inte skrivas: disken är full. Hänvisningen är "
            "oförändrad; frigör utrymme eller välj en annan disk.",
            "en": "The PDF file {path} could not be written: the disk is full. The referral "
            "is unchanged; free some space or choose another disk.",
        },
    }
)

_ERRNO_KEYS = {errno.ENOENT: "handout.pdf_no_folder", errno.ENOTDIR: "handout.pdf_no_folder",
               errno.EACCES: "handout.pdf_denied", errno.EPERM: "handout.pdf_denied",
               errno.EROFS: "handout.pdf_denied", errno.ENOSPC: "handout.pdf_disk_full",
               errno.EDQUOT: "handout.pdf_disk_full"}


def _write_error(path: Path, exc: OSError) -> i18n.UserError:
    """The failure in the user's words: the common causes have a message of their own (the
    system's own text, in English, is used only for the rare rest)."""
    key = _ERRNO_KEYS.get(exc.errno or 0)
    if key is not None:
        return i18n.UserError(key, path=path)
    return i18n.UserError("handout.pdf_failed", path=path, detail=exc.strerror or exc)


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def _print(blocks: str | Sequence[str], device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    if isinstance(blocks, str):
        blocks = [blocks]
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(page.width()), float(page.height())
    painter = QPainter(device)
    try:
        y = 0.0
        for html in blocks:
            doc = make_document(html)
            doc.documentLayout().setPaintDevice(device)  # points in the device's pixels
            doc.setTextWidth(width)
            block_height = doc.size().height()
            if y > 0 and y + block_height > height:
                device.newPage()
                y = 0.0
            if block_height <= height:
                _draw(painter, doc, y, 0.0, block_height)
                y += block_height
                continue
            # Taller than a page: cut between lines, never through one.
            top = 0.0
            while top < block_height:
                cut = _cut(doc, top, top + height - y)
                _draw(painter, doc, y, top, cut - top)
                y += cut - top
                top = cut
                if top < block_height:
                    device.newPage()
                    y = 0.0
    finally:
        painter.end()


def _draw(painter: QPainter, doc: QTextDocument, y: float, top: float, h: float) -> None:
    painter.save()
    painter.translate(0, y - top)
    clip = QRectF(0, top, doc.textWidth(), h)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _cut(doc: QTextDocument, top: float, limit: float) -> float:
    """The lowest line bottom in (top, limit] of ``doc``; ``limit`` if no line ends there."""
    best = top
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            bottom = rect.top() + line.y() + line.height()
            if top < bottom <= limit:
                best = max(best, bottom)
        block = block.next()
    return best if best > top else limit


def render_pdf(blocks: str | Sequence[str], path: Path, *, title: str = "") -> Path:
    """Writes the handout (one HTML document or ``handout.build_blocks``) to ``path`` as an
    A4 PDF; a clear UserError if it cannot."""
    path = Path(path)
    if not path.parent.is_dir():
        raise i18n.UserError("handout.pdf_no_folder", path=path)
    try:
        # Qt writes the PDF into a temporary file beside the target (created here, so an
        # unwritable folder is found first: QPdfWriter reports no errors), which then
        # replaces the target in one step; a failure leaves an older file as it was.
        with temp_beside(path) as part:
            writer = QPdfWriter(str(part))
            writer.setResolution(300)
            writer.setTitle(title)
            writer.setCreator("HyteDesk")
            _print(blocks, writer)
            del writer  # closes the file
            if part.stat().st_size == 0:
                raise OSError(errno.EIO, "empty file")
    except OSError as exc:
        raise _write_error(path, exc) from exc
    return path


def print_html(blocks: str | Sequence[str], printer: QPagedPaintDevice) -> None:
    _print(blocks, printer)
