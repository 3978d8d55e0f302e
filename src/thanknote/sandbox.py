"""The sandbox every template renders in: bounded in what it reads, makes and takes.

Jinja's `SandboxedEnvironment` already keeps a template away from Python's
internals (no `__class__`, no `__globals__`) and caps `range`. A template from
someone else can still ask for a gigabyte in one expression (`"a" * 10**9`,
`9 ** 9999999`, `"x"|center(10**9)`), loop for ever, or reach a file through a
symbolic link in its folder. This module closes those doors:

- `FolderLoader` reads templates only from inside their folders: a name is
  resolved, links included, and refused when it lands outside.
- `BoundedEnvironment` checks each operation before it runs, through the
  sandbox's hooks (`call_binop` for the operators in `intercepted_binops`,
  `call` for methods such as `str.center`, every filter, `lipsum`, string
  formatting) and through the places Jinja joins text (`concat`, `~`, the
  finalised value of every `{{ ... }}`): text may not grow past `MAX_TEXT`
  characters, lists past `MAX_ITEMS` items, numbers past `MAX_DIGITS` digits.
- `render` gives a template `TIME_LIMIT` seconds of wall-clock time, checked
  at every loop iteration, call, filter, operator and piece of output.

Every limit ends the render with a `TemplateLimitError` (a Jinja
`TemplateRuntimeError`), which `thanknote.rendering` reports on one line
naming the template and its line.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import inspect
import math
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final, cast

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, operators
from jinja2.environment import TemplateModule
from jinja2.filters import make_attrgetter
from jinja2.loaders import split_template_path
from jinja2.runtime import BlockReference, Undefined, markup_join, str_join
from jinja2.sandbox import SandboxedEnvironment, SandboxedFormatter
from jinja2.utils import Namespace, generate_lorem_ipsum
from markupsafe import EscapeFormatter, Markup

__all__ = [
    "MAX_DIGITS",
    "MAX_ITEMS",
    "MAX_TEMPLATE_BYTES",
    "MAX_TEXT",
    "TIME_LIMIT",
    "BoundedEnvironment",
    "FilterKind",
    "FolderLoader",
    "TemplateLimitError",
    "checked_filter",
    "render",
]

MAX_TEXT: Final = 100_000
"""Characters in any text a template makes, the note included (a note is about 1,000)."""
MAX_ITEMS: Final = 100_000
"""Items in any list a template makes (Jinja's sandbox caps `range` at as many)."""
MAX_DIGITS: Final = 4_300
"""Digits in any number a template makes (Python's own limit for printing one)."""
MAX_TEMPLATE_BYTES: Final = 1_000_000
"""The largest template file read (the built-in ones are under 10 kB)."""
TIME_LIMIT: Final = 1.0
"""Seconds a template may take to render one note (the built-in ones take milliseconds)."""
_MAX_BITS: Final = math.ceil(MAX_DIGITS * math.log2(10))
_LOREM_WORDS: Final = 10_000  # paragraphs x words for lipsum(): about 70,000 characters


class TemplateLimitError(jinja2.TemplateRuntimeError):
    """A template asked for more text, items, digits or time than it may have."""


# Loading ----------------------------------------------------------------------------------------


class FolderLoader(jinja2.BaseLoader):
    """Templates from the first of some folders that has them, never from outside it.

    A name is split as Jinja does (no "..", no absolute paths) and resolved,
    symbolic links included; a file whose real place is outside its folder is
    not read, so a link in a template's folder cannot reach any other file.
    """

    def __init__(self, folders: Sequence[Path | str]) -> None:
        self.folders = [Path(folder).resolve() for folder in folders]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            pieces = split_template_path(template)
        except jinja2.TemplateNotFound:  # ".." or a backslash
            raise jinja2.TemplateNotFound(template, _outside(template)) from None
        outside = None
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):  # missing, or a loop of links
                continue
            if not real.is_relative_to(folder):
                outside = outside or folder
                continue
            if real.is_file():
                return self._read(template, path, real)
        if outside is not None:
            raise jinja2.TemplateNotFound(template, _outside(template, outside, link=True))
        where = " or ".join(repr(str(folder)) for folder in self.folders)
        raise jinja2.TemplateNotFound(template, f"no template {template!r} in {where}")

    def _read(self, template: str, path: Path, real: Path) -> tuple[str, str, Callable[[], bool]]:
        with real.open("rb") as file:
            data = file.read(MAX_TEMPLATE_BYTES + 1)
            mtime = real.stat().st_mtime
        if len(data) > MAX_TEMPLATE_BYTES:
            raise jinja2.TemplateNotFound(
                template, f"{template!r} is larger than {MAX_TEMPLATE_BYTES:,} bytes"
            )
        source = data.decode("utf-8")  # UnicodeDecodeError: the caller says "not UTF-8"

        def uptodate() -> bool:
            try:
                return path.resolve(strict=True) == real and real.stat().st_mtime == mtime
            except OSError:
                return False

        return source, str(path), uptodate


def _outside(template: str, folder: Path | None = None, *, link: bool = False) -> str:
    where = f"the template's folder {str(folder)!r}" if folder else "the template's folder"
    how = "links" if link else "is"
    return (
        f"{template!r} {how} outside {where}; a template may include only files inside its "
        "own folder"
    )


# Limits -----------------------------------------------------------------------------------------


# When the render under way must end, by `time.perf_counter()`.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "thanknote_template_deadline", default=None
)


def render(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """Render a template of a `BoundedEnvironment` within `TIME_LIMIT` seconds.

    A template that asks for too much text, items, digits or time ends in a
    `TemplateLimitError` (a Jinja error, which `thanknote.rendering` reports as
    a one-line `thanknote.TemplateError`); other Jinja errors pass through.
    """
    token = _DEADLINE.set(time.perf_counter() + TIME_LIMIT)
    try:
        return template.render(context)
    finally:
        _DEADLINE.reset(token)


@contextlib.contextmanager
def untimed() -> Iterator[None]:
    """Leave the time thanknote's own work takes out of the render's limit.

    The limit stops a template that loops too long; a value thanknote works
    out when a template first asks for it (the follow-up plan, which reads a
    country's public holidays) is not the template's time.
    """
    started = time.perf_counter()
    try:
        yield
    finally:
        deadline = _DEADLINE.get()
        if deadline is not None:
            _DEADLINE.set(deadline + time.perf_counter() - started)


def _tick() -> None:
    """Stop a render that has used up its time (outside a render, nothing)."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.perf_counter() > deadline:
        raise TemplateLimitError(
            f"took longer than {TIME_LIMIT:g} s to render; a template may take at most that "
            "(a loop over too much?)"
        )


def _too_much(what: str, amount: int, unit: str) -> TemplateLimitError:
    made, limit = _UNITS[unit]
    if unit == "text" and amount == MAX_TEXT + 1:  # counted no further: see text_size
        made = f"more than {made}"
        amount = MAX_TEXT
    return TemplateLimitError(f"{what} would make {made.format(amount)}; {limit}")


_UNITS: Final = {
    "text": ("{:,} characters of text", f"a template may make at most {MAX_TEXT:,}"),
    "items": ("a list of {:,} items", f"a template's lists may hold at most {MAX_ITEMS:,}"),
    "digits": ("a number of {:,} digits", f"a template's numbers may have at most {MAX_DIGITS:,}"),
    "words": ("{:,} words", f"a template may make at most {_LOREM_WORDS:,}"),
}


def _text(what: str, amount: int) -> None:
    if amount > MAX_TEXT:
        raise _too_much(what, amount, "text")


def _items(what: str, amount: int) -> None:
    if amount > MAX_ITEMS:
        raise _too_much(what, amount, "items")


def _digits(what: str, amount: int) -> None:
    if amount > MAX_DIGITS:
        raise _too_much(what, amount, "digits")


def text_size(value: Any, limit: int = MAX_TEXT) -> int:
    """An estimate of `len(str(value))` that never builds the string.

    Counting stops once past `limit`, so a list of a hundred thousand long
    strings costs no more than one: the answer is then `limit + 1`.
    Containers are counted item by item, an item held twice twice (as `str`
    writes it), so that lists of lists of the same list cannot hide their
    size; every container counts at least 2, so a list holding itself ends
    the count too. Other objects count as a short repr.
    """
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, bytes | bytearray):
            total += 4 * len(item) + 3
        elif isinstance(item, bool) or item is None:
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() * 30103 // 100_000 + 2
        elif isinstance(item, float | dt.date):
            total += 26
        elif isinstance(item, Undefined):
            total += 0
        elif isinstance(item, Namespace):
            total += 13
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif isinstance(item, TemplateModule):  # its text: the pieces it was rendered into
            total += 2
            stack.extend(getattr(item, "_body_stream", ()))
        elif isinstance(item, range):
            total += 30
        elif isinstance(item, Mapping):
            total += 2 + 4 * len(item)
            if total <= limit:
                for pair in item.items():
                    stack.extend(pair)
        elif isinstance(item, Collection):
            total += 2 + 2 * len(item)
            if total <= limit:
                stack.extend(item)
        else:
            total += 80  # a repr such as "<generator object ...>" or a card's fields
    return min(total, limit + 1)


def items_within(value: Any, limit: int = MAX_ITEMS) -> int:
    """The items in a value, those of the lists in it included, counted no further than `limit`.

    Each list counts itself and its items: `[1, 2]` is 3, `[[1, 2]]` 5.

    A list of the same long list a hundred thousand times holds ten billion
    items to compare or sort, though it is one list of a hundred thousand.
    """
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray | range) or not isinstance(
            item, Collection | Namespace
        ):
            continue
        if isinstance(item, Namespace):
            item = object.__getattribute__(item, "_Namespace__attrs")
        total += len(item) + 1
        if total <= limit:
            stack.extend(item.values() if isinstance(item, Mapping) else item)
            if isinstance(item, Mapping):
                stack.extend(item.keys())
    return min(total, limit + 1)


def _check_items(what: str, *values: Any) -> None:
    """Refuse comparing or sorting values that hold too many items, lists within lists.

    Python compares and sorts lists in one uninterruptible step, so the time
    limit alone cannot stop `[l] * 99999 == [m] * 99999`.
    """
    for value in values:
        if isinstance(value, Collection | Namespace) and not isinstance(value, str | range):
            if items_within(value) > MAX_ITEMS:
                raise TemplateLimitError(
                    f"{what} would go through more than {MAX_ITEMS:,} items, lists within "
                    "lists counted; a template may compare or sort at most that many"
                )


def _total_size(values: Iterable[Any], start: int = 0) -> int:
    """`start` plus the sum of `text_size` over values, counted no further than the limit."""
    total = start
    for value in values:
        if total > MAX_TEXT:
            return MAX_TEXT + 1
        total += text_size(value, MAX_TEXT - total)
    return total


def _check_value(value: Any, what: str) -> None:
    """Refuse, before it is made, a value whose text would be over the limit."""
    _text(what, text_size(value))


def _check_result(value: Any, what: str) -> Any:
    if isinstance(value, str | bytes | bytearray):
        _text(what, len(value))
    elif isinstance(value, list | tuple | dict | set | frozenset):
        _items(what, len(value))
    return value


def _bounded_list(values: Any, what: str, already: int = 0) -> list[Any]:
    """The items of an iterable as a list, refused once `already` and they are too many."""
    if isinstance(values, Collection):
        _items(what, already + len(values))
        return list(values)
    out = []
    for value in values:
        out.append(value)
        if already + len(out) > MAX_ITEMS:
            _items(what, already + len(out))
    return out


def _width(value: Any) -> int:
    """A width or count given as a number (anything else counts as nothing)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number, and a printf-style conversion ("%(name)-10.3f", "%*s"): compiled on first
    use, as most drafts never format a string."""
    number = re.compile(r"\d+")
    printf = re.compile(
        r"%(?:\((?P<key>[^)]*)\))?[#0\- +]*(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?"
        r"[hlL]?(?P<type>.?)",
        re.DOTALL,
    )
    return number, printf


def _spec_widths(spec: str) -> int:
    """The sum of the numbers in a format specification ("{:>10.3f}", "%10Y")."""
    total = 0
    for digits in _patterns()[0].findall(spec):
        if len(digits) > len(str(MAX_TEXT)):
            return MAX_TEXT + 1
        total += int(digits)
    return total


def _printf_size(template: str, values: Any) -> int:
    """An upper estimate of the length of `template % values`."""
    if isinstance(values, tuple):
        args = list(values)
    elif isinstance(values, Mapping):
        args = []
    else:
        args = [values]
    total, pos = len(template), 0
    for match in _patterns()[1].finditer(template):
        for group in ("width", "precision"):
            spec = match.group(group)
            if spec == "*":
                total += abs(_width(args[pos])) if pos < len(args) else 0
                pos += 1
            elif spec:
                total += _spec_widths(spec)
        if match.group("type") in ("%", ""):
            continue
        key = match.group("key")
        if key is not None and isinstance(values, Mapping):
            total += text_size(values.get(key), MAX_TEXT - total)
        elif pos < len(args):
            total += text_size(args[pos], MAX_TEXT - total)
            pos += 1
        if total > MAX_TEXT:
            break
    return total


def _check_printf(template: Any, values: Any, what: str) -> None:
    if isinstance(template, str):
        _text(what, _printf_size(template, values))


# Operators --------------------------------------------------------------------------------------


def _check_power(base: Any, exponent: Any) -> None:
    if not (isinstance(base, int) and isinstance(exponent, int)) or exponent <= 0:
        return
    if abs(base) <= 1:
        return
    digits = exponent * math.log10(abs(base))
    if digits > MAX_DIGITS:
        _digits("'**'", math.ceil(digits))


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > _MAX_BITS:
            _digits("'*'", math.ceil((left.bit_length() + right.bit_length()) * math.log10(2)))
        return
    times, sequence = (left, right) if isinstance(left, int) else (right, left)
    if not isinstance(times, int):
        return
    if isinstance(sequence, str | bytes | bytearray):
        _text("'*'", len(sequence) * max(times, 0))
    elif isinstance(sequence, list | tuple):  # lists within it counted: see items_within
        _items("'*'", (items_within(sequence) - 1) * max(times, 0))


def _check_sum(left: Any, right: Any) -> None:
    if isinstance(left, str) and isinstance(right, str):
        _text("'+'", len(left) + len(right))
    elif isinstance(left, list | tuple) and isinstance(right, list | tuple):
        _items("'+'", items_within(left) + items_within(right) - 2)


_BINOP_CHECKS: Final[dict[str, Callable[[Any, Any], None]]] = {
    "**": _check_power,
    "*": _check_product,
    "+": _check_sum,
    "%": lambda left, right: _check_printf(left, right, "'%'"),
}


# Methods ----------------------------------------------------------------------------------------


def _check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Check a call of a method of a string, list, dict, number or date.

    Returns the arguments to call it with: an iterable that had to be counted
    is passed on as the list it was counted into.
    """
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", "")
    what = f"{type(owner).__name__}.{name}()"
    if isinstance(owner, str | bytes | bytearray):
        size = len(owner)
        if name in ("center", "ljust", "rjust", "zfill"):
            _text(what, max(size, _width(args[0] if args else kwargs.get("width"))))
        elif name == "expandtabs":
            tab = _width(args[0] if args else kwargs.get("tabsize", 8))
            tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
            _text(what, size + tabs * tab)
        elif name == "replace" and len(args) >= 2:
            _text(what, _replace_size(owner, *args[:3]))
        elif name == "join" and args:
            items = _bounded_list(args[0], what)
            _text(what, _total_size(items, size * max(len(items) - 1, 0)))
            return (items, *args[1:])
        elif name == "translate" and args and isinstance(args[0], Mapping):
            longest = max((text_size(v) for v in args[0].values()), default=1)
            _text(what, size * max(longest, 1))
    elif isinstance(owner, list):
        if name in ("append", "insert"):
            _items(what, len(owner) + 1)
        elif name == "extend" and args:
            items = _bounded_list(args[0], what, len(owner))
            return (items, *args[1:])
    elif isinstance(owner, dict) and name == "update" and args:
        if not isinstance(args[0], Mapping):
            return (_bounded_list(args[0], what, len(owner)), *args[1:])
    elif isinstance(owner, int) and name == "to_bytes":
        _text(what, _width(args[0] if args else kwargs.get("length", 1)))
    elif isinstance(owner, dt.date) and name == "strftime" and args and isinstance(args[0], str):
        _text(what, 12 * len(args[0]) + _spec_widths(args[0]))
    return args


def _replace_size(text: Any, old: Any, new: Any, count: Any = None) -> int:
    if not isinstance(old, str | bytes) or not isinstance(new, str | bytes):
        return len(text)
    try:
        found = len(text) + 1 if not old else text.count(old)
    except TypeError:  # str and bytes mixed: the call itself will say so
        return len(text)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


class _BoundedFormatter(SandboxedFormatter):
    """`str.format` in the sandbox, counting what each field adds."""

    def __init__(self, env: jinja2.Environment, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self.made = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion:
            _check_value(value, "str.format()")
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        _tick()
        self.made += text_size(value) + _spec_widths(format_spec)
        _text("str.format()", self.made)
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    """`Markup.format`: the same, escaping each field as markupsafe does."""


# Filters and globals ----------------------------------------------------------------------------


def _bind(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """A filter's arguments by name, defaults included (None when they do not fit:
    the call itself will then say what is wrong)."""
    inner = inspect.unwrap(func)
    if hasattr(func, "jinja_pass_arg") and not hasattr(inner, "jinja_pass_arg"):
        args = args[1:]  # Jinja's async_variant passes a context its sync filter does not take
    try:
        bound = inspect.signature(inner).bind(*args, **kwargs)
    except TypeError:
        return None
    bound.apply_defaults()
    return bound.arguments


# Filters that turn their whole value into text at once.
_STRINGIFYING: Final = frozenset(
    {"capitalize", "center", "e", "escape", "forceescape", "format", "indent", "lower", "pprint",
     "replace", "safe", "string", "striptags", "title", "tojson", "trim", "truncate", "upper",
     "urlencode", "urlize", "wordcount", "wordwrap", "xmlattr"}
)  # fmt: skip
# Filters that make a list of their value: it is counted into one first, so that a
# generator is run only once.
_LISTING: Final = frozenset({"batch", "join", "list", "slice", "sum"})
# Filters that compare their value's items with each other.
_COMPARING: Final = frozenset({"dictsort", "groupby", "max", "min", "sort", "unique"})
# Filters whose other arguments say how much they make.
_SIZED: Final = frozenset(
    {"batch", "center", "format", "indent", "join", "replace", "slice", "sum", "tojson", "urlize",
     "wordwrap"}
)  # fmt: skip
_MAX_COPIES: Final = 100 * MAX_ITEMS  # items copied adding up lists with the 'sum' filter


def _check_filter(
    name: str, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    """Check a call of a built-in filter; return the arguments to call it with."""
    offset = 1 if hasattr(func, "jinja_pass_arg") else 0  # the context or environment
    if len(args) <= offset:
        return args
    what = f"the {name!r} filter"
    if name in _STRINGIFYING:
        _check_value(args[offset], what)
    if name in _COMPARING:
        _check_items(what, args[offset])
    if name in _LISTING and not isinstance(args[offset], str):
        args = (*args[:offset], _bounded_list(args[offset], what), *args[offset + 1 :])
    if name in _SIZED:
        arguments = _bind(func, args, kwargs)
        if arguments is not None:
            _check_sizes(name, what, arguments)
    return args


def _check_sizes(name: str, what: str, arguments: dict[str, Any]) -> None:
    """What a built-in filter would make, from its arguments, before it makes it."""
    if name == "center":
        _text(what, max(text_size(arguments["value"]), _width(arguments["width"])))
    elif name == "indent":
        text, width = arguments["s"], arguments["width"]
        indent = len(width) if isinstance(width, str) else _width(width)
        lines = text.count("\n") + 1 if isinstance(text, str) else 1
        _text(what, text_size(text) + lines * indent)
    elif name == "format":
        _check_printf(arguments["value"], arguments["kwargs"] or arguments["args"], what)
    elif name == "replace" and isinstance(arguments["s"], str):
        old, new, count = arguments["old"], arguments["new"], arguments["count"]
        _text(what, _replace_size(arguments["s"], old, new, count))
    elif name == "join":
        values, attribute = arguments["value"], arguments["attribute"]
        if attribute is not None:
            values = [
                make_attrgetter(arguments["eval_ctx"].environment, attribute)(v) for v in values
            ]
        joints = text_size(arguments["d"]) * max(len(values) - 1, 0)
        _text(what, _total_size(values, joints))
    elif name == "sum" and not isinstance(arguments["start"], int | float):
        # Lists added up are copied at each step: count the items copied.
        sizes = [len(v) if isinstance(v, Collection) else 1 for v in arguments["iterable"]]
        _items(what, sum(sizes) + text_size(arguments["start"]))
        if len(sizes) * sum(sizes) > _MAX_COPIES:
            raise TemplateLimitError(
                f"{what} would copy {len(sizes) * sum(sizes):,} items adding up lists; "
                f"a template may copy at most {_MAX_COPIES:,}"
            )
    elif name == "wordwrap" and isinstance(arguments["s"], str):
        text, wrap = arguments["s"], arguments["wrapstring"]
        breaks = len(text.split()) + text.count("\n")
        if arguments["break_long_words"]:
            breaks += len(text) // max(_width(arguments["width"]), 1)
        joint = 1 if wrap is None else text_size(wrap)  # None: a newline
        _text(what, len(text) + min(breaks, len(text)) * joint)
    elif name == "urlize" and isinstance(arguments["value"], str):
        text = arguments["value"]
        # The text is HTML-escaped ("&" is "&amp;"); a link is written twice (href
        # and text) with its attributes: only words that could be links count.
        escaped = len(text) + 4 * sum(text.count(c) for c in "&<>\"'")
        extra = text_size(arguments["target"]) + text_size(arguments["rel"]) + 40
        links = sum(len(w) + extra for w in text.split() if any(c in w for c in ".@:"))
        _text(what, escaped + links)
    elif name in ("batch", "slice"):
        _items(what, _width(arguments["linecount" if name == "batch" else "slices"]))
    elif name == "tojson":
        indent = arguments["indent"]
        if (len(indent) if isinstance(indent, str) else _width(indent)) > 16:
            raise TemplateLimitError(f"{what} indents by at most 16 spaces")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        args = _check_filter(name, func, args, kwargs)
        return _check_result(func(*args, **kwargs), f"the {name!r} filter")

    return _as_filter(guarded, func)


def _as_filter(wrapper: Callable[..., Any], func: Callable[..., Any]) -> Callable[..., Any]:
    """The wrapper, marked as Jinja marks the function (what it passes first: context...).

    Only the mark is copied: `functools.wraps` for every built-in filter and test would
    cost `thanknote draft` a tenth of a millisecond.
    """
    mark = getattr(func, "jinja_pass_arg", None)
    if mark is not None:
        wrapper.jinja_pass_arg = mark  # type: ignore[attr-defined]
    wrapper.__name__ = getattr(func, "__name__", "filter")
    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


# Jinja's tests that compare their value with another.
_COMPARING_TESTS: Final = frozenset(
    {"!=", "<", "<=", "==", ">", ">=", "eq", "equalto", "ge", "greaterthan", "gt", "in", "le",
     "lessthan", "lt", "ne"}
)  # fmt: skip


def _guarded_test(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        _check_items(f"the {name!r} test", *args)
        return func(*args, **kwargs)

    return _as_filter(guarded, func)


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's `lipsum()`, refusing more than about 10,000 words."""
    if _width(n) * _width(max) > _LOREM_WORDS:
        raise _too_much(f"lipsum({n!r}, max={max!r})", _width(n) * _width(max), "words")
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


class FilterKind:
    """What one of thanknote's filters takes, to say so when it is given something else.

    Args:
        types: the types of value it takes.
        description: what they are, for people: "text", "a date".
        items: for a list, the type of every item.
    """

    __slots__ = ("description", "items", "types")

    def __init__(self, types: tuple[type, ...], description: str, items: type | None = None):
        self.types, self.description, self.items = types, description, items


def checked_filter(name: str, func: Callable[..., Any], kind: FilterKind) -> Callable[..., Any]:
    """A filter of thanknote's that says, on one line, when it is given the wrong kind of value.

    `{{ true|article }}` is "the 'article' filter takes text, not True"
    rather than an AttributeError from inside it.
    """
    offset = 1 if hasattr(func, "jinja_pass_arg") else 0

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        value = args[offset] if len(args) > offset else None
        if isinstance(value, Undefined):
            str(value)  # a StrictUndefined says which name is undefined
        if kind.items is not None and isinstance(value, Iterable):
            if not isinstance(value, str | bytes | Mapping):
                value = _bounded_list(value, f"the {name!r} filter")  # a generator runs once
                args = (*args[:offset], value, *args[offset + 1 :])
        if not _is_kind(value, kind):
            shown = repr(value)
            shown = shown if len(shown) <= 40 else f"{shown[:37]}..."
            raise jinja2.TemplateRuntimeError(
                f"the {name!r} filter takes {kind.description}, not {shown}"
            )
        return func(*args, **kwargs)

    return checked


def _is_kind(value: Any, kind: FilterKind) -> bool:
    if not isinstance(value, kind.types) or (isinstance(value, bool) and bool not in kind.types):
        return False
    items = kind.items
    return items is None or all(isinstance(item, items) for item in cast("Iterable[Any]", value))


# The environment --------------------------------------------------------------------------------


class _BoundedCode(CodeGenerator):
    """Jinja's code generator with every loop counted, and every `~` and comparison bounded."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in node.find_all(nodes.For):
            if not _is_counted(loop.iter):
                loop.iter = nodes.Call(
                    nodes.EnvironmentAttribute("counted"), [loop.iter], [], None, None
                ).set_lineno(loop.iter.lineno)
        super().visit_Template(node, frame)

    def visit_Compare(self, node: nodes.Compare, frame: Frame) -> None:
        self.write("(environment.comparable(")
        self.visit(node.expr, frame)
        self.write(")")
        for operand in node.ops:
            self.visit(operand, frame)
        self.write(")")

    def visit_Operand(self, node: nodes.Operand, frame: Frame) -> None:
        self.write(f" {operators[node.op]} environment.comparable(")
        self.visit(node.expr, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self.write("{")  # as Jinja writes it, each key checked before Python hashes it
        for index, item in enumerate(node.items):
            if index:
                self.write(", ")
            self.write("environment.comparable(")
            self.visit(item.key, frame)
            self.write("): ")
            self.visit(item.value, frame)
        self.write("}")

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _is_counted(node: nodes.Node) -> bool:
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.node, nodes.EnvironmentAttribute)
        and node.node.name == "counted"
    )


def _bounded_concat(parts: Iterable[str]) -> str:
    """Join a template's pieces of output, stopping once they are too long."""
    made: list[str] = []
    size = 0
    for part in parts:
        _tick()
        size += len(part)
        if size > MAX_TEXT:
            raise TemplateLimitError(
                f"wrote more than {MAX_TEXT:,} characters; a note may be at most that long"
            )
        made.append(part)
    return "".join(made)


def _finalize(value: Any) -> Any:
    """Every `{{ ... }}` passes here before it becomes text."""
    _tick()
    _check_value(value, "'{{ ... }}'")
    return value


class BoundedEnvironment(SandboxedEnvironment):
    """Jinja's sandbox, with limits on text, items, digits and time (see the module).

    Args:
        folders: where templates are found, first first (`FolderLoader`).
        filters: filters to add to Jinja's built-in ones (checked like them).
        **options: other `jinja2.Environment` options (`undefined`, `trim_blocks`...).
    """

    code_generator_class = _BoundedCode
    intercepted_binops = frozenset(_BINOP_CHECKS)
    concat = staticmethod(_bounded_concat)

    def __init__(
        self,
        folders: Sequence[Path | str],
        filters: Mapping[str, Callable[..., Any]] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(loader=FolderLoader(folders), finalize=_finalize, **options)
        self.filters.update(filters or {})
        for name, func in list(self.filters.items()):
            self.filters[name] = _guarded_filter(name, func)
        for name in _COMPARING_TESTS & self.tests.keys():
            self.tests[name] = _guarded_test(name, cast("Callable[..., Any]", self.tests[name]))
        self.globals["lipsum"] = _lipsum

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        _tick()
        _BINOP_CHECKS[operator](left, right)
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # Jinja's names: "self" and "obj" stay free for keyword arguments
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _tick()
        if isinstance(__obj, BlockReference):  # `{{ self.block() }}` joins through `concat`
            return super().call(__context, __obj, *args, **kwargs)
        args = _check_method(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, list | dict):  # grown in place
            _items(f"{type(owner).__name__}.{getattr(__obj, '__name__', '')}()", len(owner))
        return _check_result(result, f"{getattr(__obj, '__name__', 'a call')}()")

    def getattr(self, obj: Any, attribute: str) -> Any:
        _tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` and `format_map`, with each field counted (see `_BoundedFormatter`)."""
        if super().wrap_str_format(value) is None:
            return None
        template, is_map = value.__self__, value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs = args[0]
                args = ()
            _text("str.format()", len(template))
            formatter = (
                _BoundedEscapeFormatter(self, escape=template.escape)
                if isinstance(template, Markup)
                else _BoundedFormatter(self)
            )
            made: str = type(template)(formatter.vformat(template, args, kwargs))
            return made

        return functools.update_wrapper(wrapper, value)

    @staticmethod
    def joined(parts: tuple[Any, ...]) -> str:
        """The `~` operator: the parts as text, refused when they would be too long."""
        _tick()
        _text("'~'", _total_size(parts))
        if any(hasattr(part, "__html__") for part in parts):
            return markup_join(parts)
        return str_join(parts)

    @staticmethod
    def comparable(value: Any) -> Any:
        """Each side of a comparison (`==`, `<`, `in`...) and each key of a `{...}`: refused
        when it holds too many items to compare or hash."""
        _check_items("a comparison", value)
        return value

    @staticmethod
    def counted(values: Any) -> Iterator[Any]:
        """What a `{% for %}` loop iterates: the values, with the time checked at each."""
        iterator = iter(values)

        def ticking() -> Iterator[Any]:
            for value in iterator:
                _tick()
                yield value

        return ticking()
