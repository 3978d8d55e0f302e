"""Templates are bounded: in the files they read, and in the time and memory they take."""

from __future__ import annotations

import dataclasses
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote import Interview, TemplateError, draft
from thanknote.sandbox import MAX_TEXT, TIME_LIMIT

# Seconds of this process's CPU time: a guard against a template that works for long
# before it is stopped. Which check stopped it is told by the message (an operation's
# own check, not the time limit); this bound is loose so that a loaded machine, or the
# first draft's imports, cannot make it fail.
FAST = 3.0


def _template(folder: Path, text: str, name: str = "mine.j2") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _refused(interview: Interview, path: Path) -> tuple[TemplateError, float]:
    """The error drafting with the template ends in, and the CPU seconds it took."""
    start = time.process_time()
    with pytest.raises(TemplateError) as caught:
        draft(interview, path)
    return caught.value, time.process_time() - start


def _one_line_naming(error: TemplateError, path: Path) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"template '{path}'")


# The reproducers of issue 11 -------------------------------------------------------------------

DOUBLED_27_TIMES = "{% set s = 'ab' %}" + "{% set s = s ~ s %}" * 27 + "{{ s|length }}"


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        pytest.param(
            '{{ "a"*10**9 }}',
            "'*' would make 1,000,000,000 characters of text; a template may make at most 100,000",
            id="repeat",
        ),
        pytest.param(
            "{{ 'x'|center(10**9) }}",
            "the 'center' filter would make 1,000,000,000 characters of text; a template may "
            "make at most 100,000",
            id="center",
        ),
        pytest.param("{{ 'x'.center(10**9) }}", "str.center() would make", id="center-method"),
        pytest.param(
            "{{ '%*s'|format(10**9, 'x') }}", "the 'format' filter would make", id="format"
        ),
        pytest.param(
            "{{ range(99999)|join*9999 }}",
            "the 'join' filter would make more than 100,000 characters of text",
            id="join-repeat",
        ),
        pytest.param(
            DOUBLED_27_TIMES, "'~' would make more than 100,000 characters", id="doubling"
        ),
        pytest.param(
            "{{ 9**9999999 }}",
            "'**' would make a number of 9,542,425 digits; a template's numbers may have at "
            "most 4,300",
            id="power",
        ),
        pytest.param(
            "{{ lipsum(10**6) }}",
            "lipsum(1000000, max=100) would make 100,000,000 words; a template may make at "
            "most 10,000",
            id="lipsum",
        ),
        pytest.param(
            "{{ (10**5000)|string }}", "'**' would make a number of 5,000 digits", id="big-number"
        ),
    ],
)
def test_what_a_template_asks_for_is_bounded(
    tmp_path: Path, panel_interview: Interview, expression: str, message: str
) -> None:
    path = _template(tmp_path, f"Hello\n{expression}\n")

    error, seconds = _refused(panel_interview, path)

    assert seconds < FAST
    _one_line_naming(error, path)
    assert message in str(error)
    assert error.line == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Hello {% include 'mine.j2' %}", "mine.j2", id="self-include"),
        pytest.param("{% extends 'mine.j2' %}", "mine.j2", id="self-extends"),
        pytest.param(
            "{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(0) }}",
            "mine.j2",
            id="recursive-macro",
        ),
        pytest.param(
            "{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}",
            "mine.j2",
            id="recursive-loop",
        ),
    ],
)
def test_endless_recursion_is_one_line(
    tmp_path: Path, panel_interview: Interview, text: str, name: str
) -> None:
    path = _template(tmp_path, text, name)

    error, seconds = _refused(panel_interview, path)

    assert seconds < FAST
    _one_line_naming(error, path)
    assert str(error).endswith(
        "nested too deeply: a template that includes itself, or a macro that calls itself, "
        "without end?"
    )


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        pytest.param("{{ true|article }}", "the 'article' filter takes text, not True", id="bool"),
        pytest.param("{{ 5|vary }}", "the 'vary' filter takes text, not 5", id="vary-number"),
        pytest.param("{{ [1, 2]|vary }}", "the 'vary' filter takes text, not [1, 2]", id="vary"),
        pytest.param(
            "{{ 3|with_article }}", "the 'with_article' filter takes text, not 3", id="number"
        ),
        pytest.param("{{ 'x'|long_date }}", "the 'long_date' filter takes a date, not 'x'", id="d"),
        pytest.param("{{ none|capfirst }}", "the 'capfirst' filter takes text, not None", id="no"),
        pytest.param(
            "{{ 5|natural_list }}",
            "the 'natural_list' filter takes a list of text, not 5",
            id="list",
        ),
        pytest.param(
            "{{ [1, 2]|natural_list }}",
            "the 'natural_list' filter takes a list of text, not [1, 2]",
            id="items",
        ),
    ],
)
def test_thanknotes_filters_given_the_wrong_type(
    tmp_path: Path, panel_interview: Interview, expression: str, message: str
) -> None:
    path = _template(tmp_path, f"Hello\n{expression}\n")

    error, _ = _refused(panel_interview, path)

    _one_line_naming(error, path)
    assert str(error) == f"template '{path}', line 2: {message}"


def test_thanknotes_filters_take_what_they_took(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(
        tmp_path,
        "{{ topics[:2]|map('upper')|natural_list }}; {{ recipient.name|possessive }}; "
        "{{ date|short_date }}; {{ nothing_here|default('x')|capfirst }}\n",
    )

    assert draft(panel_interview, path)[0].text == (
        "MOVING NIGHTLY BATCH JOBS TO STREAMING and DATA QUALITY MONITORING; "
        "Dr. Priya Raman's; November 24; X\n"
    )


def test_an_undefined_value_given_to_a_filter_names_the_variable(
    tmp_path: Path, panel_interview: Interview
) -> None:
    path = _template(tmp_path, "{{ nothing_here|article }}\n")

    error, _ = _refused(panel_interview, path)

    assert (
        str(error) == f"template '{path}', line 1: undefined variable: 'nothing_here' is undefined"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
            id="nested-loops",
        ),
        pytest.param(
            "{% set ns = namespace(n=0) %}{% for i in range(99999) %}"
            "{% for j in range(99999) %}{% set ns.n = ns.n + j %}{% endfor %}{% endfor %}",
            id="counting",
        ),
    ],
)
def test_a_template_that_runs_too_long_is_stopped(
    tmp_path: Path, panel_interview: Interview, text: str
) -> None:
    path = _template(tmp_path, text)

    start = time.perf_counter()
    error, _ = _refused(panel_interview, path)

    assert time.perf_counter() - start < TIME_LIMIT + 1.0  # the limit is wall-clock time
    _one_line_naming(error, path)
    assert "took longer than 1 s to render" in str(error)


def test_thanknotes_own_work_is_not_the_templates_time(
    tmp_path: Path, panel_interview: Interview, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The follow-up plan, worked out when a template first asks for it, may be slow
    (a cold disk reading a country's holidays); that time is not the template's."""
    import thanknote.planning

    real_plan, calls = thanknote.planning.plan, []

    def slow_plan(interview: Interview) -> object:
        if not calls:
            time.sleep(TIME_LIMIT + 0.2)
        calls.append(interview)
        return real_plan(interview)

    monkeypatch.setattr(thanknote.planning, "plan", slow_plan)
    path = _template(tmp_path, "{{ follow_up.channel }} on {{ follow_up.on }}")

    notes = draft(
        dataclasses.replace(panel_interview, interviewers=panel_interview.interviewers[:1]), path
    )

    assert calls
    assert all(note.text.startswith(("email on ", "phone on ", "mail on ")) for note in notes)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("{% for i in range(99999) %}" + "x" * 100 + "{% endfor %}", id="output"),
        pytest.param(
            "{% set s %}{% for i in range(99999) %}" + "x" * 100 + "{% endfor %}{% endset %}.",
            id="set-block",
        ),
        pytest.param(
            "{% block b %}{% for i in range(99999) %}xx{% endfor %}{% endblock %}{{ self.b() }}",
            id="block",
        ),
    ],
)
def test_a_note_is_at_most_max_text_long(
    tmp_path: Path, panel_interview: Interview, text: str
) -> None:
    path = _template(tmp_path, text)

    error, seconds = _refused(panel_interview, path)

    assert seconds < FAST
    assert f"more than {MAX_TEXT:,} characters" in str(error)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ [1, 2, 3] * 10**9 }}",
        "{% set l = [1] %}{% for i in range(40) %}{{ l.extend(l) or '' }}{% endfor %}",
        "{{ [1]|batch(10**9, 'x')|list }}",
        "{{ [1]|slice(10**9)|list }}",
        "{{ '{:>{w}}'.format('x', w=10**9) }}",
        "{{ '%.1000000000f' % 1.5 }}",
        "{{ ('a' * 90000)|replace('a', 'b' * 90000) }}",
        "{{ ('a b ' * 20000)|wordwrap(1, wrapstring='y' * 90000) }}",
        "{{ ('a' * 50000).translate({97: 'b' * 50000}) }}",
        "{{ (1).to_bytes(10**9, 'big')|length }}",
        "{{ date.strftime('%1000000000Y')|length }}",
        "{{ [[[1]]]|tojson(10**9) }}",
        "{% set s = 'x' * 99999 %}{{ [s] * 99999 }}",
        "{% set s = 'x' * 99999 %}{% set ns = namespace(v=[s] * 99999) %}{{ ns }}",
        "{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}"
        "{% endfor %}",
        "{{ ['x']|map('center', 10**9)|list }}",
        "{{ lipsum(1, max=10**9) }}",
        # The same long list many times: ten billion items to compare or sort.
        "{% set l = range(99999)|list %}{% set m = range(99998)|list + [7] %}"
        "{{ [l] * 99999 == [m] * 99999 }}",
        "{% set l = range(99999)|list %}{{ l + [1] in [l] * 99999 }}",
        "{% set l = range(99999)|list %}{{ ([l] * 99999)|sort|length }}",
        "{% set l = range(99999)|list %}{{ l is in [l] * 99999 }}",
        "{% set l = range(999)|list %}{{ [[[l] * 99] * 99] * 99 }}",
        "{% set t = ((1,) * 99999,) * 99999 %}",
        "{% set l = range(99999)|list %}{% set ll = [] %}{% for i in range(99) %}"
        "{{ ll.append(l) or '' }}{% endfor %}{{ {(ll|first, ll|last): 1} }}",
    ],
)
def test_other_ways_to_ask_for_too_much(
    tmp_path: Path, panel_interview: Interview, expression: str
) -> None:
    path = _template(tmp_path, f"{expression}\n")

    error, seconds = _refused(panel_interview, path)

    assert seconds < FAST
    _one_line_naming(error, path)
    assert "would make" in str(error) or "at most" in str(error)


def test_the_sandbox_met_while_compiling_is_one_line_too(
    tmp_path: Path, panel_interview: Interview
) -> None:
    # Found by the property below: Jinja works out a constant `~` as it compiles.
    path = _template(tmp_path, "{{ [('ab')] * 9 == [(('ab'|attr('__class__')) ~ 9)] * 9 }}")

    error, _ = _refused(panel_interview, path)

    assert str(error) == (
        f"template '{path}': not allowed in a template: access to attribute '__class__' of "
        "'str' object is unsafe."
    )


@pytest.mark.parametrize(
    "text",
    [pytest.param("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", id="brackets"),
     pytest.param("{% if 1 %}" * 200 + "x" + "{% endif %}" * 200, id="blocks")],
)  # fmt: skip
def test_a_template_nested_too_deeply_to_compile(
    tmp_path: Path, panel_interview: Interview, text: str
) -> None:
    path = _template(tmp_path, text)

    error, _ = _refused(panel_interview, path)

    assert str(error) == f"template '{path}': invalid template: nested too deeply to compile"


def test_a_note_of_ordinary_length_is_written(tmp_path: Path, panel_interview: Interview) -> None:
    path = _template(tmp_path, "{% for i in range(1000) %}{{ i }} {% endfor %}\n")

    assert draft(panel_interview, path)[0].text.startswith("0 1 2 3")


@pytest.mark.parametrize(
    ("expression", "text"),
    [
        pytest.param("{{ ('hello there ' * 5000)|urlize|length }}", "60000", id="urlize"),
        pytest.param("{{ ((1,) * 99999)|length }}", "99999", id="long-tuple"),
        pytest.param("{{ ([1] * 50000 + [2] * 49999)|length }}", "99999", id="long-list"),
        pytest.param("{{ (range(999)|list) == (range(999)|list) }}", "True", id="compare"),
        pytest.param("{{ {'a': [1, 2]}['a'] }}", "[1, 2]", id="dict"),
        pytest.param("{{ ['b', 'a']|sort|join }}", "ab", id="sort"),
    ],
)
def test_large_but_bounded_work_is_done(
    tmp_path: Path, panel_interview: Interview, expression: str, text: str
) -> None:
    path = _template(tmp_path, f"{expression}\n")

    assert draft(panel_interview, path)[0].text == f"{text}\n"


# Files a template may read ---------------------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    path = outside / "secret.j2"
    path.write_text("SECRET-Zanzibar-7f3a\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path, secret: Path) -> Path:
    """A template folder holding links: to a file outside it, to a folder outside it, and in it."""
    folder = tmp_path / "templates"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "sign-off.j2").write_text("{{ candidate.name }}\n", encoding="utf-8")
    (folder / "link.j2").symlink_to(secret)
    (folder / "shared").symlink_to(secret.parent, target_is_directory=True)
    (folder / "inside.j2").symlink_to(Path("parts") / "sign-off.j2")
    return folder


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        pytest.param("{% include 'link.j2' %}", "link.j2", id="include-link"),
        pytest.param("{% extends 'link.j2' %}", "link.j2", id="extends-link"),
        pytest.param("{% import 'link.j2' as secret %}", "link.j2", id="import-link"),
        pytest.param(
            "{% include 'shared/secret.j2' %}", "shared/secret.j2", id="include-linked-folder"
        ),
    ],
)
def test_a_link_out_of_the_template_folder_is_not_followed(
    panel_interview: Interview, folder: Path, tag: str, name: str
) -> None:
    path = _template(folder, f"Hello\n{tag}\n")

    error, _ = _refused(panel_interview, path)

    assert "Zanzibar" not in str(error)
    assert str(error) == (
        f"template '{path}', line 2: {name!r} links outside the template's folder "
        f"'{folder}'; a template may include only files inside its own folder"
    )


def test_a_path_out_of_the_template_folder_is_refused(
    panel_interview: Interview, folder: Path
) -> None:
    path = _template(folder, "{% include '../outside/secret.j2' %}\n")

    error, _ = _refused(panel_interview, path)

    assert str(error) == (
        f"template '{path}', line 1: '../outside/secret.j2' is outside the template's folder; "
        "a template may include only files inside its own folder"
    )


def test_links_inside_the_template_folder_are_followed(
    panel_interview: Interview, folder: Path
) -> None:
    path = _template(folder, "{% include 'inside.j2' %}{% include 'parts/sign-off.j2' %}")

    assert draft(panel_interview, path)[0].text == "Alex Morgan\nAlex Morgan\n"


def test_a_linked_template_includes_from_its_real_folder(
    tmp_path: Path, panel_interview: Interview, folder: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.j2"
    elsewhere.symlink_to(_template(folder, "{% include 'inside.j2' %}", "real.j2"))

    assert draft(panel_interview, elsewhere)[0].text == "Alex Morgan\n"


def test_a_missing_include_names_the_folders(panel_interview: Interview, folder: Path) -> None:
    path = _template(folder, "{% include 'nowhere.j2' %}")

    error, _ = _refused(panel_interview, path)

    assert str(error).startswith(
        f"template '{path}', line 1: no template 'nowhere.j2' in '{folder}' or "
    )


# Properties: hostile templates never hang, never reach outside, always end in one line ---------

BIG_NUMBERS = st.sampled_from(["10**9", "9**9999", "99999", "10**4301", "-1", "0", "2**64"])
VALUES = st.sampled_from(
    ["'ab'", "'x' * 99999", "range(99999)", "[1, 2, 3]", "recipient.name", "topics", "date",
     "namespace(v='ab')", "lipsum(2)", "panel", "{'a': 'b'}", "none", "true", "3.5"]
)  # fmt: skip
FILTERS = st.sampled_from(
    ["center({n})", "indent({n})", "format({n}, 'x')", "replace('a', 'b' * 999)", "join",
     "join('x' * 999)", "list", "string", "wordwrap(1, wrapstring='z' * 99)", "batch({n}, 'f')",
     "slice({n})", "sum", "tojson", "pprint", "truncate({n})", "urlize", "upper", "unique",
     "first", "length", "vary", "article", "natural_list", "possessive", "long_date",
     "capfirst", "short_date", "with_article", "int", "float", "attr('__class__')",
     "map('center', {n})", "selectattr('x')", "dictsort", "xmlattr", "e", "reverse"]
)  # fmt: skip
OPERATORS = st.sampled_from(["*", "**", "+", "~", "%", "//", "-"])


@st.composite
def expressions(draw: st.DrawFn, depth: int = 0) -> str:
    value = draw(VALUES)
    if depth < 2 and draw(st.booleans()):
        value = draw(expressions(depth + 1))
    for _ in range(draw(st.integers(0, 2))):
        value = f"({value})|" + draw(FILTERS).replace("{n}", draw(BIG_NUMBERS))
    if draw(st.booleans()):
        value = f"({value}) {draw(OPERATORS)} ({draw(BIG_NUMBERS)})"
    if draw(st.booleans()):
        value = f"({value}).{draw(st.sampled_from(['center', 'join', 'zfill', 'format']))}"
        value += f"({draw(BIG_NUMBERS)})"
    return value


ESCAPES = st.sampled_from(
    ["{% include 'link.j2' %}", "{% include '../secret.j2' %}", "{% extends 'shared/x.j2' %}",
     "{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}",
     "{{ self._TemplateReference__context }}", "{{ range.__self__ }}",
     "{% import 'link.j2' as m %}",
     "{{ lipsum.__globals__['os'] }}", "{{ joiner.__init__.__globals__.os.system('touch x') }}",
     "{{ namespace.__init__.__globals__ }}", "{{ recipient.__class__.__init__.__globals__ }}"]
)  # fmt: skip


@st.composite
def hostile_templates(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(
            st.sampled_from(["expression", "escape", "loop", "set", "macro", "compare", "text"])
        )
        if kind == "expression":
            parts.append(f"{{{{ {draw(expressions())} }}}}")
        elif kind == "escape":
            parts.append(draw(ESCAPES))
        elif kind == "loop":
            inner = f"{{{{ {draw(expressions())} }}}}" if draw(st.booleans()) else "xyz"
            parts.append(
                "{% for i in range(99999) %}{% for j in range(99999) %}" + inner
                + "{% endfor %}{% endfor %}"
            )  # fmt: skip
        elif kind == "set":
            parts.append(f"{{% set v = {draw(expressions())} %}}{{% set v = v ~ v %}}{{{{ v }}}}")
        elif kind == "compare":
            left, right = draw(expressions()), draw(expressions())
            test = draw(st.sampled_from(["==", "<", "in", "is in", "is eq"]))
            parts.append(f"{{{{ [({left})] * 99999 {test} [({right})] * 99999 }}}}")
        elif kind == "macro":
            parts.append("{% macro m(n) %}{{ m(n ~ 'x') }}{% endmacro %}{{ m('') }}")
        else:
            parts.append("Dear {{ recipient.name }},")
    return "\n".join(parts)


class _Watch:
    """Records what a render does that a template never may: run programs, open the secret."""

    def __init__(self) -> None:
        self.active = False
        self.events: list[str] = []
        self.secret = ""

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.active:
            return
        if event in ("os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn"):
            self.events.append(event)
        elif event == "open" and args and self.secret and str(args[0]).endswith("secret.j2"):
            self.events.append(f"open {args[0]}")


WATCH = _Watch()
sys.addaudithook(WATCH)  # audit hooks cannot be removed: this one is idle outside the test


@pytest.fixture
def watched(secret: Path) -> Iterator[_Watch]:
    WATCH.secret, WATCH.events = str(secret), []
    WATCH.active = True
    try:
        yield WATCH
    finally:
        WATCH.active = False


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


@settings(
    max_examples=examples(60, long=2_000),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile_templates())
def test_hostile_templates_never_hang_never_escape_and_fail_in_one_line(
    panel_interview: Interview, folder: Path, watched: _Watch, text: str
) -> None:
    path = _template(folder, text, "hostile.j2")
    memory_before = _peak_rss_mb()
    start = time.process_time()
    try:
        notes = draft(panel_interview, path)
    except TemplateError as error:
        message = str(error)
        assert "\n" not in message
        assert message.startswith(f"template '{path}'")
        assert len(message) < 600
        assert "Zanzibar" not in message
    else:
        assert all("Zanzibar" not in note.text for note in notes)
        assert all(len(note.text) <= MAX_TEXT for note in notes)
    assert time.process_time() - start < TIME_LIMIT + 1.0
    assert watched.events == []
    assert _peak_rss_mb() - memory_before < 300
