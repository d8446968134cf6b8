"""Showing catalogue text safely: plain text only, bounded in size, wrappable.

Catalogue text is data. Every QLabel that shows it is ``Qt.PlainText``; tooltips (which
guess at rich text) get HTML built here with every character escaped; button texts have
their ``&`` doubled so that no text becomes a keyboard mnemonic. Very long texts are cut,
and very long unbroken runs get zero-width spaces so that a layout can still wrap them.
"""

from __future__ import annotations

import html
import re

ZWSP = "\u200b"
LONG_RUN = re.compile(r"\S{41,}")
RUN_PIECE = 30


def shorten(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return ZWSP.join(run[i : i + RUN_PIECE] for i in range(0, len(run), RUN_PIECE))


def wrappable(text: str, limit: int = 4000) -> str:
    """``text`` cut to ``limit`` characters, long unbroken runs made breakable."""
    return LONG_RUN.sub(_break_run, shorten(text, limit))


def unwrapped(text: str) -> str:
    """The shown text without the inserted break opportunities (for tests, copying)."""
    return text.replace(ZWSP, "")


def plain_tooltip(text: str, limit: int = 500) -> str:
    """A tooltip that shows ``text`` literally, whatever it contains."""
    if not text:
        return ""
    escaped = html.escape(shorten(text, limit), quote=True).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def button_text(text: str, limit: int = 200) -> str:
    """Text for a button: ``&`` doubled so that it is shown, not made a shortcut."""
    return shorten(text, limit).replace("&", "&&")
