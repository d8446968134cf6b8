"""Which links may open, and how catalogue text is made safe to show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from hytedesk.base.i18n import UserError
from hytedesk.ui import main as ui_main
from hytedesk.ui.links import email_link, is_openable, phone_link, phone_links, web_link
from hytedesk.ui.safe_text import ZWSP, button_text, plain_tooltip, unwrapped, wrappable


@pytest.mark.parametrize("url", ["https://www.kajaani.fi/palvelut", "https://example.fi"])
def test_https_links_open(qapp, url: str) -> None:
    link = web_link(url)
    assert link.url is not None and is_openable(link.url) and link.address == url


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "javascript:alert(1)", "http://example.fi", "ftp://example.fi",
    "https://user:pw@example.fi/", "https://exa mple.fi", "smb://server/share",
    "data:text/html,<b>x</b>", "https://", "",
])
def test_anything_else_is_inert(qapp, url: str) -> None:
    assert web_link(url).url is None


def test_look_alike_hosts_are_shown_in_ascii(qapp) -> None:
    link = web_link("https://kаjaani.fi/")  # Cyrillic а
    assert link.url is not None
    assert link.address.startswith("https://xn--")


def test_phone_and_email_links(qapp) -> None:
    assert phone_link("040 000 4000").url.toString() == "tel:+358400004000"
    # The national prefix in brackets is not dialled: +358 8 123 456, not +358 08 …
    assert phone_link("+358 (0)8 123-456").url.toString() == "tel:+3588123456"
    assert phone_link("+358 (0)8 123-456").shown == "08 123456"
    for bad in ("javascript:alert(1)", "<i>08</i>", "12", "12345", "file:///x"):
        assert phone_link(bad).url is None
    two = phone_links("040 123 4567 / 08 765 432")
    assert [(x.shown, x.url.toString()) for x in two] == [
        ("040 1234567", "tel:+358401234567"), ("08 765432", "tel:+3588765432")]
    # A right-to-left override cannot make the shown number differ from the dialled one.
    rlo = phone_links("\u202e7654 321 040")
    assert [(x.shown, x.url) for x in rlo] == [("7654 321 040", None)]
    assert email_link("neuvonta@kainuu.fi").url.toString() == "mailto:neuvonta@kainuu.fi"
    for bad in ("javascript:alert(1)", "a@b.fi?subject=x&body=y", "a b@c.fi", "x@y",
                "<a@b.fi>"):
        assert email_link(bad).url is None
    for raw in ("file:///etc/passwd", "javascript:alert(1)", "http://example.fi"):
        assert not is_openable(QUrl(raw))


def test_text_helpers() -> None:
    run = "x" * 100
    shown = wrappable(run)
    assert ZWSP in shown and unwrapped(shown) == run
    assert wrappable("lyhyt teksti") == "lyhyt teksti"
    assert len(wrappable("y" * 10_000, 100)) < 110
    assert button_text("Tom & Jerry") == "Tom && Jerry"
    tip = plain_tooltip("<b>x</b>\nrivi")
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>" not in tip


def test_start_error_is_a_plain_message_not_a_traceback(qapp, tmp_home,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, Qt.TextFormat]] = []

    def fail(paths=None):
        raise UserError("app.no_catalogue", path="<b>/missing</b>")

    monkeypatch.setattr(ui_main, "open_session", fail)
    monkeypatch.setattr(ui_main, "show_box",
                        lambda box: shown.append((box.text(), box.textFormat())) or 0)
    assert ui_main.run_gui([]) == 2
    assert len(shown) == 1
    text, fmt = shown[0]
    assert fmt == Qt.TextFormat.PlainText
    assert "<b>/missing</b>" in text and "Traceback" not in text
    assert text.startswith("Luetteloa ei ole vielä tuotu")  # Finnish: the default


def test_unexpected_start_error_is_shown_without_a_trace(qapp, tmp_home,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def broken(paths=None):
        raise RuntimeError("disk I/O error in /secret/path")

    monkeypatch.setattr(ui_main, "open_session", broken)
    monkeypatch.setattr(ui_main, "show_box", lambda box: shown.append(box.text()) or 0)
    assert ui_main.run_gui([]) == 2
    assert shown and shown[0].startswith("HyteDesk ei voinut avata luetteloaan")
    assert "RuntimeError" not in shown[0] and "/secret/path" not in shown[0]
