"""What a field may hold: the checks the loader runs on every value, usable on their own."""

from __future__ import annotations

from email.headerregistry import Address

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote.fields import email_problem, is_placeholder, text_problem


@pytest.mark.parametrize(
    "address",
    [
        "priya.raman@acme-robotics.example",
        "o'neil+jobs@mail.acme.co.uk",
        "jose@xn--acm-dma.com",
        "x@acme.museum",
    ],
)
def test_addresses_that_can_be_sent(address: str) -> None:
    assert email_problem(address) is None


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        pytest.param(
            "bo(x)@acme.com",
            "not an e-mail address: 'bo(x)@acme.com' (mail software reads it as "
            "'bo@acme.com'; brackets hold a comment)",
            id="comment-rewritten",
        ),
        pytest.param(
            "a..b@acme.com", "not an e-mail address: 'a..b@acme.com' (two dots in a row)", id="dots"
        ),
        pytest.param(
            "josé@acme.com",
            "cannot be sent: 'josé@acme.com' has letters before the '@' that are not ASCII, "
            "which most mail servers refuse",
            id="non-ascii-local-part",
        ),
        pytest.param(
            "jose@acmé.com",
            "cannot be sent: 'jose@acmé.com' has a domain that is not ASCII; write it as mail "
            "servers do, 'xn--acm-dma.com'",
            id="non-ascii-domain",
        ),
        pytest.param(
            "alex@localhost",
            "not an e-mail address: 'alex@localhost' (the domain 'localhost' has no dot: write "
            "the whole address)",
            id="no-dot",
        ),
        pytest.param(
            "Alex <alex@acme.com>",
            "not an e-mail address: 'Alex <alex@acme.com>' (a space)",
            id="display-name",
        ),
        pytest.param(
            "alex@[192.0.2.1]",
            "not an e-mail address: 'alex@[192.0.2.1]' (needs a domain name such as acme.com, "
            "not an IP address)",
            id="ip-address",
        ),
        pytest.param(
            '"john.doe"@acme.com',
            "not an e-mail address: '\"john.doe\"@acme.com' (mail software reads it as "
            "'john.doe@acme.com')",
            id="needless-quotes-dropped",
        ),
        pytest.param("jose at acme", "not an e-mail address: 'jose at acme' (no '@')", id="no-at"),
        pytest.param("0@[", "not an e-mail address: '0@[' (needs a domain name", id="parser-slip"),
        pytest.param("0@ [ ", "not an e-mail address: '0@ [ ' (a space)", id="parser-slip-2"),
        pytest.param(
            "a@-acme.com",
            "not an e-mail address: 'a@-acme.com' ('-acme.com' is not a domain name)",
            id="hyphen",
        ),
    ],
)
def test_addresses_that_cannot(address: str, problem: str) -> None:
    found = email_problem(address)

    assert found is not None
    assert found.startswith(problem)


@settings(max_examples=examples(500), deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("ab0@[]().,;:<>\"\\ -é=?'")), max_size=14))
def test_an_accepted_address_reads_back_unchanged(address: str) -> None:
    """The `email` package's parser trips on some input ("0@["): never a crash here."""
    if email_problem(address) is None:
        assert Address(addr_spec=address).addr_spec == address


@pytest.mark.parametrize(
    ("text", "multiline", "problem"),
    [
        ("Priya\u0007", False, "holds a control character (U+0007) at character 6"),
        ("Acme\ufffe", False, "holds U+FFFE at character 5, which is not a character"),
        ("Acme\ud83d", False, "holds U+D83D at character 5, half of a surrogate pair"),
        ("a\nb", False, "must be one line, not 'a\\nb'"),
        ("a\u2029b", True, "holds U+2029 at character 2, a line break no one can see"),
        ("a\r\nb", True, "holds a control character (U+000D) at character 2"),
    ],
)
def test_text_that_cannot_be_written(text: str, multiline: bool, problem: str) -> None:
    found = text_problem(text, multiline=multiline)

    assert found is not None
    assert found.startswith(problem)


@pytest.mark.parametrize("text", ["Núñez\tGarcía", "a\nb", "Dr. Nguyễn Thị Lan 👋"])
def test_text_that_can(text: str) -> None:
    assert text_problem(text, multiline=True) is None


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("<company as on the job ad>", True),
        ("  <your name as you sign your notes> ", True),
        ("<Acme>", False),  # a name may be written in brackets
        ("Acme <Robotics>", False),
        ("<>", False),
    ],
)
def test_placeholders(text: str, placeholder: bool) -> None:
    assert is_placeholder(text) is placeholder
