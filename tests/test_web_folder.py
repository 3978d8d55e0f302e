"""The folder `thanknote serve` works in: only files inside it can be named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from thanknote.web.folder import Folder, PathRefusedError


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    root = tmp_path / "interviews"
    root.mkdir()
    (root / "acme.toml").write_text('company = "Acme"\n', encoding="utf-8")
    (root / "2026").mkdir()
    (root / "2026" / "beta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "secret.toml").write_text('company = "Not yours"\n', encoding="utf-8")
    return Folder(root)


def test_a_file_inside_is_resolved(folder: Folder) -> None:
    assert folder.resolve("acme.toml") == folder.root / "acme.toml"
    assert folder.resolve("2026/beta.json") == folder.root / "2026" / "beta.json"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("../secret.toml", "'..' and '.' are not allowed", id="dot-dot"),
        pytest.param("2026/../../secret.toml", "'..' and '.' are not allowed", id="dot-dot-inside"),
        pytest.param("./acme.toml", "'..' and '.' are not allowed", id="dot"),
        pytest.param("/etc/passwd.toml", "only paths relative to the folder", id="absolute"),
        pytest.param("C:/x.toml", "only paths relative to the folder", id="drive"),
        pytest.param("..\\secret.toml", "only paths relative to the folder", id="backslash"),
        pytest.param("acme.toml\x00.txt", "not a file name", id="nul"),
        pytest.param("", "not a file name", id="empty"),
        pytest.param("notes.txt", "not a .toml or .json file", id="suffix"),
    ],
)
def test_names_that_could_leave_the_folder_are_refused(
    folder: Folder, name: str, reason: str
) -> None:
    with pytest.raises(PathRefusedError, match=reason):
        folder.resolve(name)


def test_a_link_that_leads_out_of_the_folder_is_refused(folder: Folder, tmp_path: Path) -> None:
    os.symlink(tmp_path / "secret.toml", folder.root / "linked.toml")
    os.symlink(tmp_path, folder.root / "out")

    for name in ("linked.toml", "out/secret.toml"):
        with pytest.raises(PathRefusedError, match="leads outside the folder"):
            folder.resolve(name)
    assert "linked.toml" not in folder.interview_files()


def test_a_link_inside_the_folder_is_followed(folder: Folder) -> None:
    os.symlink(folder.root / "acme.toml", folder.root / "same.toml")

    assert folder.resolve("same.toml") == folder.root / "acme.toml"


def test_the_folder_lists_its_interview_files_and_templates(folder: Folder) -> None:
    (folder.root / "mine.j2").write_text("{{ company }}", encoding="utf-8")
    (folder.root / ".hidden.toml").write_text("", encoding="utf-8")

    assert folder.interview_files() == ["acme.toml"]
    assert folder.templates() == ["mine.j2"]
