"""The interest model: its data, its shipped weights, and how the checker uses it."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import thanknote
from thanknote import Interview, check
from thanknote.checks import interest_model
from thanknote.checks.interest import rules_find_interest

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tools" / "data" / "interest"


@cache
def training() -> ModuleType:
    """tools/train_interest.py, loaded from its path (tools are scripts, not a package)."""
    path = ROOT / "tools" / "train_interest.py"
    spec = importlib.util.spec_from_file_location("train_interest", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["sentences_a.jsonl", "sentences_b.jsonl"])
def test_the_blind_sets_are_labelled_sentences(name: str) -> None:
    lines = (SENTENCES / name).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) >= 1600
    assert all(set(row) == {"text", "label", "kind"} for row in rows)
    assert {row["label"] for row in rows} == {0, 1}
    assert all(row["text"].strip() and row["kind"] for row in rows)


def test_the_shipped_weights_were_trained_on_the_data_in_the_repository() -> None:
    # Run tools/train_interest.py after changing the sentences or the corpora.
    assert interest_model.load().trained_on == training().data_digest()


def test_the_weights_are_one_byte_per_hashed_feature() -> None:
    model = interest_model.load()
    assert len(model.weights) == 1 << model.bits
    assert 0.5 < model.threshold < 1
    path = Path(interest_model.__file__).with_name("interest_model.bin")
    assert path.stat().st_size < 200_000


def test_features_are_hashed_words_pairs_and_letter_sequences() -> None:
    found = interest_model.features("Count me in!", 17)
    # 4 words ("count", "me", "in", "!"), 5 pairs with the ends, and the letter
    # sequences of " count me in! " (3, 4 and 5 long: 12 + 11 + 10).
    assert len(found) == 4 + 5 + 33
    assert found == interest_model.features("COUNT  me in!", 17)
    assert all(0 <= f < 1 << 17 for f in found)


@pytest.mark.parametrize(
    ("sentence", "states_interest"),
    [
        pytest.param("I'd bite your hand off for a job like this.", True, id="idiom"),
        pytest.param("Next season can't come soon enough for me.", True, id="next-season"),
        pytest.param("Ready to start whenever you need me.", True, id="readiness"),
        pytest.param("Thank you for the tour of the yard.", False, id="thanks"),
        pytest.param("I look forward to hearing from you.", False, id="hearing-from-you"),
        pytest.param("Your point about interest rates was fascinating.", False, id="rates"),
    ],
)
def test_the_model_reads_sentences(sentence: str, states_interest: bool) -> None:
    model = interest_model.load()
    assert (interest_model.probability(sentence) >= model.threshold) == states_interest


# -- the checker: rules first, the model for the rest, the rules' vetoes ---------------------------

HEAD = "Dear Priya,\n\nThank you for the talk about data quality monitoring on Tuesday. "
TAIL = "\n\nBest regards,\nAlex Morgan\n"


def _missing(text: str, interview: Interview) -> bool:
    return "missing-interest" in [f.code for f in check(text, interview)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Honestly, I would snap your hand off for this job.", id="idiom"),
        pytest.param("Next season can't come soon enough, and I want to be in it.", id="future"),
        pytest.param("Ready to start whenever you need me.", id="readiness"),
        pytest.param("This is the kitchen I want to cook in for years.", id="metaphor"),
        pytest.param("Sign the papers and I will be there Monday.", id="acceptance"),
    ],
)
def test_interest_the_rules_do_not_list_is_found_by_the_model(
    sentence: str, panel_interview: Interview
) -> None:
    assert not rules_find_interest(sentence, panel_interview.company)
    assert not _missing(HEAD + sentence + TAIL, panel_interview)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("If the offer comes my way, my answer is already yes.", id="acceptance"),
        pytest.param("I'd be proud to wear the company's badge.", id="pride"),
        pytest.param("I hope we meet again soon, as teammates.", id="as-colleagues"),
        pytest.param("Still keen, and happy to send references.", id="no-subject"),
    ],
)
def test_interest_the_rules_know_is_found(sentence: str, panel_interview: Interview) -> None:
    assert rules_find_interest(sentence, panel_interview.company)
    assert not _missing(HEAD + sentence + TAIL, panel_interview)


def test_interest_given_only_in_a_ps_counts(panel_interview: Interview) -> None:
    text = HEAD + TAIL + "\nP.S. Ready to start whenever you need me.\n"
    assert not _missing(text, panel_interview)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HEAD + "I look forward to hearing from you." + TAIL, id="hearing-from-you"),
        pytest.param(
            HEAD + "Everyone on the team seemed genuinely excited about the new opening." + TAIL,
            id="the-team's-enthusiasm",
        ),
        pytest.param(
            HEAD + "You said “we'd love to have you on the team” and it made my day." + TAIL,
            id="quoted-words-of-others",
        ),
        pytest.param(
            HEAD
            + "I'd bite your hand off for this job. Sadly, I must withdraw my application."
            + TAIL,
            id="withdrawal",
        ),
        pytest.param(HEAD + "I'm no longer interested in the role." + TAIL, id="negated-phrasing"),
        pytest.param(
            "Thanks, will do.\n\nOn Tue, 24 Nov 2026 at 09:14, Priya Raman <p@acme.example> "
            "wrote:\n> Alex, I'd personally love to see you join the team.\n" + TAIL,
            id="quoted-reply",
        ),
    ],
)
def test_no_interest_stays_missing(text: str, panel_interview: Interview) -> None:
    assert _missing(text, panel_interview)


def test_the_model_is_loaded_only_for_a_note_the_rules_cannot_decide() -> None:
    interview = thanknote.load_interview(ROOT / "examples" / "panel.toml")
    interest_model.load.cache_clear()
    check(HEAD + "I remain very interested in the role." + TAIL, interview)
    assert interest_model.load.cache_info().currsize == 0
    check(HEAD + "Next season can't come soon enough." + TAIL, interview)
    assert interest_model.load.cache_info().currsize == 1
