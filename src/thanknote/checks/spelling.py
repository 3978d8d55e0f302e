"""`spelling`: other misspelt words, from pyspellchecker's English dictionary.

Words from the interview file (names, company, topics: "Kubernetes", "HIPAA")
and the user's own word list are always known. Capitalised words inside a
sentence are taken as proper nouns and left to the name and company checks.
Suggestions are computed only for flagged words, at edit distance 1, and
cached.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from thanknote.checks.context import Context
from thanknote.checks.dictionary import frequency, is_common_word, is_known_word, speller
from thanknote.checks.registry import Hit, rule
from thanknote.checks.text import Word, fold
from thanknote.patterns import Lazy

_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'s", "'m")
# Words of the trade that candidates write and the dictionary lacks.
TECH_WORDS = frozenset(
    """analytics api apis async backend backlog benchmark benchmarking blockchain chatbot codebase
    cron cybersecurity dashboard dashboards dataset datasets debug debugging devops ecommerce email
    emails fintech frontend inbox inboxes
    geospatial github hackathon idempotency idempotent kubernetes lakehouse
    latency linter login microservice microservices middleware monorepo offboarding onboarding
    onsite pipeline pipelines postgres refactor refactoring repo repos roadmap roadmaps runbook
    runbooks saas scalability schema schemas sharding startup startups teammate teammates toolchain
    upskilling ux walkthrough webinar webinars workflow workflows""".split()
)


@rule("spelling", "warning", fallback=True)
def misspelt_words(ctx: Context) -> Iterator[Hit]:
    """Words the dictionary does not know, other than the interview file's and the caller's.

    A word another rule has flagged (a misspelt name) is left to that rule.
    """
    known = ctx.known_words
    candidates: list[tuple[Word, str]] = []
    for word in ctx.text.words:
        if fold(word.text) in known:
            continue  # "med-surg", "mis-picks": written so in the interview file
        for piece in _pieces(word.text, word.sentence_start):
            if fold(piece) not in known:
                candidates.append((word, piece))
    if not candidates:
        return
    unknown = speller().unknown([piece for _, piece in candidates])
    wrong: dict[int, list[tuple[str, str | None]]] = {}
    for word, piece in candidates:
        lower = piece.lower()
        if lower not in unknown or _accepted(lower):
            continue
        if lower in _PREFIXES and lower != word.text.lower():
            continue  # "mis-picks", "co-founded": a prefix before its word
        correction = _suggest(lower)
        if word.text[:1].isupper() and not (correction and is_common_word(correction)):
            continue  # a capitalised first word with no everyday fix: a name
        wrong.setdefault(word.position, []).append((piece, correction))
    for position, pieces in wrong.items():
        word = ctx.text.words[position]
        # One finding per word: for a hyphenated word, the suggestion is the
        # whole word with its misspelt parts corrected, as the span is the word.
        suggestion: str | None = word.text
        for piece, correction in pieces:
            suggestion = (
                _replace_part(suggestion, piece, correction) if correction and suggestion else None
            )
        named = " and ".join(repr(piece) for piece, _ in pieces)
        verb = "is" if len(pieces) == 1 else "are"
        yield Hit(
            word.start,
            word.end,
            f"{named} {verb} not in the dictionary"
            + (f"; did you mean {suggestion!r}?" if suggestion else "."),
            suggestion,
        )


def _replace_part(word: str, piece: str, correction: str) -> str:
    """The word with one of its hyphenated parts corrected, in the part's own case."""
    parts = word.split("-")
    for index, part in enumerate(parts):
        if part.lower() == piece.lower():
            fixed = correction.lower()
            if part[:1].isupper():
                fixed = fixed[:1].upper() + fixed[1:]
            parts[index] = fixed
            break
    return "-".join(parts)


@lru_cache(maxsize=16384)
def _pieces(text: str, sentence_start: bool) -> tuple[str, ...]:
    """The parts of a word worth checking: not proper nouns, acronyms or contractions."""
    if len(text) < 3 or text.isupper():
        return ()
    if text[0].isupper() and not sentence_start:
        return ()  # a proper noun
    if not text[1:].islower() and any(c.isupper() for c in text[1:]):
        return ()  # "iPhone", "DiMaggio": names, checked elsewhere
    lower = text.lower()
    for ending in _CONTRACTIONS:
        if lower.endswith(ending):
            lower = lower[: -len(ending)]
            if ending == "n't" and lower in {"ca", "wo", "sha"}:
                return ()
            break
    if "'" in lower:
        return ()
    return tuple(p for p in lower.split("-") if len(p) >= 3 and p.isalpha())


# British spellings the (American-leaning) dictionary lacks, as rewrite rules
# to the American form it knows: "organised", "centre", "programme", "honour".
_BRITISH = (
    (Lazy(r"isation(s?)$"), r"ization\1"),
    (Lazy(r"is(e|ed|es|ing|er|ers)$"), r"iz\1"),
    (Lazy(r"yse(d|s)?$"), r"yze\1"),
    (Lazy(r"our(s|ed|ing|able|ite|ites|ful)?$"), r"or\1"),
    (Lazy(r"tre(s?)$"), r"ter\1"),
    (Lazy(r"ogue(s?)$"), r"og\1"),
    (Lazy(r"mme(s?)$"), r"m\1"),
    (Lazy(r"ence(s?)$"), r"ense\1"),
    (Lazy(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (Lazy(r"ae"), "e"),
    (Lazy(r"oe"), "e"),
)
# A misspelling one letter from a word this common is taken for that word.
NEAR_WORD_FREQUENCY = 1_000
_PREFIXES = (
    "re",
    "de",
    "un",
    "mis",
    "pre",
    "co",
    "sub",
    "over",
    "under",
    "non",
    "geo",
    "multi",
    "micro",
    "inter",
)
_SUFFIXES = ("s", "es", "ing", "ed", "er", "ers", "ly", "ness", "ity", "ability", "able")


@lru_cache(maxsize=4096)
def _accepted(word: str) -> bool:
    """An unknown word that is still right: a trade word, a British spelling,
    or a compound or affixed form of known words that is not one letter away
    from an everyday word ("occured" is "occurred" misspelt, not occur + ed)."""
    if word in TECH_WORDS:
        return True
    for pattern, replacement in _BRITISH:
        american = pattern.sub(replacement, word)
        if american != word and is_known_word(american):
            return True
    return _variant_of_known(word) and not _near_everyday_word(word)


def _near_everyday_word(word: str) -> bool:
    return any(
        frequency(c) >= NEAR_WORD_FREQUENCY
        for c in speller().known(speller().edit_distance_1(word))
    )


@lru_cache(maxsize=4096)
def _variant_of_known(word: str) -> bool:
    """Compounds ("roadmap", "runbooks") and affixed forms of known words."""
    if word in TECH_WORDS:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if is_known_word(stem) or is_known_word(stem + "e") or stem in TECH_WORDS:
                return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix) :]
            if is_known_word(rest) or _variant_of_known(rest):
                return True
    for cut in range(3, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if _everyday(head) and (_everyday(tail) or (len(tail) >= 3 and _variant_of_known(tail))):
            return True
    return False


def _everyday(word: str) -> bool:
    return len(word) >= 2 and frequency(word) >= 1_000


@lru_cache(maxsize=4096)
def _suggest(word: str) -> str | None:
    correction = speller().correction(word)
    return correction if correction and correction != word else None
