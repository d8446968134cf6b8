"""A deterministic, realistic Finnish query log for the search benchmark.

``query_log(seed, per_class)`` returns ``per_class`` queries of each class, shuffled as a
real log would interleave them, each ``{"class": …, "text": …, "filters": {…}}``:

| class | what a nurse types | example |
| --- | --- | --- |
| ``single`` | one word in its base form | ``velkaneuvonta`` |
| ``inflected`` | one word in a case form | ``velkaneuvontaan``, ``omaishoitajille`` |
| ``prefix`` | the first 3–6 letters, search as you type | ``kunto`` |
| ``two-word`` | two words | ``omaishoitajien vertaistukiryhmä`` |
| ``common`` | the commonest words, which match a large share of the catalogue | ``palvelu`` |
| ``no-diacritics`` | a word with ä/ö typed without them | ``paivatoiminta`` |
| ``filtered`` | a word plus filters | ``liikunta`` + ``{"near_place": …, "max_km": 30}`` |
| ``partial`` | a word plus one the catalogue lacks (fallback) | ``liikunta autokoulu`` |
| ``typo`` | a word with one slip (spelling correction) | ``velkaneuvnota`` |
| ``compound`` | two words typed as one (compound split) | ``kuntosalivertaistuki`` |

Filter names are those of ``hytedesk.catalogue.search.SearchQuery``:
``municipality`` (Finnish name),
``near_place`` (a place id of the bundle) with ``max_km``, ``themes``, ``situations`` and
``modes`` (lists of taxonomy term ids) and ``free_only``. Words come from the same
vocabulary, with the same Zipf weights, as the generated catalogue; places and
municipalities exist in every bundle ``benchmarks.generate`` writes.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks import vocabulary as voc
from benchmarks.municipalities import Municipality, Place, municipalities, places

CLASSES = ("single", "inflected", "prefix", "two-word", "common", "no-diacritics", "filtered",
           "partial", "typo", "compound")

COMMON_WORDS = (
    "palvelu", "palvelut", "tuki", "ryhmä", "neuvonta", "toiminta", "ohjaus", "apu",
    "kerho", "tukea", "ryhmät", "palveluohjaus", "päivätoiminta", "vertaistuki",
)
# Case forms people type, most frequent first: "velkaneuvontaan", "kuntosalille" …
_CASES = ("ill", "all", "gen", "part", "ine", "ade", "ela", "pl_nom", "pl_gen", "pl_all")
_CASE_CUM = voc.zipf_cum_weights(len(_CASES), 0.8, 1.0)
# Words typed on their own that appear only inside compounds of the catalogue.
_PARTS = ("kuntosali", "velka", "omaishoitaja", "vertaistuki", "muisti", "suru", "liikunta",
          "kriisi", "päihde", "ystävä", "yksinäisyys", "talous", "jumppa", "uinti", "tanssi")
_MAX_KM = (5, 10, 15, 20, 30, 50, 80)
_MODE_FILTERS = (["mode:phone"], ["mode:video"], ["mode:home-visit"],
                 ["mode:phone", "mode:video"], ["mode:in-person"])
_SITUATIONS = (
    "illness", "relationship", "bereavement", "retirement", "caregiving", "end-of-life-care",
    "violence-crime", "peer-support", "loneliness", "mental-health", "substance-use",
    "money-management", "low-income", "debt", "lifestyle-change", "self-care", "care-ending",
    "acute-crisis",
)


class _Words:
    """The query vocabulary: catalogue compounds and topics, target groups, bare parts."""

    def __init__(self) -> None:
        self.compounds = voc.compounds()
        self.compound_cum = voc.zipf_cum_weights(len(self.compounds), 1.0, 1.5)
        self.topics = voc.topics()
        self.topic_cum = voc.zipf_cum_weights(len(self.topics), 0.9, 1.5)
        self.abstract = frozenset(w.nom for w in self.topics) | frozenset(_PARTS)
        self.targets = voc.targets()
        self.target_cum = voc.zipf_cum_weights(len(self.targets), 0.9, 1.5)
        self.parts = tuple(voc.make_word("", p) for p in _PARTS)

    def word(self, rng: random.Random) -> voc.Word:
        x = rng.random()
        if x < 0.65:
            return voc.pick(rng, self.compounds, self.compound_cum)
        if x < 0.85:
            return voc.pick(rng, self.topics, self.topic_cum)
        return rng.choice(self.parts)

    def target(self, rng: random.Random) -> voc.Target:
        """A one-word target group ("omaishoitajat", not "väkivaltaa kokeneet")."""
        t = voc.pick(rng, self.targets, self.target_cum)
        while " " in t.gen:
            t = voc.pick(rng, self.targets, self.target_cum)
        return t

    def inflected(self, rng: random.Random) -> str:
        if rng.random() < 0.2:  # target groups are typed inflected: "omaishoitajille"
            t = self.target(rng)
            return t.all if rng.random() < 0.6 else t.gen
        w = self.word(rng)
        case = voc.pick(rng, _CASES, _CASE_CUM)
        if case.startswith("pl_") and w.nom in self.abstract:
            case = case[3:] if case != "pl_nom" else "part"  # no plurals of abstract nouns
        return w.form(case)


def _typed(rng: random.Random, text: str) -> str:
    """Most people type lower case; some start with a capital."""
    return text[:1].upper() + text[1:] if rng.random() < 0.1 else text


def query_log(seed: int = 1, per_class: int = 200) -> list[dict[str, Any]]:
    """``per_class`` queries of each class in ``CLASSES``, deterministic for a seed."""
    rng = random.Random(f"queries:{seed}")
    words = _Words()
    munis = municipalities()
    all_places = places()
    log: list[dict[str, Any]] = []

    def add(cls: str, text: str, filters: dict[str, Any] | None = None) -> None:
        log.append({"class": cls, "text": _typed(rng, text), "filters": filters or {}})

    for _ in range(per_class):
        add("single", words.word(rng).nom)
    for _ in range(per_class):
        add("inflected", words.inflected(rng))
    for _ in range(per_class):
        typed = words.word(rng).nom.split()[0]
        n = rng.randint(3, 6)
        while len(typed) < n + 1:  # a prefix is shorter than the word
            typed = words.word(rng).nom.split()[0]
        add("prefix", typed[:n])
    for _ in range(per_class):
        x = rng.random()
        w = words.word(rng)
        if x < 0.3:
            text = f"{words.target(rng).gen} {w.nom}"
        elif x < 0.55:
            text = f"{w.nom} {rng.choice(munis).name.lower()}"
        elif x < 0.75:
            topic = voc.pick(rng, words.topics, words.topic_cum)
            text = f"{rng.choice(('tukea', 'apua', 'neuvontaa', 'ohjausta'))} {topic.form('ill')}"
        else:
            text = f"{w.nom} {words.word(rng).nom}"
        add("two-word", text)
    for _ in range(per_class):
        add("common", rng.choice(COMMON_WORDS))
    for _ in range(per_class):
        text = ""
        while not any(ch in text for ch in "äöÄÖ"):
            text = words.word(rng).nom if rng.random() < 0.6 else words.inflected(rng)
        add("no-diacritics", voc.strip_diacritics(text))
    for _ in range(per_class):
        w = words.word(rng)
        text = w.nom if rng.random() < 0.7 else words.inflected(rng)
        if rng.random() < 0.15:
            text = text[: rng.randint(3, 6)]
        add("filtered", text, _filters(rng, w, munis, all_places))
    for _ in range(per_class):
        # a word the catalogue has and one it has not: the partial-match fallback
        add("partial", f"{words.word(rng).nom} {rng.choice(_MISSING)}")
    for _ in range(per_class):
        add("typo", _typo(rng, words.word(rng).nom.split()[0]))
    for _ in range(per_class):
        # two catalogue words typed as one compound, as often no compound of the catalogue
        a, b = words.word(rng).nom.split()[0], words.word(rng).nom.split()[0]
        add("compound", a + b)
    rng.shuffle(log)
    return log


_MISSING = ("hammaslääkäri", "autokoulu", "kalastuslupa", "tatuointi", "golfkenttä",
            "silmälasit", "passihakemus", "veroilmoitus")


def _typo(rng: random.Random, word: str) -> str:
    """One slip of the finger after the first letter: a letter dropped, doubled or swapped."""
    if len(word) < 6:
        return word
    i = rng.randint(2, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1:]
    if kind < 0.7:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _filters(rng: random.Random, word: voc.Word, munis: tuple[Municipality, ...],
             all_places: tuple[Place, ...]) -> dict[str, Any]:
    kinds = rng.sample(("place", "theme", "situation", "mode", "free"), rng.randint(1, 3))
    f: dict[str, Any] = {}
    for kind in kinds:
        if kind == "place":
            if rng.random() < 0.4:
                f["municipality"] = rng.choice(munis).name
            else:
                place = rng.choice(all_places)
                f["near_place"] = place.id
                f["max_km"] = rng.choice(_MAX_KM)
        elif kind == "theme":
            # mostly a theme the word belongs to, as a user narrowing a search would pick
            themes = (list(word.themes) if word.themes and rng.random() < 0.7
                      else rng.sample(range(1, 7), rng.choice((1, 1, 2))))
            f["themes"] = [f"hyte-theme:{t}" for t in sorted(themes)]
        elif kind == "situation":
            situations = (list(word.situations[:2]) if word.situations and rng.random() < 0.7
                          else rng.sample(_SITUATIONS, rng.choice((1, 1, 2))))
            f["situations"] = [f"life-situation:{s}" for s in situations]
        elif kind == "mode":
            f["modes"] = list(rng.choice(_MODE_FILTERS))
        else:
            f["free_only"] = True
    return f


if __name__ == "__main__":
    import json
    import sys

    for q in query_log(int(sys.argv[1]) if len(sys.argv) > 1 else 1, 10):
        print(json.dumps(q, ensure_ascii=False))
