"""Rendering the handout HTML: preview document, PDF file (A4) and printer.

``QTextDocument`` lays the escaped HTML out; these functions run on the referral worker
thread (never the GUI thread), each with its own document.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

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
    }
)


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def _print(html: str, device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    doc = make_document(html)
    doc.setPageSize(QSizeF())  # laid out for the device's page by print()
    doc.print_(device)


def render_pdf(html: str, path: Path, *, title: str = "") -> Path:
    """Writes ``html`` to ``path`` as an A4 PDF; a clear UserError if it cannot."""
    path = Path(path)
    if not path.parent.is_dir():
        raise i18n.UserError("handout.pdf_failed", path=path, detail="folder not found")
    try:
        # Qt writes the PDF into a temporary file beside the target (created here, so an
        # unwritable folder is found first: QPdfWriter reports no errors), which then
        # replaces the target in one step; a failure leaves an older file as it was.
        with temp_beside(path) as part:
            writer = QPdfWriter(str(part))
            writer.setResolution(300)
            writer.setTitle(title)
            writer.setCreator("HyteDesk")
            _print(html, writer)
            del writer  # closes the file
            if part.stat().st_size == 0:
                raise OSError(errno.EIO, "empty file")
    except OSError as exc:
        raise i18n.UserError("handout.pdf_failed", path=path,
                             detail=exc.strerror or exc) from exc
    return path


def print_html(html: str, printer: QPagedPaintDevice) -> None:
    _print(html, printer)
