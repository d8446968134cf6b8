"""Finnish-aware text processing for search, without a dictionary.

Documents are indexed as *folded surface words* (lower case, ä→a, ö→o, å→a) plus the
compound heads found inside them (``etäpäivätoiminta`` also indexes ``paivatoiminta``
and ``toiminta`` when those occur as words of their own in the catalogue). A query word
becomes a few *prefix keys*: its folded form, and its Snowball stem in Finnish, Swedish
and English with one gradation-prone consonant trimmed, so ``velkaneuvontaan`` finds
``velkaneuvonta`` and ``yksinäisyyteen`` finds ``yksinäisyyden``. See docs/search.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball stemmers in C

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMERS = {
    "fi": Stemmer.Stemmer("finnish"),
    "sv": Stemmer.Stemmer("swedish"),
    "en": Stemmer.Stemmer("english"),
}
_TRIM = set("tdkpsjnmlrhvg")
MIN_PART = 4  # shortest compound head indexed on its own
MIN_KEY = 2


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without diacritics: ``Päivätoiminta`` → ``paivatoiminta``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text)) if text else []


@lru_cache(maxsize=200_000)
def stem_key(word: str, lang: str = "fi") -> str:
    """A search key for one word: its stem, folded, with one weak consonant trimmed.

    Stemming runs on the unfolded word where the language needs its letters; the key is
    folded so that typing without ä/ö matches.
    """
    stem = fold(_STEMMERS[lang].stemWord(word.lower()))
    if lang == "fi" and len(stem) >= 6 and stem[-1] in _TRIM:
        stem = stem[:-1]
    return stem


def query_keys(word: str) -> list[str]:
    """Prefix keys for one typed word, most specific first, without duplicates."""
    folded = fold(word)
    keys: list[str] = [folded]
    for lang in ("fi", "sv", "en"):
        key = stem_key(word, lang)
        if len(key) >= MIN_KEY and not any(key.startswith(k) for k in keys if k != key):
            keys.append(key)
    # A shorter key that is a prefix of a longer one subsumes it.
    keys = sorted(set(keys), key=len)
    out: list[str] = []
    for k in keys:
        if not any(k.startswith(o) for o in out):
            out.append(k)
    return out


def compound_parts(word: str, keys: set[str], heads: frozenset[str] | set[str] = frozenset()
                   ) -> list[str]:
    """Compound heads of ``word`` that are words of the catalogue themselves.

    Finnish compounds end in their head (``talous|neuvonta``), so a suffix of at least
    ``MIN_PART`` letters counts when it is a known stem key plus at most four letters of
    ending, or one of the ``heads`` that several words share; the part before it may be a
    linking form (``omais-``) that never stands alone. Only cheap set look-ups run here:
    this is called for every distinct word of a national catalogue.
    """
    parts: list[str] = []
    n = len(word)
    for i in range(3, n - MIN_PART + 1):
        suffix = word[i:]
        if suffix in heads:
            parts.append(suffix)
            continue
        m = n - i
        for cut in range(0, min(4, m - MIN_PART) + 1):
            if suffix[: m - cut] in keys:
                parts.append(suffix)
                break
    return parts


HEAD_MIN = 5  # letters in a shared head
HEAD_WORDS = 3  # distinct words that must end in it


def shared_heads(all_words: Iterable[str]) -> set[str]:
    """Suffixes (``HEAD_MIN`` letters or more) that at least ``HEAD_WORDS`` long words end in:
    the heads of compounds the catalogue uses. Words are distinct, so every word ending in
    a suffix has its own first part."""
    counts: Counter[str] = Counter()
    for w in all_words:
        n = len(w)
        if n >= 8:
            counts.update(w[i:] for i in range(3, n - HEAD_MIN + 1))
    return {suffix for suffix, c in counts.items() if c >= HEAD_WORDS}
