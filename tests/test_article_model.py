"""The article model: its labelled data, its shipped weights, and what it decides."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote import article_model
from thanknote.phrases import ruled_topic, topic_in_sentence

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tools" / "data" / "articles"


def _rows() -> list[dict[str, str]]:
    return [
        json.loads(line)
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_the_labelled_data_is_topics_with_known_labels() -> None:
    rows = _rows()
    assert len(rows) >= 1500
    assert {row["label"] for row in rows} == {"the", "none", "either", "neither"}
    assert all(row["topic"].strip() for row in rows)


def test_the_shipped_weights_were_trained_on_the_data_as_it_is() -> None:
    # tools/train_article_model.py writes this digest; retrain after changing the data
    paths = sorted(DATA.glob("*.jsonl"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).digest()[:16]
    assert article_model._model().trained_on == digest


@pytest.mark.parametrize(
    ("topic", "reads"),
    [
        # sets CX to DB: a field, a substance or an activity takes no article, when the
        # model is sure (it only takes away: set DC's readers marked "design system")
        ("porphyry copper", "porphyry copper"),
        ("food waste", "food waste"),
        ("agro credit", "agro credit"),  # set EY's readers marked "the agro credit"
        ("Tuas consolidation", "the Tuas consolidation"),  # and set FA's its absence
        ("trauma-informed practice", "trauma-informed practice"),
        # a particular thing takes one
        ("call rota", "the call rota"),
        ("budget", "the budget"),
        ("design system", "the design system"),
        ("harvest 2027", "the harvest for 2027"),
        # the rules settle the user's own article, a question and a named sea
        ("the cold chain", "the cold chain"),
        ("how they staff big cases", "how you staff big cases"),
        ("Red Sea war risk", "the Red Sea war risk"),
    ],
)
def test_a_topic_takes_the_article_readers_chose(topic: str, reads: str) -> None:
    assert topic_in_sentence(topic) == reads


def test_a_topic_of_a_preposition_alone_is_said_as_written() -> None:
    """Found by hypothesis: "VERSUS" raised an IndexError."""
    assert topic_in_sentence("VERSUS") == "VERSUS"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_model_only_takes_an_article_away(topic: str) -> None:
    ruled, open_to_the_model = ruled_topic(topic)
    said = topic_in_sentence(topic)

    # a way of working jotted by its adjective is said whole ("REMOTE" is remote working,
    # found by hypothesis), and one system jotted with "new" takes its article: rules, not
    # the model
    worked = ruled.lower().removeprefix("the ") in ("hybrid", "remote")
    system = bool(ruled) and said == f"the {ruled[0].lower()}{ruled[1:]}"
    assert said == ruled or (open_to_the_model and f"the {said}" == ruled) or worked or system
