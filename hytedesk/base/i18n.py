"""Messages of the core in the user's language, without Qt.

The GUI translates its own strings with Qt's ``tr()``; errors and reports raised by the
core (and printed by the command-line tools) come from the catalogues registered here,
so they read the same in a terminal, a log and a message box. Each module registers its
own messages next to the code that raises them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

_messages: dict[str, dict[str, str]] = {}
_current = os.environ.get("HYTEDESK_LANG", DEFAULT_LANGUAGE)


def register(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add messages ``{key: {"fi": ..., "sv": ..., "en": ...}}``; Finnish is required."""
    for key, texts in messages.items():
        if "fi" not in texts:
            raise ValueError(f"message {key!r} has no Finnish text")
        _messages[key] = dict(texts)


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _current if _current in LANGUAGES else DEFAULT_LANGUAGE


def text(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the current one), ``params`` filled in."""
    texts = _messages.get(key)
    if texts is None:
        return key + (" " + repr(params) if params else "")
    template = texts.get(lang or language()) or texts.get("en") or texts["fi"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class UserError(Exception):
    """An error a user can act on: its text says what happened and what to do.

    ``key`` names a registered message; ``params`` fill it. ``str()`` gives the text in the
    current language; ``text(lang)`` in another.
    """

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def text(self, lang: str | None = None) -> str:
        return text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.text()
