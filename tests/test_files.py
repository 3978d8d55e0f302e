"""Output file names and reading input files."""

from __future__ import annotations

import pytest

from thanknote.errors import ThanknoteError
from thanknote.files import decode_utf8, safe_name, unique_names


@pytest.mark.parametrize(
    ("parts", "stem"),
    [
        pytest.param(
            ("2026-11-24", "Acme Robotics", "José Núñez-García"),
            "2026-11-24_acme-robotics_jose-nunez-garcia",
            id="accents-folded",
        ),
        pytest.param(
            ("2026-11-24", "Acme", "../../etc/passwd"), "2026-11-24_acme_etc-passwd", id="path"
        ),
        pytest.param(("con",), "con-file", id="windows-reserved"),
    ],
)
def test_safe_name(parts: tuple[str, ...], stem: str) -> None:
    assert safe_name(*parts) == stem


def test_names_without_latin_letters_get_distinct_file_names() -> None:
    first = safe_name("2026-11-23", "Acme", "田中 太郎")
    second = safe_name("2026-11-23", "Acme", "山田 花子")

    assert first != second
    assert first.isascii()
    assert "/" not in first
    assert ".." not in first
    assert unique_names([first, first], ".txt") == [f"{first}.txt", f"{first}-2.txt"]


def test_repeated_names_are_numbered_whatever_their_case() -> None:
    assert unique_names(["ann-lee", "Ann-Lee", "ann-lee"], ".pdf") == [
        "ann-lee.pdf",
        "Ann-Lee-2.pdf",
        "ann-lee-3.pdf",
    ]


def test_decode_utf8_drops_a_byte_order_mark() -> None:
    assert decode_utf8("\ufeffZoë".encode(), ThanknoteError) == "Zoë"


def test_decode_utf8_names_the_first_bad_byte() -> None:
    with pytest.raises(ThanknoteError) as caught:
        decode_utf8(b"caf\xe9", ThanknoteError)

    assert str(caught.value) == "not UTF-8 text (byte 0xe9 at offset 3)"
