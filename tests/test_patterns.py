"""Regular expressions kept between runs (`pattern_store`) and `patterns`' functions of `re`."""

from __future__ import annotations

import marshal
import re
import zlib
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote import patterns as rx
from thanknote.pattern_store import _MOST, Store, compile_kept

# Patterns of the kinds thanknote writes: groups named and not, look-arounds,
# classes beyond ASCII, flags inline and passed, alternations of words.
PATTERNS = [
    (r"(?P<given>[A-Z][a-z]+)\s+(?P<family>[A-Z][\w'-]+)", 0),
    (r"(?<![\w'’])(?:Dr|Prof|Eng)\.?\s+(?=[A-Z])", 0),
    (r"\b(?:led|built|ran|cut)\b", re.IGNORECASE),
    (r"(?i)^(?:dear|hi|hello)\b\s*", 0),
    (r"[\u0600-\u06ff]+|[가-힣]+|[à-ÿ]+", 0),
    (r"(\d+)(?:,\d{3})*(?:\.\d+)?\s*(%|percent)?", 0),
    (r"^\s*$", re.MULTILINE),
]

TEXT = st.text(alphabet=st.sampled_from("aZ é1 ,.'’-Dr.ProfLedledHi\nكت한%"), max_size=40)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    folder = tmp_path / "kept"
    return Store(folder)


@given(TEXT)
def test_a_kept_pattern_matches_as_re_compiles_it(text: str) -> None:
    store = Store(None)
    store.entries = {}  # in memory only: nothing read or written
    for pattern, flags in PATTERNS:
        kept, plain = compile_kept(pattern, flags, store=store), re.compile(pattern, flags)
        assert (kept.pattern, kept.flags, kept.groups) == (plain.pattern, plain.flags, plain.groups)
        assert kept.groupindex == plain.groupindex
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groups() for m in kept.finditer(text)] == [
            m.groups() for m in plain.finditer(text)
        ]
        assert kept.sub("<\\g<0>>", text) == plain.sub("<\\g<0>>", text)


def test_the_next_run_reads_the_patterns_from_the_file(store: Store) -> None:
    for pattern, flags in PATTERNS:
        compile_kept(pattern, flags, store=store)
    store.save()
    path = store.path()
    assert path is not None
    assert path.is_file()
    assert path.parent.stat().st_mode & 0o777 == 0o700

    later = Store(store.folder)
    entries = later.load()
    assert set(entries) == {(pattern, int(flags)) for pattern, flags in PATTERNS}
    name = compile_kept(PATTERNS[0][0], store=later)
    found = name.match("Priya Raman")
    assert found is not None
    assert found.group("family") == "Raman"
    assert not later.changed  # nothing new to write


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        marshal.dumps(
            (0, marshal.dumps({("a+", 0): (32, b"\\x01\\x00\\x00\\x00", 0, {}, (None,))}))
        ),
        marshal.dumps("a string"),
        marshal.dumps(
            (zlib.crc32(marshal.dumps({("a+", 0): "x"})), marshal.dumps({("a+", 0): "x"}))
        ),
        marshal.dumps(
            (
                zlib.crc32(
                    payload := marshal.dumps(
                        {("a+", 0): (32, array("I", [999999]).tobytes(), 0, {}, (None,))}
                    )
                ),
                payload,
            )
        ),
    ],
    ids=["empty", "garbage", "bad-checksum", "not-a-pair", "wrong-entry", "bad-code"],
)
def test_a_damaged_file_only_means_compiling_again(store: Store, damage: bytes) -> None:
    path = store.path()
    assert path is not None
    path.write_bytes(damage)
    pattern = compile_kept("a+", store=store)
    assert pattern.fullmatch("aaa") is not None
    assert pattern.fullmatch("b") is None


def test_the_file_keeps_the_last_runs_patterns_first_up_to_a_bound(store: Store) -> None:
    for n in range(_MOST + 50):  # patterns built from an interview's words, in a first run
        compile_kept(f"old{n}", store=store)
    store.save()
    later = Store(store.folder)
    assert len(later.load()) == _MOST
    for n in range(10):
        compile_kept(f"new{n}", store=later)
    compile_kept("old0", store=later)
    later.save()
    kept = list(Store(store.folder).load())
    assert len(kept) == _MOST
    assert kept[:11] == [(f"new{n}", 0) for n in range(10)] + [("old0", 0)]
    assert ("old1", 0) in kept
    assert (f"old{_MOST - 1}", 0) not in kept  # the least recently used gave way


def test_a_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "open"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    store = Store(folder)
    assert store.path() is None
    assert compile_kept("x(y)", store=store).match("xy") is not None
    store.save()
    assert list(folder.iterdir()) == []


def test_a_file_that_cannot_be_written_is_not_an_error(store: Store, tmp_path: Path) -> None:
    compile_kept("q+", store=store)
    path = store.path()
    assert path is not None
    path.mkdir()  # a folder where the file should go: os.replace fails
    store.save()
    assert path.is_dir()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_a_bad_pattern_raises_as_re_does(store: Store) -> None:
    with pytest.raises(re.error):
        compile_kept("(unclosed", store=store)


@given(TEXT)
def test_the_functions_of_re_give_what_re_gives(text: str) -> None:
    pattern = r"(\w)(\w)?"
    assert rx.sub(pattern, r"\2\1", text) == re.sub(pattern, r"\2\1", text)
    assert rx.subn(pattern, "-", text, count=2) == re.subn(pattern, "-", text, count=2)
    assert rx.split(r"[ ,]", text, maxsplit=1) == re.split(r"[ ,]", text, maxsplit=1)
    assert rx.findall(pattern, text) == re.findall(pattern, text)
    assert [m.span() for m in rx.finditer(pattern, text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]
    for function in ("search", "match", "fullmatch"):
        ours, theirs = getattr(rx, function)(pattern, text), getattr(re, function)(pattern, text)
        assert _span(ours) == _span(theirs)
    assert _span(rx.search("É", text, re.IGNORECASE)) == _span(re.search("É", text, re.I))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None
