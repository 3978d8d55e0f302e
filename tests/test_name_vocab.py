"""The copy of nameparser's vocabulary in thanknote/_name_vocab.py is up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from thanknote import _name_vocab

_TOOL = Path(__file__).resolve().parent.parent / "tools" / "name_vocab.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("name_vocab_tool", _TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_matches_the_installed_nameparser() -> None:
    """If this fails after upgrading nameparser, run `python tools/name_vocab.py`."""
    for name, value in _tool().readings().items():
        expected = value if isinstance(value, (dict, tuple)) else frozenset(value)
        assert getattr(_name_vocab, name) == expected, name


def test_the_module_is_written_as_the_tool_writes_it() -> None:
    source = Path(_name_vocab.__file__).read_text(encoding="utf-8")

    assert source == _tool().build()


def test_titles_are_spelled_out_from_nameparsers_readings() -> None:
    assert _name_vocab.SPELLED_OUT["maj"] == "Major"  # expands = "Major"
    assert _name_vocab.SPELLED_OUT["capt"] == "Captain"  # same_as = "captain"
    assert _name_vocab.SPELLED_OUT["lcdr"] == "Lieutenant Commander"
    assert "sir" in _name_vocab.GIVEN_NAME_NOBILITY
    assert "binti" in _name_vocab.PATRONYMICS


def test_kinds_of_title_are_nameparsers() -> None:
    assert "canon" in _name_vocab.RELIGIOUS_TITLES  # religious = {}
    assert "cllr" in _name_vocab.OFFICE_TITLES  # office = { same_as = "councillor" }
    assert "ltc" in _name_vocab.MILITARY_TITLES
    assert "chief" in _name_vocab.NOBILITY_TITLES
    assert "dottssa" in _name_vocab.ACADEMIC_TITLES  # "Dott.ssa", keyed without full stops
    assert "mme" in _name_vocab.SALUTATIONS
    assert "assoc" in _name_vocab.TITLE_MODIFIERS
