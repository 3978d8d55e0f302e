"""The panel planner: which way of saying each thing each note of a panel gets.

Templates give alternatives one per line (see `vary`); the notes of one panel
are rendered together, and for each set of alternatives the planner picks the
line that shares no sentence with any other note of the panel and the fewest
three-word runs with them, starting from a different line for each person.
The choice depends only on the interview, so drafting the same file twice
gives the same notes.
"""

from __future__ import annotations

import itertools
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from thanknote.patterns import Lazy
from thanknote.sentences import split, without_greeting

__all__ = ["PanelPlanner", "sentence_key", "sentences"]

_WORDS: Final = Lazy(r"[^\W_]+(?:['’][^\W_]+)*")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, not after an abbreviation such as "Ltd."."""
    return split(text)


def sentence_key(sentence: str) -> str:
    """A sentence compared without case, punctuation or spacing."""
    return " ".join(_WORDS.findall(sentence.casefold()))


_LETTERS: Final = Lazy(r"[^\W\d_]+")

# Said when the user's own line thanks the reader, so that no other line of the note
# thanks again where another would do (a word no text has: "thank" itself is plain).
_THANKED: Final = "<thanked>"
# Words whose repetition within a note goes unnoticed.
_PLAIN: Final = frozenset(
    """thank thanks would with your that this have from were what when which their there
    very much more also time about into them they will been being""".split()
)


@lru_cache(maxsize=4096)  # a panel's notes weigh the same options again and again
def _marked_words(text: str) -> frozenset[str]:
    """The words a reader notices when a note says them twice: "glad", "appreciated",
    compared by their stem ("enjoyable" and "enjoyed" are one word to the ear)."""
    words = {_stem(w) for w in _WORDS.findall(text.casefold()) if len(w) > 3 and w not in _PLAIN}
    if _OPENS_WITH_STRESS.search(text):
        words.add(_STRESSED)
    for opening in _OPENING.findall(text):
        # two sentences that open alike: "It was good to understand ... It was good to
        # hear ..." (set DL); "Thank you ..." is told by its other words
        if opening.split()[0].casefold() not in ("thank", "thanks"):
            # and "I appreciated ... I appreciated ..." (set DU), though the interview's own
            # words may say "appreciated" too
            words.add(f"<opens:{opening.casefold()}>")
    return frozenset(words)


# A sentence's first two words.
_OPENING: Final = Lazy(r"(?:^|(?<=[.!?]\s))\s*([A-Z][\w'’]*\s+[\w'’]+)")


# A sentence that opens "I" and an adverb of degree, which a reader hears twice as the
# same sentence: "I especially enjoyed your description of the site. I particularly
# valued our discussion of the soil testing program." (set CT, 2 notes).
_OPENS_WITH_STRESS: Final = Lazy(r"(?:^|[.!?]\s+)I (?:\w+ly|very much|really) \w+ed\b")
_STRESSED: Final = "<i-adverb-verbed>"  # a word no text has


_ENDINGS: Final = ("ably", "able", "ing", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    stem = _stem_ending(word)
    # and the noun of the verb: "contribution" is "contribute" to the ear (set CC: "I
    # believe I could make a valuable contribution. ... contribute to the team.")
    return stem[:-3] if stem.endswith("ion") and len(stem) > 7 else stem


def _stem_ending(word: str) -> str:
    if word.endswith(_ENDINGS):  # most words end otherwise
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    # a silent "e" goes before "-ing", so "welcome" and "welcoming" are one word (set
    # BI: "Ngā mihi nui for welcoming me" beside "Thank you for the warm welcome")
    return word[:-1] if word.endswith("e") and len(word) > 5 else word


@lru_cache(maxsize=4096)  # each option is weighed for every note of the panel
def _sentence_keys(text: str) -> tuple[str, ...]:
    return tuple(sentence_key(s) for s in sentences(without_greeting(text)))


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORDS.findall(text.casefold())
    return frozenset(tuple(words[i : i + 3]) for i in range(len(words) - 2))


@dataclass(slots=True)
class PanelPlanner:
    """Chooses among a template's alternatives for every note of one panel.

    Call `begin(index)` before rendering the note for panel member `index`,
    then `choose(options)` for each set of alternatives, in template order.
    """

    seed: int
    size: int
    own_words: frozenset[str] = frozenset()  # the interview's own words: topics, names...
    said_always: frozenset[str] = frozenset()  # marked words of what every note says
    runs_always: frozenset[tuple[str, ...]] = frozenset()  # its three-word runs
    # the words of what the person said and did (topics, moments, accomplishments), which a
    # line's wording must not say again after a line has said them
    echoed_words: frozenset[str] = frozenset()
    own_said_always: frozenset[str] = frozenset()  # those words, of what every note says
    _index: int = 0
    _calls: int = 0
    _unsuited: frozenset[str] = frozenset()  # words that do not fit this recipient
    _said: set[str] = field(default_factory=set)  # marked words already in this note
    _said_runs: set[tuple[str, ...]] = field(default_factory=set)  # its three-word runs
    _own_said: set[str] = field(default_factory=set)  # the interview's words it has said
    _owner: dict[str, int] = field(default_factory=dict)  # sentence key -> note index
    _runs: dict[int, Counter[tuple[str, ...]]] = field(default_factory=dict)
    # this note's choices, so that a second drafting of it can look ahead (see `retry`)
    _chosen: dict[int, frozenset[str]] = field(default_factory=dict)  # slot -> marked words
    _later: dict[int, frozenset[str]] = field(default_factory=dict)  # the same, of the last try
    _repeated: bool = False  # a choice said a word the note had said already
    _options: dict[int, int] = field(default_factory=dict)  # slot -> how many lines it had
    _owned: list[str] = field(default_factory=list)  # sentence keys this note claimed
    _ran: list[tuple[int, frozenset[tuple[str, ...]]]] = field(default_factory=list)

    @classmethod
    def for_panel(
        cls,
        key: str,
        size: int,
        own_text: str = "",
        in_every_note: str = "",
        told_text: str = "",
        named_text: str = "",
    ) -> PanelPlanner:
        """A planner whose choices follow from `key` (the interview's identity).

        `own_text` is what the interview file says (topics, names...): words
        from it may recur in a note without counting as repetition.
        `in_every_note` is the user's own sentence that every note carries (the
        closing line): its words count as said, so that no line repeats them
        ("Thank you again," after "Shukran again for the tour").
        `told_text` is the part of `own_text` that tells what was said and done
        (topics, moments, accomplishments): a line whose own wording repeats a word
        of it said earlier in the note weighs as a word said twice; but not a word of
        `named_text` (the company and the position), which lines name in their filling.
        """
        own = frozenset(_stem(w) for w in _WORDS.findall(own_text.casefold()))
        told = _marked_words(told_text) - _marked_words(named_text)
        said = _marked_words(in_every_note) - own
        if "thank" in in_every_note.casefold():
            # the user's line thanks already: no "Thank you again," right after it (set
            # BN: "Thank you, and Shabbat shalom. / Thank you again,")
            said |= {_THANKED}
        return cls(
            seed=zlib.crc32(key.encode("utf-8")),
            size=size,
            own_words=own,
            said_always=said,
            runs_always=_trigrams(in_every_note),
            echoed_words=told,
            own_said_always=_marked_words(in_every_note) & told,
        )

    def begin(self, index: int, unsuited: frozenset[str] = frozenset()) -> None:
        """Start the note for the panel member at `index`; options with any of the
        `unsuited` words are passed over while another reads ("the team", to a
        board member, who is not on it)."""
        self._index, self._calls, self._unsuited = index, 0, unsuited
        self._said = set(self.said_always)
        self._said_runs = set(self.runs_always)
        self._own_said = set(self.own_said_always)
        self._chosen, self._later, self._repeated, self._options = {}, {}, False, {}
        self._owned, self._ran = [], []

    @property
    def repeated(self) -> bool:
        """Whether a line of the note chosen so far says a word it had said already."""
        return self._repeated

    def retry(self) -> None:
        """Start the current note again, its claims on the panel undone, now knowing
        which words its later lines said: a line is chosen before the ones after it,
        and a later one may have only lines with a word an earlier one chose
        ("I enjoyed our conversation on Monday very much. I particularly enjoyed the
        6:45 am handover huddle", set EG). The lines are known by the order a
        template asks for them, which the second drafting keeps unless a template
        branches on a line chosen before."""
        for key in self._owned:
            del self._owner[key]
        for slot, runs in self._ran:
            self._runs[slot].subtract(runs)
        later = dict(self._chosen)
        self.begin(self._index, self._unsuited)
        self._later = later

    def choose(self, options: list[str], *, limit: int | None = None) -> str:
        """The option for the current note: no sentence another note of the
        panel has, then no word said twice in a row, then the fewest words the
        note has said already and three-word runs shared with the panel, then the
        line this person's turn comes to. Options longer than `limit`
        characters are left out while a shorter one exists."""
        slot = self._calls
        self._calls += 1
        if limit is not None:
            options = [o for o in options if len(o) <= limit] or sorted(options, key=len)[:1]
        # a question is never the subject of "came up", whatever else the panel says (sets IH
        # and IO: "When how you plan around slope stability came up, ...")
        options = [o for o in options if not _QUESTION_AS_SUBJECT.search(o)] or options
        if not options:
            return ""
        runs = self._runs.setdefault(slot, Counter())
        start = (self.seed + slot * 7 + self._index * _stride(len(options))) % len(options)
        later = frozenset().union(*(w for s, w in self._later.items() if s > slot))

        def cost(position: int) -> tuple[int, bool, int, int, int, int]:
            text = options[position]
            shared = sum(
                1
                for key in _sentence_keys(text)
                if self._owner.get(key, self._index) != self._index
            )
            unsuited = bool(self._unsuited) and not self._unsuited.isdisjoint(
                _LETTERS.findall(text.casefold())  # "team's" too
            )
            repeated = len((_marked_words(text) - self.own_words) & (self._said | later))
            repeated += _THANKED in self._said and "thank" in text.casefold()
            # three words said again weigh more than one: "I am very interested in the role
            # and would be glad to bring ... I would be glad to send the staffing model"
            repeated += len(_trigrams(text) & self._said_runs)
            # and a word of the interview's that an earlier line said, which a line's own
            # wording says again: "I especially enjoyed your remark that ... I appreciated
            # your remarks on realtime feeds" (set JW); the interview's words in every line
            # weigh alike
            repeated += len(_marked_words(text) & self._own_said)
            overlap = sum(runs[t] for t in _trigrams(text))
            doubled = int(_doubled(text))  # a frame meeting its filling: "thinking on on-call"
            # and a frame's "When" before a topic with its own, whatever else the filling
            # repeats: "When we discussed substitutions when items are out of stock" (set JC)
            doubled += text.startswith("When ") and _WHEN.search(text, 5) is not None
            # and a frame's "and to" after a topic with its own "and": "to discuss the
            # after-hours roster and how you staff night shifts and to mention that" (set KL)
            doubled += " and to " in text and " and " in text.split(" and to ", 1)[0]
            return shared, unsuited, doubled, repeated, overlap, (position - start) % len(options)

        position = min(range(len(options)), key=cost)
        best = options[position]
        marked = _marked_words(best) - self.own_words
        # worth drafting again only when the word was said by an earlier line of this note
        # that had another way to say it (not the user's own line, not a line alone)
        clash = marked & (self._said - self.said_always)
        self._repeated = self._repeated or any(
            clash & words for s, words in self._chosen.items() if self._options.get(s, 1) > 1
        )
        self._chosen[slot] = marked
        self._options[slot] = len(options)
        for key in _sentence_keys(best):
            self._own(key)
        runs.update(_trigrams(best))
        self._ran.append((slot, _trigrams(best)))
        self._said |= marked
        self._said_runs |= _trigrams(best)
        self._own_said |= _marked_words(best) & self.echoed_words
        return best

    def claim(self, text: str) -> None:
        """Record sentences written outside `choose` (topics, the user's own)."""
        for s in sentences(text):
            self._own(sentence_key(s))

    def _own(self, key: str) -> None:
        if key not in self._owner:
            self._owner[key] = self._index
            self._owned.append(key)


@lru_cache(maxsize=4096)  # every note of a panel weighs the same options
def _doubled(text: str) -> bool:
    """Whether a word is said twice in a row ("on on-call" counted; "that that" is rare
    enough in a note to count too), a word a reader notices twice in one line, or a
    preposition again after one word ("your perspective on the post-mortem on the 2026
    coverage", set BH). (A question made the subject of "came up" is never chosen: see
    `_QUESTION_AS_SUBJECT`.)"""
    words = text.lower().split()
    if any(a == b.split("-", 1)[0] and a.isalpha() for a, b in itertools.pairwise(words)):
        return True
    marked = [_stem(w) for w in _WORDS.findall(text.casefold()) if len(w) > 3 and w not in _PLAIN]
    if len(marked) != len(set(marked)):
        # a word of the frame again in its filling: "I really enjoyed your remark that Pillar
        # Two is really a data project" (set IM); a filling that repeats itself does so in
        # every option, which this leaves to the rest of the cost
        return True
    if text.count("your ") > 1 and _YOURS_AGAIN.search(text):
        return True  # "your thoughts on your JCI accreditation" (set CC)
    again = text.count(" on ") > 1 or text.count(" about ") > 1  # most options say neither
    return again and _AGAIN.search(text) is not None


_WHEN: Final = Lazy(r"\bwhen\b")
_YOURS_AGAIN: Final = Lazy(r"(?i)\byour\s+\S+\s+(?:\S+\s+)?your\b")
_QUESTION_WORDS: Final = ("how", "what", "whether", "why", "who", "where", "which", "when")
# A question made the subject of "came up": "When how you split the work came up" (set BJ).
_QUESTION_AS_SUBJECT: Final = Lazy(rf"\bWhen (?:{'|'.join(_QUESTION_WORDS)}) ")
_AGAIN: Final = Lazy(r"\b(on|about)\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+\1\b")


def _stride(count: int) -> int:
    """A step through `count` options that visits every one before repeating."""
    for step in (3, 5, 7, 2, 1):
        if step < count and _gcd(step, count) == 1:
            return step
    return 1


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a
