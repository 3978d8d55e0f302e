"""What ships in the wheel, where the templates are found, and what importing costs."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import thanknote
from thanknote.rendering import builtin_templates

ROOT = Path(__file__).resolve().parent.parent
# Libraries that cost start-up time and that drafting to the terminal does not need
# (nameparser is imported only for a card that is not plain; the example panel's are).
# Faker is never imported: tools/given_names.py copies its lists of names.
HEAVY = "{'reportlab', 'docx', 'spellchecker', 'email', 'nameparser', 'faker'}"
REPORT_HEAVY = f"import sys; print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY}))"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("thanknote-*.whl")
    return built


@pytest.mark.parametrize(
    "member",
    [
        "thanknote/templates/card.j2",
        "thanknote/templates/email.j2",
        "thanknote/templates/letter.j2",
        "thanknote/py.typed",
        "thanknote/starter.toml",
        "thanknote/checks/interest.toml",
        "thanknote/checks/interest_model.bin",
        "thanknote/data/english.tsv",
        "thanknote/templates/follow-up.j2",
        "thanknote/templates/linkedin.j2",
        "thanknote/__init__.py",
        "thanknote/__main__.py",
        "thanknote/cli/draft.py",
        "thanknote/writers/pdf/fonts.py",
        "thanknote/writers/docx/letter.py",
        "thanknote/fonts/DejaVuSans.ttf",
        "thanknote/cli/serve.py",
        "thanknote/web/app.py",
    ],
)
def test_wheel_contains(wheel: Path, member: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        assert member in archive.namelist()


def test_wheel_ships_every_asset_of_the_web_application(wheel: Path) -> None:
    # No CDN and no build step: the pages' templates, scripts and styles are in the wheel.
    web = ROOT / "src" / "thanknote" / "web"
    assets = sorted(
        p.relative_to(web.parent.parent).as_posix()
        for folder in ("static", "templates")
        for p in (web / folder).iterdir()
    )
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.namelist()
        assert {"thanknote/web/static/app.js", "thanknote/web/templates/drafts.html"} <= set(assets)
        for member in assets:
            assert member in shipped
            assert archive.read(member) == (ROOT / "src" / member).read_bytes()


def test_web_pages_load_nothing_from_other_sites() -> None:
    web = ROOT / "src" / "thanknote" / "web"
    for path in [*(web / "templates").iterdir(), *(web / "static").iterdir()]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path
        assert "@import" not in text, path


def test_wheel_templates_match_the_repository(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in ("card", "email", "letter"):
            shipped = archive.read(f"thanknote/templates/{name}.j2")
            assert shipped == (ROOT / "templates" / f"{name}.j2").read_bytes()


def test_wheel_declares_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        text = archive.read(entry_points).decode("utf-8")

    assert "thanknote = thanknote.cli:main" in text


def test_builtin_templates_are_found_from_the_installed_package() -> None:
    code = "import thanknote as t; print(t.__file__); print(sorted(t.builtin_templates()))"

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd="/", timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    location, names = result.stdout.splitlines()
    assert Path(location).resolve() == Path(thanknote.__file__).resolve()
    assert names == "['card', 'email', 'follow-up', 'letter', 'linkedin']"
    assert sorted(builtin_templates()) == ["card", "email", "follow-up", "letter", "linkedin"]


def test_import_does_not_load_heavy_libraries() -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import thanknote; {REPORT_HEAVY}"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_draft_does_not_load_heavy_libraries() -> None:
    code = (
        "import contextlib, io, thanknote.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = thanknote.cli.main(['draft', 'examples/panel.toml'])\n"
        "assert status == 0, status\n"
        f"{REPORT_HEAVY}\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_lists_of_names_are_loaded_only_for_a_card_of_three_name_words() -> None:
    code = (
        "import contextlib, io, sys, thanknote.cli\n"
        "from thanknote import Interviewer, forms_of_address\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = thanknote.cli.main(['draft', 'examples/panel.toml'])\n"
        "assert status == 0, status\n"
        "forms_of_address(Interviewer(name='Robert (Bob) Smith, PhD'))\n"
        "print('thanknote._given_names' in sys.modules)\n"
        "forms_of_address(Interviewer(name='Enól. Martín Ezequiel Giménez'))\n"
        "print('thanknote._given_names' in sys.modules)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_draft_without_check_does_not_load_the_checker() -> None:
    code = (
        "import contextlib, io, sys, thanknote.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = thanknote.cli.main(['draft', 'examples/panel.toml'])\n"
        "assert status == 0, status\n"
        "print('thanknote.checks' in sys.modules)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_loads_neither_the_templates_nor_the_interest_model_it_does_not_need() -> None:
    # A note whose interest the rules find never loads the model; nothing in
    # checking needs Jinja.
    code = (
        "import contextlib, io, sys, thanknote.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    thanknote.cli.main(['check', 'tests/data/corpus/notes/001_priya_clean.txt',\n"
        "                        '-i', 'tests/data/corpus/interviews/acme_robotics.toml'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'jinja2'))\n"
        "print('thanknote.checks.interest_model' in sys.modules)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "False"]


def test_readme_quick_start_is_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick_start.splitlines() if line.startswith("    ")]

    assert len(commands) == 2
    assert "thanknote draft examples/panel.toml" in commands[0]
    assert "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
