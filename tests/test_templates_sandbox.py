"""User templates and the sandbox every template renders in."""

from __future__ import annotations

from pathlib import Path

import pytest

from thanknote import Interview, TemplateError, ThanknoteError, draft, render

MINIMAL = """\
{{ recipient.warm_salutation }}

Thank you for talking with me about {{ topic }} and the {{ position }} role at {{ company }}.

{{ candidate.name }}
"""


def _template(folder: Path, text: str, name: str = "mine.j2") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("as_text", [False, True], ids=["path", "str"])
def test_user_template_renders(tmp_path: Path, panel_interview: Interview, as_text: bool) -> None:
    path = _template(tmp_path, MINIMAL)

    notes = draft(panel_interview, str(path) if as_text else path)

    assert len(notes) == 4
    assert notes[0].text == (
        "Dear Dr. Raman,\n\nThank you for talking with me about data quality monitoring and the "
        "Senior Data Engineer role at Acme Robotics.\n\nAlex Morgan\n"
    )
    assert notes[0].template == str(path)
    assert render(panel_interview, "Nguyen Thi Lan", path) == notes[3]


@pytest.mark.parametrize("suffix", [".j2", ".jinja", ".jinja2", ".txt"])
def test_user_template_suffixes(tmp_path: Path, panel_interview: Interview, suffix: str) -> None:
    path = _template(tmp_path, "Hi {{ recipient.name }}\n", f"note{suffix}")

    assert draft(panel_interview, path)[1].text == "Hi José Núñez-García\n"


def test_user_template_subject_line(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(tmp_path, "Subject: Thanks, {{ recipient.warm_address }}\nHello\n")

    note = draft(panel_interview, path)[0]

    assert note.subject == "Thanks, Dr. Raman"
    assert note.text == "Hello\n"


def test_user_template_has_the_filters(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(
        tmp_path,
        "{{ ['A', 'B', 'C']|natural_list }}; {{ 'James'|possessive }}; "
        "{{ 'hour'|with_article }}; {{ 'SQL'|article }}; {{ date|long_date }}\n",
    )

    assert draft(panel_interview, path)[0].text == (
        "A, B and C; James's; an hour; an; November 24, 2026\n"
    )


def test_user_template_may_include_a_builtin(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(tmp_path, "P.S. below\n{% include 'card.j2' %}")

    text = draft(panel_interview, path)[0].text

    assert text.startswith("P.S. below\nDear Dr. Raman,\n")


def test_misspelt_variable_names_it_and_the_line(
    tmp_path: Path, panel_interview: Interview
) -> None:
    path = _template(tmp_path, "{{ recipient.warm_salutation }}\n\nHello {{ recipent.name }}\n")

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert str(caught.value) == (
        f"template '{path}', line 3: undefined variable: 'recipent' is undefined"
    )
    assert caught.value.line == 3


def test_misspelt_attribute_is_an_error_too(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(tmp_path, "Hello\n{{ recipient.nmae }}\n")

    with pytest.raises(TemplateError, match=r"line 2: undefined variable: .*'nmae'"):
        draft(panel_interview, path)


@pytest.mark.parametrize(
    "expression",
    [
        pytest.param("{{ ''.__class__.__mro__ }}", id="str-mro"),
        pytest.param("{{ cycler.__init__.__globals__ }}", id="cycler-globals"),
        pytest.param("{{ ''|attr('__class__') }}", id="attr-filter"),
        pytest.param("{{ self.__init__.__globals__ }}", id="self-globals"),
        pytest.param("{{ lipsum.__globals__ }}", id="lipsum-globals"),
        pytest.param("{{ date.__class__.__subclasses__() }}", id="subclasses"),
        pytest.param("{{ recipient.__class__ }}", id="recipient-class"),
    ],
)
def test_sandbox_blocks_python_internals(
    tmp_path: Path, panel_interview: Interview, expression: str
) -> None:
    path = _template(tmp_path, f"Hello\n{expression}\n")

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert "not allowed in a template" in str(caught.value)
    assert caught.value.line == 2


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("{% include '/etc/passwd' %}", id="include-absolute"),
        pytest.param("{% include '../../etc/passwd' %}", id="include-parent"),
        pytest.param("{% extends '/etc/passwd' %}", id="extends-absolute"),
        pytest.param("{% import '../../etc/passwd' as secrets %}", id="import-parent"),
    ],
)
def test_templates_cannot_read_files_outside(
    tmp_path: Path, panel_interview: Interview, tag: str
) -> None:
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    path = _template(folder, f"{tag}\n")

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert "root:" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("Hello\n{% if topic %}\nno end\n", 3, id="unclosed-if"),
        pytest.param("Hello\n\n{{ recipient.name \n", 3, id="unclosed-expression"),
        pytest.param("{% frobnicate %}\n", 1, id="unknown-tag"),
    ],
)
def test_syntax_error_names_the_line(
    tmp_path: Path, panel_interview: Interview, text: str, line: int
) -> None:
    path = _template(tmp_path, text)

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert caught.value.line == line
    assert str(caught.value).startswith(f"template '{path}', line {line}: invalid template: ")


def test_unknown_builtin_template(panel_interview: Interview) -> None:
    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, "memo")

    choices = "card, email, follow-up, letter, linkedin"
    assert str(caught.value) == f"template 'memo': no such template; choose from: {choices}"


def test_missing_template_file(tmp_path: Path, panel_interview: Interview) -> None:
    path = tmp_path / "nowhere.j2"

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert str(caught.value) == f"template '{path}': no such template file"


def test_template_that_is_not_utf8(tmp_path: Path, panel_interview: Interview) -> None:
    path = tmp_path / "latin1.j2"
    path.write_bytes("Liebe Grüße\n".encode("latin-1"))

    with pytest.raises(TemplateError, match="not UTF-8 text"):
        draft(panel_interview, path)


def test_template_errors_are_thanknote_errors(panel_interview: Interview) -> None:
    with pytest.raises(ThanknoteError):
        draft(panel_interview, "memo")


@pytest.mark.parametrize(
    "expression",
    [
        pytest.param("{{ 1 / 0 }}", id="zero-division"),
        pytest.param("{{ '%d' % 'x' }}", id="type-error"),
        pytest.param("{{ range(10**9)|list }}", id="sandbox-range-limit"),
    ],
)
def test_python_errors_in_a_template_are_template_errors(
    tmp_path: Path, panel_interview: Interview, expression: str
) -> None:
    path = _template(tmp_path, f"Hello\n{expression}\n")

    with pytest.raises(TemplateError) as caught:
        draft(panel_interview, path)

    assert caught.value.line == 2
