"""`thanknote serve`'s application through Flask's test client: pages, saving, safety."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tomllib
import urllib.request
import zipfile
from email import message_from_bytes
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from pypdf import PdfReader

import thanknote
from thanknote.web import HOST, make_server
from thanknote.web.app import MAX_CARD_BYTES, create_app

ROOT = Path(__file__).resolve().parent.parent
CARDS = Path(__file__).resolve().parent / "data" / "vcards"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "interviews"
    root.mkdir()
    for name in ("panel.toml", "one_to_one.toml", "large_panel.toml"):
        shutil.copy(ROOT / "examples" / name, root / name)
    return root


@pytest.fixture
def app(folder: Path) -> Flask:
    return create_app(folder)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def token_of(client: FlaskClient, url: str = "/interview?file=panel.toml") -> str:
    page = client.get(url).get_data(as_text=True)
    match = re.search(r'name="thanknote-token" content="([^"]+)"', page)
    assert match, page
    return match.group(1)


def version_of(client: FlaskClient, name: str = "panel.toml") -> str:
    page = client.get(f"/interview?file={name}").get_data(as_text=True)
    match = re.search(r'name="version" value="([0-9a-f]+)"', page)
    assert match
    return match.group(1)


def form_of(folder: Path, name: str = "panel.toml") -> dict[str, str]:
    from thanknote.web.forms import field_values

    return field_values(tomllib.loads((folder / name).read_text(encoding="utf-8")))


# Pages -------------------------------------------------------------------------------------------


def test_the_folder_page_lists_its_interviews(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)

    assert "Senior Data Engineer at Acme Robotics, 2026-11-24" in page
    assert "large_panel.toml" in page
    assert "one_to_one.toml" in page


def test_a_server_started_on_a_file_opens_its_drafts(folder: Path) -> None:
    client = create_app(folder, start="panel.toml").test_client()

    response = client.get("/")

    assert response.status_code == 302
    assert response.location.endswith("/drafts?file=panel.toml")


def test_the_drafts_page_has_a_tab_and_a_text_area_per_interviewer(client: FlaskClient) -> None:
    page = client.get("/drafts?file=panel.toml").get_data(as_text=True)

    assert len(re.findall(r'role="tab" id="tab-\d+"', page)) == 4
    assert page.count('class="note-text"') == 4
    assert "Dear José," in page
    payload = json.loads(re.search(r'id="payload">(.*?)</script>', page, re.S).group(1))
    assert [n["name"] for n in payload["notes"]][:2] == ["Dr. Priya Raman", "José Núñez-García"]
    assert payload["checked"]["notes"] == [[], [], [], []]


def test_the_template_picker_offers_every_built_in_template_and_the_folders_own(
    client: FlaskClient, folder: Path
) -> None:
    (folder / "short.j2").write_text(
        "{{ recipient.warm_salutation }}\n\nThank you, and I want to join {{ company }}.\n",
        encoding="utf-8",
    )

    page = client.get("/drafts?file=panel.toml&template=short.j2").get_data(as_text=True)

    for name in (*thanknote.builtin_templates(), "short.j2"):
        assert f'<option value="{name}"' in page
    assert "Thank you, and I want to join Acme Robotics." in page


def test_a_template_outside_the_folder_is_refused(client: FlaskClient, tmp_path: Path) -> None:
    (tmp_path / "outside.j2").write_text("Outside: {{ company }}", encoding="utf-8")

    page = client.get("/drafts?file=panel.toml&template=../outside.j2").get_data(as_text=True)

    assert "&#39;../outside.j2&#39;: &#39;..&#39; and &#39;.&#39; are not allowed" in page
    assert "Outside: Acme" not in page


@pytest.mark.parametrize(
    ("template", "message"),
    [
        pytest.param(
            "{{ ''.__class__.__mro__[1].__subclasses__() }}",
            "template &#39;mine.j2&#39;, line 1: not allowed in a template: access to attribute "
            "&#39;__class__&#39; of &#39;str&#39; object is unsafe.",
            id="code",
        ),
        pytest.param(
            "{% include '/etc/passwd' %}",
            "template &#39;mine.j2&#39;, line 1: no template &#39;/etc/passwd&#39; in ",
            id="a-file-elsewhere",
        ),
    ],
)
def test_a_template_renders_in_the_sandbox(
    client: FlaskClient, folder: Path, template: str, message: str
) -> None:
    (folder / "mine.j2").write_text(template, encoding="utf-8")

    page = client.get("/drafts?file=panel.toml&template=mine.j2").get_data(as_text=True)

    assert f'<p class="alert" role="alert">{message}' in page
    assert "root:" not in page


def test_the_drafts_page_of_a_broken_file_sends_the_user_to_fix_it(
    client: FlaskClient, folder: Path
) -> None:
    (folder / "panel.toml").write_text('company = "Acme"\n', encoding="utf-8")

    page = client.get("/drafts?file=panel.toml").get_data(as_text=True)

    assert "needs fixing before the notes can be drafted" in page
    assert "Fix it on the interview page" in page


def test_the_plan_page_lists_the_dates(client: FlaskClient) -> None:
    page = client.get("/plan?file=panel.toml").get_data(as_text=True)

    assert "Wed 25 Nov 2026" in page
    assert "E-mail the thank-you note to <strong>Dr. Priya Raman</strong>" in page
    assert "Post a hand-written thank-you card to <strong>Siobhán Ó Súilleabháin</strong>" in page
    assert "hand-written card, posted" in page
    assert "Follow up" in page
    assert "Mon 7 Dec 2026" in page


def test_the_plan_downloads_as_a_calendar(client: FlaskClient) -> None:
    response = client.get("/plan.ics?file=panel.toml")

    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    assert "attachment" in response.headers["Content-Disposition"]
    assert b"BEGIN:VEVENT" in response.data


def test_the_assets_are_served_from_the_package(client: FlaskClient) -> None:
    for name in ("app.js", "app.css", "icon.svg"):
        with client.get(f"/static/{name}") as response:
            assert response.status_code == 200


# Saving the interview -----------------------------------------------------------------------------


def test_saving_the_form_changes_only_what_changed_and_keeps_the_comments(
    client: FlaskClient, folder: Path
) -> None:
    before = (folder / "panel.toml").read_text(encoding="utf-8")
    form = form_of(folder)
    form["position"] = "Lead Data Engineer"
    form["interviewers[2].nickname"] = "Pepe"

    response = client.post(
        "/interview/form?file=panel.toml",
        data={**form, "token": token_of(client), "version": version_of(client)},
    )

    assert response.status_code == 302
    after = (folder / "panel.toml").read_text(encoding="utf-8")
    assert after.splitlines()[:2] == before.splitlines()[:2]  # the comment at the top
    assert after.replace('position = "Lead Data Engineer"', 'position = "Senior Data Engineer"')
    assert 'nickname = "Pepe"' in after
    interview = thanknote.load_interview(folder / "panel.toml")
    assert interview.position == "Lead Data Engineer"
    assert interview.interviewers[1].nickname == "Pepe"
    assert "Saved at" in client.get(response.location).get_data(as_text=True)


def test_saving_a_form_with_problems_saves_and_shows_each_beside_its_field(
    client: FlaskClient, folder: Path
) -> None:
    form = form_of(folder)
    form["interviewers[3].email"] = "siobhan at acme"

    response = client.post(
        "/interview/form?file=panel.toml",
        data={**form, "token": token_of(client), "version": version_of(client)},
        follow_redirects=True,
    )

    page = response.get_data(as_text=True)
    assert "The drafts need a problem marked below fixed first." in page
    assert re.search(
        r'id="f-interviewers-3-email-problem" data-problem-for="interviewers\[3\].email">'
        r"not an e-mail address: &#39;siobhan at acme&#39; \(no &#39;@&#39;\)</p>",
        page,
    )
    assert 'email = "siobhan at acme"' in (folder / "panel.toml").read_text(encoding="utf-8")


def test_the_second_of_two_tabs_to_save_is_told_the_file_changed(
    client: FlaskClient, folder: Path
) -> None:
    token, version = token_of(client), version_of(client)
    first, second = form_of(folder), form_of(folder)
    first["position"] = "Saved by the first tab"
    second["company"] = "Saved by the second tab"

    one = client.post(
        "/interview/form?file=panel.toml", data={**first, "token": token, "version": version}
    )
    two = client.post(
        "/interview/form?file=panel.toml", data={**second, "token": token, "version": version}
    )

    assert one.status_code == 302
    assert two.status_code == 409
    page = two.get_data(as_text=True)
    assert "the file changed since you opened this page" in page
    assert 'value="Saved by the second tab"' in page  # what they typed is still there
    interview = thanknote.load_interview(folder / "panel.toml")
    assert (interview.position, interview.company) == ("Saved by the first tab", "Acme Robotics")


def test_a_file_changed_by_another_program_is_not_overwritten(
    client: FlaskClient, folder: Path
) -> None:
    token, version = token_of(client), version_of(client)
    path = folder / "panel.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# edited elsewhere\n", encoding="utf-8")

    response = client.post(
        "/interview/text?file=panel.toml",
        data={"text": 'company = "Mine"\n', "token": token, "version": version},
    )

    assert response.status_code == 409
    assert path.read_text(encoding="utf-8").endswith("# edited elsewhere\n")


def test_the_text_pane_saves_as_typed_but_not_text_that_is_not_toml(
    client: FlaskClient, folder: Path
) -> None:
    token, version = token_of(client), version_of(client)
    path = folder / "panel.toml"
    text = path.read_text(encoding="utf-8").replace("Acme Robotics", "Acme Robotics AG", 1)

    bad = client.post(
        "/interview/text?file=panel.toml",
        data={"text": "company = \n", "token": token, "version": version},
    )
    good = client.post(
        "/interview/text?file=panel.toml", data={"text": text, "token": token, "version": version}
    )

    assert bad.status_code == 422
    assert "Line 1, column 11" in bad.get_data(as_text=True)
    assert good.status_code == 302
    assert path.read_text(encoding="utf-8") == text


def test_live_validation_answers_with_the_loaders_messages(
    client: FlaskClient, folder: Path
) -> None:
    form = form_of(folder)
    form["company"] = ""

    result = client.post(
        "/api/validate?file=panel.toml", data={**form, "token": token_of(client)}
    ).get_json()

    assert result["problems"] == [
        {"field": "company", "message": "missing (required)", "line": None, "column": None}
    ]


def test_live_validation_of_the_text_gives_line_and_column(client: FlaskClient) -> None:
    result = client.post(
        "/api/validate-text?file=panel.toml",
        data={"text": 'company = "A"\ncompany = "B"\n', "token": token_of(client)},
    ).get_json()

    (problem,) = result["problems"]
    assert (problem["line"], problem["column"]) == (2, 14)
    assert problem["message"].startswith("invalid TOML")


def test_a_business_card_adds_its_people(client: FlaskClient, folder: Path) -> None:
    with (CARDS / "android_21_qp.vcf").open("rb") as card:
        response = client.post(
            "/interview/card?file=panel.toml",
            data={
                "card": (card, "android.vcf"),
                "token": token_of(client),
                "version": version_of(client),
            },
            content_type="multipart/form-data",
            follow_redirects=True,
        )

    page = response.get_data(as_text=True)
    assert "Added &#39;Zoë Lindqvist-Ångström&#39; from android.vcf." in page
    names = [p.name for p in thanknote.load_interview(folder / "panel.toml").interviewers]
    assert names[-2:] == ["Zoë Lindqvist-Ångström", "Мария Петрова"]


def test_a_malformed_card_is_reported_by_its_own_name(client: FlaskClient, folder: Path) -> None:
    before = (folder / "panel.toml").read_bytes()
    with (CARDS / "malformed.vcf").open("rb") as card:
        response = client.post(
            "/interview/card?file=panel.toml",
            data={
                "card": (card, "bad.vcf"),
                "token": token_of(client),
                "version": version_of(client),
            },
            content_type="multipart/form-data",
        )

    assert response.status_code == 422
    assert "The card was not added: bad.vcf:8: " in response.get_data(as_text=True)
    assert (folder / "panel.toml").read_bytes() == before


def test_a_card_larger_than_the_limit_is_refused(client: FlaskClient, folder: Path) -> None:
    before = (folder / "panel.toml").read_bytes()
    big = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:"
        + b"x" * MAX_CARD_BYTES
        + b"\r\nEND:VCARD\r\n"
    )

    response = client.post(
        "/interview/card?file=panel.toml",
        data={
            "card": (io.BytesIO(big), "big.vcf"),
            "token": token_of(client),
            "version": version_of(client),
        },
        content_type="multipart/form-data",
    )

    assert response.status_code == 413
    assert (folder / "panel.toml").read_bytes() == before


def test_a_request_larger_than_the_limit_is_refused(client: FlaskClient) -> None:
    response = client.post(
        "/interview/text?file=panel.toml",
        data={"text": "x" * (3 * 1024 * 1024), "token": token_of(client), "version": "x"},
    )

    assert response.status_code == 413


def test_a_new_file_starts_from_the_commented_starter(client: FlaskClient, folder: Path) -> None:
    response = client.post("/new", data={"name": "beta", "token": token_of(client, "/")})

    assert response.status_code == 302
    assert (
        (folder / "beta.toml").read_text(encoding="utf-8").startswith("# thanknote interview file")
    )
    again = client.post("/new", data={"name": "beta.toml", "token": token_of(client, "/")})
    assert again.status_code == 409


# Checking and downloading ------------------------------------------------------------------------


def check(client: FlaskClient, texts: list[str], name: str = "panel.toml") -> dict[str, object]:
    response = client.post(
        f"/api/check?file={name}",
        json={"template": "card", "notes": [{"person": i, "text": t} for i, t in enumerate(texts)]},
        headers={"X-Thanknote-Token": token_of(client)},
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    assert re.fullmatch(r"check;dur=\d+\.\d\d", response.headers["Server-Timing"])
    result: dict[str, object] = response.get_json()
    return result


def test_a_misspelt_name_is_found_with_the_cards_spelling(
    client: FlaskClient, panel_interview: thanknote.Interview
) -> None:
    texts = [n.text for n in thanknote.draft(panel_interview)]
    texts[0] = texts[0].replace("Dear Dr. Raman,", "Dear Dr. Rmaan,")

    result = check(client, texts)

    (finding,) = result["notes"][0]  # type: ignore[index]
    assert finding["code"] == "name-misspelled"
    assert finding["suggestion"] == "Raman"
    assert (finding["start"], finding["end"], finding["text"]) == (9, 14, "Rmaan")


def test_offsets_count_as_javascript_does(client: FlaskClient) -> None:
    result = check(client, ["Dear Priya 🙂🙂,\n\nThank you for for the talk."])

    repeated = next(f for f in result["notes"][0] if f["code"] == "repeated-word")  # type: ignore[index]
    text = "Dear Priya 🙂🙂,\n\nThank you for for the talk."
    utf16 = text.encode("utf-16-le")
    assert utf16[repeated["start"] * 2 : repeated["end"] * 2].decode("utf-16-le") == "for for"


def test_notes_that_are_copies_are_paired(
    client: FlaskClient, panel_interview: thanknote.Interview
) -> None:
    texts = [n.text for n in thanknote.draft(panel_interview)]
    texts[2] = texts[0].replace("Priya", "Siobhán")

    result = check(client, texts)

    assert result["pairs"] == [[0, 2]]


def download(client: FlaskClient, **fields: str) -> object:
    return client.post(
        "/download?file=panel.toml",
        data={"token": token_of(client), "template": "card", **fields},
    )


def test_a_pdf_of_the_note_as_edited(
    client: FlaskClient, panel_interview: thanknote.Interview
) -> None:
    notes = [{"number": 1, "text": "Dear José,\n\nEdited in the browser.\n\nAlex Morgan"}]

    response = download(client, format="pdf", which="1", lines="on", notes=json.dumps(notes))

    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response.headers["Content-Disposition"].startswith("attachment")  # type: ignore[attr-defined]
    assert (
        "2026-11-24_acme-robotics_jose-nunez-garcia.pdf" in response.headers["Content-Disposition"]
    )  # type: ignore[attr-defined]
    reader = PdfReader(io.BytesIO(response.data))  # type: ignore[attr-defined]
    assert len(reader.pages) == 1
    assert "Edited in the browser." in reader.pages[0].extract_text()


def test_the_preview_is_the_pdf_inline(client: FlaskClient) -> None:
    response = download(client, format="pdf", which="all", inline="1", envelope="a2")

    assert response.headers["Content-Disposition"].startswith("inline")  # type: ignore[attr-defined]
    assert len(PdfReader(io.BytesIO(response.data)).pages) == 8  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("fmt", "which", "suffix"),
    [("docx", "0", ".docx"), ("eml", "0", ".eml"), ("txt", "3", ".txt"), ("docx", "all", ".docx")],
)
def test_other_formats(client: FlaskClient, fmt: str, which: str, suffix: str) -> None:
    response = download(client, format=fmt, which=which)

    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response.headers["Content-Disposition"].endswith(suffix)  # type: ignore[attr-defined]
    if fmt == "eml":
        message = message_from_bytes(response.data)  # type: ignore[attr-defined]
        assert message["To"] == '"Dr. Priya Raman" <priya.raman@acme-robotics.example>' or (
            "priya.raman@acme-robotics.example" in message["To"]
        )


def test_every_file_as_a_zip(client: FlaskClient) -> None:
    response = download(client, format="zip", which="all")

    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()  # type: ignore[attr-defined]
    assert len(names) == 16
    assert "2026-11-24_acme-robotics/2026-11-24_acme-robotics_dr-priya-raman.eml" in names


def test_an_envelope_without_an_address_says_why(client: FlaskClient, folder: Path) -> None:
    (folder / "plain.toml").write_text(
        'company = "A"\nposition = "B"\ndate = 2026-11-24\n[candidate]\nname = "C"\n'
        '[[interviewers]]\nname = "Dr. Priya Raman"\n',
        encoding="utf-8",
    )
    response = client.post(
        "/download?file=plain.toml",
        data={"token": token_of(client), "format": "pdf", "which": "0", "envelope": "10"},
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 422
    assert response.get_json()["error"] == (
        "An envelope needs a postal address, and there is none for 'Dr. Priya Raman': add it "
        "on the interview page, or choose “No envelope”."
    )


# Safety -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "", "[::1]"]
)
def test_a_host_that_is_not_this_computer_is_refused(client: FlaskClient, host: str) -> None:
    response = client.get("/", headers={"Host": host})

    assert response.status_code == 403
    assert b"thanknote refused this request" in response.data


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8765", "LOCALHOST:1"])
def test_localhost_is_served(client: FlaskClient, host: str) -> None:
    assert client.get("/", headers={"Host": host}).status_code == 200


def test_a_post_without_the_sessions_token_changes_nothing(
    client: FlaskClient, folder: Path
) -> None:
    before = (folder / "panel.toml").read_bytes()
    version = version_of(client)

    for token in ("", "forged"):
        response = client.post(
            "/interview/text?file=panel.toml",
            data={"text": 'company = "X"\n', "token": token, "version": version},
        )
        assert response.status_code == 403
        assert "reload it and try again" in response.get_data(as_text=True)
    assert (folder / "panel.toml").read_bytes() == before


def test_another_browser_sessions_token_is_refused(app: Flask, folder: Path) -> None:
    mine, theirs = app.test_client(), app.test_client()
    token = token_of(theirs)

    response = mine.post(
        "/api/check?file=panel.toml", json={"notes": []}, headers={"X-Thanknote-Token": token}
    )

    assert response.status_code == 403


def test_a_post_from_another_site_is_refused(client: FlaskClient) -> None:
    token = token_of(client)
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = client.post(
            "/api/check?file=panel.toml",
            json={"notes": []},
            headers={"X-Thanknote-Token": token, **headers},
        )
        assert response.status_code == 403


@pytest.mark.parametrize(
    "name", ["../secret.toml", "/etc/hostname.toml", "sub/../../secret.toml", "link.toml", "x.py"]
)
def test_files_outside_the_folder_cannot_be_read_or_written(
    client: FlaskClient, folder: Path, name: str
) -> None:
    secret = folder.parent / "secret.toml"
    secret.write_text('company = "Not yours"\n', encoding="utf-8")
    (folder / "link.toml").symlink_to(secret)
    token = token_of(client)

    read = client.get(f"/interview?file={name}")
    write = client.post(
        f"/interview/text?file={name}", data={"text": "x = 1\n", "token": token, "version": ""}
    )

    assert read.status_code == 403
    assert write.status_code == 403
    assert "Not yours" not in read.get_data(as_text=True)
    assert secret.read_text(encoding="utf-8") == 'company = "Not yours"\n'


def test_pages_forbid_framing_by_others_and_inline_scripts(client: FlaskClient) -> None:
    headers = client.get("/drafts?file=panel.toml").headers

    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    assert "script-src 'self';" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_server_listens_on_127_0_0_1_only(folder: Path) -> None:
    server = make_server(folder, port=0)
    try:
        assert HOST == "127.0.0.1"
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_a_port_in_use_is_a_one_line_error(folder: Path) -> None:
    first = make_server(folder, port=0)
    try:
        with pytest.raises(thanknote.ThanknoteError, match=r"choose another with --port N$"):
            make_server(folder, port=first.server_address[1])
    finally:
        first.server_close()


# The command -------------------------------------------------------------------------------------


def test_serve_without_the_web_extra_says_how_to_install_it(folder: Path) -> None:
    code = (
        "import sys; sys.modules['flask'] = None\n"
        "from thanknote.cli import main\n"
        f"sys.exit(main(['serve', {str(folder)!r}]))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )

    assert result.returncode == 2
    assert (
        result.stderr
        == 'thanknote: thanknote serve needs the web extra: pip install "thanknote[web]"\n'
    )


def test_serve_prints_its_address_and_serves_until_stopped(folder: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "thanknote",
        "serve",
        str(folder / "panel.toml"),
        "--port",
        "0",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.fullmatch(
                rf"thanknote: serving {re.escape(str(folder))} at "
                r"(http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)\n",
                line,
            )
            assert match, line
            with urllib.request.urlopen(
                f"{match.group(1)}drafts?file=panel.toml", timeout=30
            ) as page:
                assert b"Dear Dr. Raman," in page.read()
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_drafting_does_not_import_the_web_application() -> None:
    code = (
        "import contextlib, io, sys, thanknote.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    thanknote.cli.main(['draft', 'examples/panel.toml'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug')"
        " or m.startswith('thanknote.web')))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )

    assert result.stdout.strip() == "[]", result.stderr


def test_serving_a_missing_folder_is_a_one_line_error(run_cli: object, tmp_path: Path) -> None:
    result = run_cli("serve", tmp_path / "missing")  # type: ignore[operator]

    assert result.returncode == 2
    assert result.stderr == f"thanknote: {tmp_path / 'missing'}: no such file or folder\n"


def test_the_plan_shows_overdue_notes_and_records_one_as_sent(
    client: FlaskClient, folder: Path
) -> None:
    text = (folder / "panel.toml").read_text(encoding="utf-8")
    text = text.replace("date = 2026-11-24", "date = 2020-01-06").replace(
        "2026-12-04", "2020-01-17"
    )
    (folder / "panel.toml").write_text(text, encoding="utf-8")
    page = client.get("/plan?file=panel.toml").get_data(as_text=True)
    # In the list of dates: four notes and the follow-up; in the table, the four notes again.
    assert page.count('class="state state-overdue">overdue</span>') == 9
    token = re.search(r'name="thanknote-token" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    version = re.search(r'name="version" value="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]

    response = client.post(
        "/plan/sent?file=panel.toml",
        data={"token": token, "version": version, "person": "1"},
        follow_redirects=True,
    )

    page = response.get_data(as_text=True)
    today = dt.date.today().isoformat()
    assert f"Recorded: the note to José Núñez-García went out on {today}." in page
    assert f'class="state state-sent">sent on {today}</span>' in page
    assert thanknote.load_interview(folder / "panel.toml").interviewers[1].sent == dt.date.today()
    assert (folder / "panel.toml").read_text(encoding="utf-8").startswith("# A four-person panel")


def test_the_form_has_the_sent_date(client: FlaskClient, folder: Path) -> None:
    form = form_of(folder)
    form["interviewers[3].sent"] = "2026-11-25"

    client.post(
        "/interview/form?file=panel.toml",
        data={**form, "token": token_of(client), "version": version_of(client)},
    )

    assert thanknote.load_interview(folder / "panel.toml").interviewers[2].sent == dt.date(
        2026, 11, 25
    )
