"""The bundle's search vocabulary (``search_terms.jsonl.zst``, docs/bundle-format.md).

Two sources make it:

- the administrator's CSV (``term,language,means``; the starting one is
  ``hytedesk/resources/admin/search-vocabulary.csv``): synonyms, colloquial words and the
  other two languages, each pointing to words of the catalogue and/or taxonomy terms;
- *word forms*: for every Finnish word of the catalogue's services, the inflected forms
  of its lemma that the app's stemmer cannot bring back to it on its own (``syövästä`` →
  *syöpä*, ``velkajärjestelyyn`` → *velkajärjestely*), taken from simplemma's Finnish
  dictionary. Loading that dictionary takes several seconds, so it happens here, once per
  build, and never in the app (docs/decisions.md).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from hytedesk.admin.problems import Problems
from hytedesk.base import i18n
from hytedesk.catalogue.finnish import fold, query_keys, words

Rec = dict[str, Any]
DEFAULT_VOCABULARY = (Path(__file__).resolve().parent.parent / "resources" / "admin"
                      / "search-vocabulary.csv")
LANGS = ("fi", "sv", "en")
MAX_FORMS = 60  # forms kept per lemma (the commonest cases come first in the dictionary)

i18n.register(
    {
        "admin.vocab.columns": {
            "fi": "hakusanaston sarakkeet ovat term, language, means (nyt: {found})",
            "sv": "sökordlistans kolumner är term, language, means (nu: {found})",
            "en": "the search vocabulary's columns are term, language, means (found: {found})",
        },
        "admin.vocab.one_word": {
            "fi": "hakusanan pitää olla yksi sana: {value!r}",
            "sv": "sökordet ska vara ett ord: {value!r}",
            "en": "a search term must be one word: {value!r}",
        },
        "admin.vocab.language": {
            "fi": "kieli {value!r} ei kelpaa (fi, sv tai en)",
            "sv": "språket {value!r} duger inte (fi, sv eller en)",
            "en": "language {value!r} is not fi, sv or en",
        },
        "admin.vocab.means": {
            "fi": "sarake means on tyhjä: mitä sana {value!r} tarkoittaa?",
            "sv": "kolumnen means är tom: vad betyder {value!r}?",
            "en": "the means column is empty: what does {value!r} mean?",
        },
        "admin.vocab.unknown_term": {
            "fi": "luokituksen termiä {ref!r} ei ole tässä luettelossa; se jätetään pois",
            "sv": "taxonomitermen {ref!r} finns inte i katalogen; den lämnas bort",
            "en": "taxonomy term {ref!r} is not in this catalogue; it is left out",
        },
    }
)


def read_vocabulary(path: Path, problems: Problems) -> list[Rec]:
    """The CSV's entries as search-term records (one per language and term, merged)."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError:
        problems.error(name, 0, "", "admin.not_found")
        return []
    text = raw.decode("utf-8-sig", errors="replace")
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1)
             if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    rows = list(csv.reader(io.StringIO("\n".join(ln for _n, ln in lines))))
    header = [h.strip().lower() for h in rows[0]]
    if header[:3] != ["term", "language", "means"]:
        problems.error(name, lines[0][0], "", "admin.vocab.columns", found=", ".join(header))
        return []
    merged: dict[tuple[str, str], Rec] = {}
    for (n, _ln), row in zip(lines[1:], rows[1:], strict=True):
        cells = [c.strip() for c in row] + ["", "", ""]
        term, lang, means = cells[0], cells[1].lower(), cells[2]
        if not term or any(ch.isspace() for ch in term):
            problems.error(name, n, "term", "admin.vocab.one_word", value=term)
            continue
        if lang not in LANGS:
            problems.error(name, n, "language", "admin.vocab.language", value=lang)
            continue
        targets = [m.strip() for m in means.split(";") if m.strip()]
        if not targets:
            problems.error(name, n, "means", "admin.vocab.means", value=term)
            continue
        rec = merged.setdefault((lang, term.lower()), {
            "id": f"{lang}:{term.lower()}", "term": term.lower(), "language": lang,
            "words": [], "terms": []})
        for t in targets:
            key = "terms" if ":" in t else "words"
            value = t if key == "terms" else t.lower()
            if value not in rec[key]:
                rec[key].append(value)
    return list(merged.values())


def service_words(rec: Rec, into: set[str]) -> None:
    """Adds the lower-case words of a service's Finnish texts (name, description …)."""
    for field in ("name", "description", "alternate_name", "eligibility_description",
                  "application_process"):
        value = rec.get(field)
        if isinstance(value, str):
            into.update(w.lower() for w in _WORDS(value))


# Runs of "word characters but digits and _": every letter (str.isalpha) and a few
# numeric signs besides (² ½ …), which are split off below.
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def _WORDS(text: str) -> list[str]:  # noqa: N802  (a tokenizer that keeps ä/ö)
    """The maximal runs of letters (``str.isalpha``) in ``text``."""
    out: list[str] = []
    for run in _LETTER_RUNS.findall(text):
        if run.isalpha():
            out.append(run)
        else:  # a numeric sign inside: split there
            out += "".join(ch if ch.isalpha() else " " for ch in run).split()
    return out


def word_forms(catalogue_words: Iterable[str]) -> dict[str, list[str]]:
    """Lemma → the inflected forms a typed word may take that the app's prefix keys do not
    bring back to it, for the lemmas of the given Finnish words."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary("fi")
    lemmas: set[str] = set()
    for w in catalogue_words:
        if len(w) >= 3:
            lemma = dictionary.get(w)
            if lemma and len(lemma) >= 3:
                lemmas.add(lemma)
    # simplemma's mapping decodes every key and looks every value up again (3.5 million
    # entries: ~12 s); its bytes-to-bytes store, where there is one, is read directly and
    # only the entries of the wanted lemmas are decoded. Same entries, same order.
    raw = getattr(dictionary, "_dict", None)
    pairs: Iterable[tuple[str, str]]
    if isinstance(raw, dict):
        wanted = {lemma.encode(): lemma for lemma in lemmas}
        pairs = ((form.decode(), wanted[lemma]) for form, lemma in raw.items()
                 if lemma in wanted)
    else:
        pairs = dictionary.items()
    forms: dict[str, list[str]] = {}
    for form, lemma in pairs:
        if lemma in lemmas and form != lemma and len(forms.get(lemma, ())) < MAX_FORMS:
            base = fold(lemma)
            if not any(base.startswith(k) for k in query_keys(form) if len(k) >= 3):
                forms.setdefault(lemma, []).append(form)
    return forms


def search_term_records(vocabulary: list[Rec], forms: dict[str, list[str]],
                        known_terms: set[str], problems: Problems,
                        source: str = "") -> Iterator[Rec]:
    """The bundle's search-term records: the vocabulary, with the word forms merged in, in
    id order. Taxonomy terms the catalogue does not have are left out (with a warning)."""
    out: dict[str, Rec] = {}
    for entry in vocabulary:
        rec: dict[str, Any] = {k: (list(v) if isinstance(v, list) else v)
                               for k, v in entry.items()}
        missing = [t for t in rec.get("terms", []) if t not in known_terms]
        for ref in missing:
            problems.warn(source, 0, f"{rec['id']}.terms", "admin.vocab.unknown_term", ref=ref)
        rec["terms"] = [t for t in rec.get("terms", []) if t in known_terms]
        out[rec["id"]] = rec
    for lemma, fs in forms.items():
        rid = f"fi:{lemma}"
        rec = out.setdefault(rid, {"id": rid, "term": lemma, "language": "fi"})
        rec["forms"] = sorted(set(fs))
    for rid in sorted(out):
        rec = {k: v for k, v in out[rid].items() if v not in ([], None, "")}
        if " " in rec["term"] or not words(rec["term"]):
            continue
        if rec.get("words") or rec.get("terms") or rec.get("forms"):
            yield rec
