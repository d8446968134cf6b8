"""One language per message: every admin message in Finnish, Swedish and English, with the
same placeholders, and no English words in the Finnish and Swedish texts (issue 11)."""

from __future__ import annotations

import importlib
import re
import string

import pytest

from hytedesk.base import i18n

ADMIN_MODULES = ("hytedesk.admin.main", "hytedesk.admin.build_cmd", "hytedesk.admin.publish_cmd",
                 "hytedesk.admin.messages", "hytedesk.publish.messages",
                 "hytedesk.commands.trust")
PREFIXES = ("admin.", "publish.", "trust.")
# English words that have no business in a Finnish or Swedish sentence.
STOP = {"the", "is", "not", "and", "or", "of", "with", "allowed", "error", "errors", "file",
        "found", "missing", "invalid", "none", "must", "cannot", "service", "services",
        "warning", "warnings", "blocking", "skipped", "left", "out", "key", "keys", "wrote",
        "published", "expires", "new", "run", "can", "yes", "no"}


def _keys() -> list[str]:
    for name in ADMIN_MODULES:
        importlib.import_module(name)
    return sorted(k for k in i18n._messages if k.startswith(PREFIXES))


def _placeholders(template: str) -> set[str]:
    return {f for _t, f, _s, _c in string.Formatter().parse(template) if f is not None}


def _words(template: str) -> list[str]:
    # Placeholders, command lines, options and file names are not prose.
    prose = re.sub(r"\{[^}]*\}", " ", template)
    prose = re.sub(r"'[^']*'|`[^`]*`|--[\w-]+|\S+\.(?:json|pem|csv|hyteoffline|hytebundle)\b|"
                   r"hytedesk(?:-admin)?(?: [\w-]+)*|/\S+|\b\w+(?:-\w+)+\b", " ", prose)
    return re.findall(r"[A-Za-zÅÄÖåäö]+", prose)


def test_there_are_admin_messages_to_check() -> None:
    assert len(_keys()) > 100


@pytest.mark.parametrize("key", _keys())
def test_message_in_three_languages_with_matching_placeholders(key: str) -> None:
    texts = i18n._messages[key]
    assert set(texts) >= {"fi", "sv", "en"}, key
    names = {lang: {p.split(":")[0].split("!")[0] for p in _placeholders(t)}
             for lang, t in texts.items()}
    assert names["fi"] == names["sv"] == names["en"], (key, names)


@pytest.mark.parametrize("key", _keys())
def test_no_english_words_in_finnish_or_swedish(key: str) -> None:
    for lang in ("fi", "sv"):
        english = [w for w in _words(i18n._messages[key][lang]) if w.lower() in STOP]
        # "no" and "in" exist in Swedish too; only flag them with other English around.
        if lang == "sv":
            english = [w for w in english if w.lower() not in {"no"}]
        assert not english, (key, lang, english, i18n._messages[key][lang])
