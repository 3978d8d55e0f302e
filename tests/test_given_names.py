"""The copy of Faker's lists of names in thanknote/_given_names.py is up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from thanknote import _given_names

_TOOL = Path(__file__).resolve().parent.parent / "tools" / "given_names.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("given_names_tool", _TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lists_match_the_installed_faker() -> None:
    """If this fails after upgrading Faker, run `python tools/given_names.py`."""
    for name, words in _tool().readings().items():
        assert getattr(_given_names, name) == frozenset(words), name


def test_the_module_is_written_as_the_tool_writes_it() -> None:
    source = Path(_given_names.__file__).read_text(encoding="utf-8")

    assert source == _tool().build()


@pytest.mark.parametrize(
    ("word", "lists"),
    [
        pytest.param("ezequiel", {"GIVEN_IBERIAN"}, id="argentine-given-name"),
        pytest.param("gimenez", {"FAMILY_IBERIAN", "FAMILY_FRENCH"}, id="folded-family-name"),
        pytest.param("ocampo", {"FAMILY_IBERIAN", "GIVEN_IBERIAN"}, id="not-an-english-family"),
        pytest.param("joao+pedro", {"COMPOUND_IBERIAN"}, id="compound-listed-whole"),
        pytest.param("jean+pierre", {"COMPOUND_FRENCH"}, id="hyphenated-compound"),
    ],
)
def test_words_are_kept_folded_by_custom(word: str, lists: set[str]) -> None:
    holding = {
        name for name in dir(_given_names) if name.isupper() and word in getattr(_given_names, name)
    }

    assert holding == lists


def test_no_list_says_which_sex_a_name_is_for() -> None:
    assert not [name for name in dir(_given_names) if "MALE" in name or "SEX" in name]
