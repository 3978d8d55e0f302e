"""Compiled templates kept between runs: used again, never an error, never another
thanknote's code."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import pytest

from thanknote import compiled
from thanknote.compiled import CompiledTemplates, compiled_templates
from thanknote.sandbox import BoundedEnvironment

TEMPLATE = "Dear {{ name }},\n{% for t in topics %}{{ t }}; {% endfor %}\n"


def _environment(folder: Path, cache: jinja2.BytecodeCache | None) -> BoundedEnvironment:
    (folder / "note.j2").write_text(TEMPLATE, encoding="utf-8")
    return BoundedEnvironment([folder], bytecode_cache=cache)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CompiledTemplates:
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    made = compiled_templates()
    assert made is not None
    return made


def test_a_template_is_compiled_once_and_read_back(
    tmp_path: Path, cache: CompiledTemplates
) -> None:
    first = _environment(tmp_path, cache).get_template("note.j2")
    files = list(Path(cache.directory).glob("thanknote-*.cache"))
    assert len(files) == 1
    assert os.stat(cache.directory).st_mode & 0o077 == 0  # only the user's

    second = _environment(tmp_path, cache).get_template("note.j2")  # a new run's environment

    context = {"name": "Priya", "topics": ["Kafka", "hiring"]}
    assert second.render(context) == first.render(context) == "Dear Priya,\nKafka; hiring; "


def test_a_changed_template_is_compiled_again(tmp_path: Path, cache: CompiledTemplates) -> None:
    _environment(tmp_path, cache).get_template("note.j2")
    (tmp_path / "note.j2").write_text("Hello {{ name }}\n", encoding="utf-8")

    again = BoundedEnvironment([tmp_path], bytecode_cache=cache).get_template("note.j2")

    assert again.render(name="Ana") == "Hello Ana"


def test_another_thanknote_never_runs_this_ones_code(
    tmp_path: Path, cache: CompiledTemplates, monkeypatch: pytest.MonkeyPatch
) -> None:
    _environment(tmp_path, cache).get_template("note.j2")
    monkeypatch.setattr(compiled, "_fingerprint", lambda: "0" * 16)

    other = compiled_templates()

    assert other is not None
    assert other.pattern != cache.pattern


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path, cache: CompiledTemplates) -> None:
    _environment(tmp_path, cache).get_template("note.j2")
    for file in Path(cache.directory).glob("thanknote-*.cache"):
        file.write_bytes(b"\x00garbage")

    template = _environment(tmp_path, cache).get_template("note.j2")

    assert template.render(name="Ana", topics=[]) == "Dear Ana,\n"


def test_an_unwritable_cache_folder_only_means_compiling(
    tmp_path: Path, cache: CompiledTemplates
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    os.chmod(cache.directory, 0o500)
    try:
        template = _environment(tmp_path, cache).get_template("note.j2")
    finally:
        os.chmod(cache.directory, 0o700)

    assert template.render(name="Ana", topics=[]) == "Dear Ana,\n"


def test_a_full_disk_only_means_compiling(
    tmp_path: Path, cache: CompiledTemplates, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.NamedTemporaryFile", full)

    template = _environment(tmp_path, cache).get_template("note.j2")

    assert template.render(name="Ana", topics=[]) == "Dear Ana,\n"
    assert not list(Path(cache.directory).glob("thanknote-*.cache"))


def test_no_safe_folder_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / f"_jinja2-cache-{os.getuid()}").mkdir(mode=0o777)
    os.chmod(shared / f"_jinja2-cache-{os.getuid()}", 0o777)
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(shared))
    monkeypatch.setattr("os.chmod", lambda *a, **k: None)  # a folder others can write

    assert compiled_templates() is None
