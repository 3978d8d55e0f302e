"""`thanknote serve` in a real browser: Debian's headless Chromium, driven by Playwright.

The tests skip only when no Chromium is installed (`apt-get install chromium`;
`.ci/run` installs it). Screenshots of each step are saved under the test
run's temporary folder, or under $THANKNOTE_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect, sync_playwright
from pypdf import PdfReader

import thanknote
from thanknote.web import make_server

ROOT = Path(__file__).resolve().parent.parent
CARDS = Path(__file__).resolve().parent / "data" / "vcards"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason="Debian's chromium is not installed (apt-get install chromium)",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "interviews"
    root.mkdir()
    for name in ("panel.toml", "large_panel.toml"):
        shutil.copy(ROOT / "examples" / name, root / name)
    return root


@pytest.fixture
def base_url(folder: Path) -> Iterator[str]:
    server = make_server(folder, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("THANKNOTE_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        return Path(wanted)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[BrowserContext]:
    """A fresh Chromium profile per test, with a viewport like a laptop's."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
            accept_downloads=True,
        )
        context.set_default_timeout(15_000)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: BrowserContext) -> Iterator[Page]:
    page = browser.pages[0] if browser.pages else browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert errors == [], errors


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("html")).to_have_attribute("data-ready", "true")


def draft_text(number: int = 0) -> str:
    notes = thanknote.draft(thanknote.load_interview(ROOT / "examples" / "panel.toml"))
    return notes[number].text


def misspell_the_name(page: Page) -> None:
    """Type over "Raman" in the first note's greeting, key by key."""
    area = page.locator("#text-0")
    area.focus()
    start = draft_text().index("Raman")
    page.evaluate(f"document.getElementById('text-0').setSelectionRange({start}, {start + 5})")
    page.keyboard.type("Rmaan", delay=20)
    expect(area).to_have_value(draft_text().replace("Dear Dr. Raman,", "Dear Dr. Rmaan,", 1))


def test_the_example_panel_shows_four_drafts(page: Page, base_url: str, screenshots: Path) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")

    tabs = page.locator('[role="tab"][data-number]')
    expect(tabs).to_have_count(4)
    expect(tabs.nth(1)).to_contain_text("José Núñez-García")
    expect(page.locator("#text-0")).to_have_value(draft_text(0))
    expect(page.locator("#findings-0-summary")).to_have_text("Nothing to fix.")
    page.screenshot(path=screenshots / "01-drafts.png", full_page=True)

    tabs.first.focus()  # the tabs work from the keyboard
    page.keyboard.press("ArrowRight")
    expect(tabs.nth(1)).to_be_focused()
    expect(page.locator("#panel-1")).to_be_visible()
    expect(page.locator("#panel-0")).to_be_hidden()
    expect(page.locator("#text-1")).to_have_value(draft_text(1))


def test_a_misspelt_name_is_underlined_with_the_cards_spelling_and_fixed_in_one_click(
    page: Page, base_url: str, screenshots: Path
) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")

    misspell_the_name(page)

    mark = page.locator('#panel-0 mark[data-code="name-misspelled"]')
    expect(mark).to_have_text("Rmaan")
    expect(mark).to_have_class("error")
    expect(page.locator("#tab-0 [data-badge]")).to_have_text("1 error")
    box = mark.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    popover = page.locator("#popover-0")
    expect(popover).to_be_visible()
    expect(popover).to_contain_text("'Rmaan' is spelled differently on Dr. Priya Raman's card")
    page.screenshot(path=screenshots / "02-finding.png")

    popover.get_by_role("button", name="Use “Raman”").click()

    expect(page.locator("#text-0")).to_have_value(draft_text())
    expect(mark).to_have_count(0)
    expect(page.locator("#findings-0-summary")).to_have_text("Nothing to fix.")


def test_a_finding_is_read_and_applied_without_a_mouse(page: Page, base_url: str) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")
    misspell_the_name(page)
    expect(page.locator('#panel-0 mark[data-code="name-misspelled"]')).to_have_count(1)

    page.keyboard.press("ArrowLeft")  # the cursor is inside the underlined word
    popover = page.locator("#popover-0")
    expect(popover).to_be_visible()
    expect(page.locator("#text-0")).to_have_attribute(
        "aria-describedby", "popover-0 text-0-hint findings-0-summary"
    )
    page.keyboard.press("Tab")  # the suggestion's button comes next
    expect(popover.get_by_role("button", name="Use “Raman”")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.locator("#text-0")).to_have_value(draft_text())


def test_the_pdf_as_edited_is_previewed_and_downloaded(
    page: Page, base_url: str, screenshots: Path
) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")
    misspell_the_name(page)
    page.locator('#panel-0 .finding-list button[data-action="apply"]').click()
    expect(page.locator("#text-0")).to_have_value(draft_text())
    page.locator("#text-0").press("Control+End")
    page.keyboard.type("\nP.S. Typed in the browser.")
    page.get_by_label("Ruled lines to write along").check()

    page.get_by_role("button", name="Preview as printed").click()
    preview = page.locator("#preview")
    expect(preview).to_be_visible()
    expect(preview).to_have_attribute("src", re.compile(f"^blob:{re.escape(base_url)}/"))
    expect(page.locator("#print-status")).to_have_text(
        "The preview below is the PDF as it will print."
    )
    preview.scroll_into_view_if_needed()
    page.wait_for_timeout(2500)  # the PDF viewer draws the page
    page.screenshot(path=screenshots / "03-preview.png")

    with page.expect_download() as waiting:  # from the keyboard: the PDF viewer keeps the mouse
        page.get_by_role("button", name="Download PDF").focus()
        page.keyboard.press("Enter")
    download = waiting.value
    assert download.suggested_filename == "2026-11-24_acme-robotics_dr-priya-raman.pdf"
    reader = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    text = reader.pages[0].extract_text()
    assert "Dear Dr. Raman," in text
    assert "Typed in the browser." in text


def test_a_file_that_cannot_be_made_says_why_on_the_page(page: Page, base_url: str) -> None:
    open_page(page, f"{base_url}/drafts?file=large_panel.toml")

    page.get_by_label("Envelope page after each note").select_option("a2")
    page.get_by_role("button", name="One PDF").click()

    status = page.locator("#print-status")
    people = thanknote.load_interview(ROOT / "examples" / "large_panel.toml").interviewers
    missing = ", ".join(repr(p.name) for p in people if not p.address)
    expect(status).to_have_text(
        f"Not made: An envelope needs a postal address, and there is none for {missing}: "
        "add it on the interview page, or choose “No envelope”."
    )


def test_a_card_is_added_from_a_vcf_and_the_file_saved_and_read_again(
    page: Page, base_url: str, folder: Path, screenshots: Path
) -> None:
    open_page(page, f"{base_url}/interview?file=panel.toml")

    page.get_by_label("Business card file (.vcf)").set_input_files(CARDS / "android_21_qp.vcf")
    page.get_by_role("button", name="Add from the card").click()

    expect(page.locator("#status")).to_contain_text(
        "Added 'Zoë Lindqvist-Ångström' from android_21_qp.vcf."
    )
    person = page.locator('fieldset.person[data-number="5"]')
    expect(person.locator("legend")).to_have_text("Interviewer 5: Zoë Lindqvist-Ångström")
    person.get_by_label("A moment to recall").fill("the tour of the Stockholm office")
    person.get_by_label("Preferred contact").select_option("email")
    page.get_by_role("button", name="Save the file").click()
    expect(page.locator("#status")).to_contain_text("Saved at")
    page.screenshot(path=screenshots / "04-interview-saved.png")

    page.reload()
    person = page.locator('fieldset.person[data-number="5"]')
    expect(person.get_by_label("A moment to recall")).to_have_value(
        "the tour of the Stockholm office"
    )
    text = (folder / "panel.toml").read_text(encoding="utf-8")
    assert text.startswith("# A four-person panel interview.")  # the comments are kept
    zoe = tomllib.loads(text)["interviewers"][4]
    assert zoe["moment"] == "the tour of the Stockholm office"
    assert zoe["preferred_contact"] == "email"
    open_page(page, f"{base_url}/drafts?file=panel.toml")
    expect(page.locator('[role="tab"][data-number]')).to_have_count(6)


def test_a_card_dropped_on_the_page_adds_its_person(
    page: Page, base_url: str, folder: Path
) -> None:
    open_page(page, f"{base_url}/interview?file=panel.toml")
    card = (CARDS / "structured_names.vcf").read_text(encoding="utf-8")
    names = [p.name for p in thanknote.interviewers_from_vcard(CARDS / "structured_names.vcf")]

    dropped = page.evaluate_handle(
        """(text) => {
            const data = new DataTransfer();
            data.items.add(new File([text], "scanned.vcf", {type: "text/vcard"}));
            return data;
        }""",
        card,
    )
    page.dispatch_event("#card-drop", "drop", {"dataTransfer": dropped})

    expect(page.locator("#status")).to_contain_text(f"Added '{names[0]}' from scanned.vcf.")
    people = thanknote.load_interview(folder / "panel.toml").interviewers
    assert [p.name for p in people][4:] == names


def test_the_loaders_messages_appear_beside_the_field_as_it_is_filled_in(
    page: Page, base_url: str, screenshots: Path
) -> None:
    open_page(page, f"{base_url}/interview?file=panel.toml")

    page.get_by_label("Company", exact=True).fill("")
    problem = page.locator('[data-problem-for="company"]')
    expect(problem).to_have_text("missing (required)")
    expect(page.get_by_label("Company", exact=True)).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Company", exact=True).fill("Acme Robotics")
    expect(problem).to_be_hidden()

    email = page.locator('[name="interviewers[2].email"]')
    email.fill("jose at acme")
    expect(page.locator('[data-problem-for="interviewers[2].email"]')).to_have_text(
        "not an e-mail address: 'jose at acme' (no '@')"
    )
    email.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "05-interview-problem.png")


def test_two_tabs_saving_the_same_file_do_not_overwrite_each_other(
    browser: BrowserContext, page: Page, base_url: str, folder: Path
) -> None:
    second = browser.new_page()
    for each in (page, second):
        open_page(each, f"{base_url}/interview?file=panel.toml")

    page.get_by_label("Position", exact=True).fill("Saved in the first tab")
    page.get_by_role("button", name="Save the file").click()
    expect(page.locator("#status")).to_contain_text("Saved at")
    second.get_by_label("Company", exact=True).fill("Saved in the second tab")
    second.get_by_role("button", name="Save the file").click()

    expect(second.locator("#save-error")).to_contain_text(
        "the file changed since you opened this page"
    )
    expect(second.get_by_label("Company", exact=True)).to_have_value("Saved in the second tab")
    interview = thanknote.load_interview(folder / "panel.toml")
    assert (interview.company, interview.position) == ("Acme Robotics", "Saved in the first tab")


def test_the_drafts_page_says_when_the_interview_file_changed(
    page: Page, base_url: str, folder: Path
) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")
    path = folder / "panel.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# changed elsewhere\n", encoding="utf-8")

    page.locator("#text-0").press("End")
    page.keyboard.type(" ")

    expect(page.locator("#file-changed")).to_be_visible()
    page.get_by_role("link", name="Draft again from the file as it is now").click()
    expect(page.locator("#file-changed")).to_be_hidden()
    expect(page.locator("#panel-0 .edited-note")).to_be_visible()  # the edit was kept


def test_the_panel_view_shows_notes_that_are_too_alike_side_by_side(
    page: Page, base_url: str, screenshots: Path
) -> None:
    open_page(page, f"{base_url}/drafts?file=panel.toml")
    page.get_by_role("tab", name="Siobhán Ó Súilleabháin").click()
    page.locator("#text-2").fill(draft_text(0).replace("Priya", "Siobhán"))

    compare = page.get_by_role("tab", name="Compare the notes")
    expect(compare).to_contain_text("1 pair too alike")
    compare.click()

    pair = page.locator("#panel-compare .pair")
    expect(pair).to_have_count(1)
    expect(pair.locator("h3")).to_have_text(["To Dr. Priya Raman", "To Siobhán Ó Súilleabháin"])
    expect(pair.locator("mark").first).to_be_visible()
    page.screenshot(path=screenshots / "06-compare.png", full_page=True)


def test_the_plan_lists_the_dates_marks_a_note_sent_and_downloads_them(
    page: Page, base_url: str, folder: Path, screenshots: Path
) -> None:
    text = (folder / "panel.toml").read_text(encoding="utf-8")
    text = text.replace("date = 2026-11-24", "date = 2020-01-06").replace(
        "2026-12-04", "2020-01-17"
    )
    (folder / "past.toml").write_text(text, encoding="utf-8")
    open_page(page, f"{base_url}/plan?file=past.toml")

    dates = page.locator(".dates li")
    expect(dates).to_have_count(5)
    expect(dates.first).to_contain_text("Tue 7 Jan 2020")
    expect(dates.first.locator(".state")).to_have_text("overdue")
    dates.nth(1).get_by_role("button", name="Mark as sent today").click()

    expect(page.locator("#status")).to_contain_text("Recorded: the note to José Núñez-García")
    expect(page.locator(".dates li").nth(1).locator(".state")).to_contain_text("sent on")
    page.screenshot(path=screenshots / "07-plan.png", full_page=True)
    with page.expect_download() as waiting:
        page.get_by_role("link", name="Download the dates for your calendar (.ics)").click()
    assert waiting.value.suggested_filename == "2020-01-06_acme-robotics_plan.ics"


@pytest.mark.parametrize(
    "path", ["/", "/interview?file=panel.toml", "/drafts?file=panel.toml", "/plan?file=panel.toml"]
)
def test_every_control_is_labelled_and_the_page_reads_at_200_percent(
    page: Page, base_url: str, screenshots: Path, path: str
) -> None:
    page.set_viewport_size({"width": 640, "height": 450})  # 1280 x 900 at 200% zoom
    open_page(page, base_url + path)

    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll(
                'input:not([type=hidden]), select, textarea, button, a[href]')]
            .filter((el) => el.offsetParent !== null || el.closest('[hidden]') === null)
            .filter((el) => !((el.labels && el.labels.length) || el.getAttribute('aria-label')
                || el.getAttribute('aria-labelledby') || el.textContent.trim()))
            .map((el) => el.outerHTML.slice(0, 120))"""
    )
    assert unlabelled == []
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    name = path.strip("/").split("?")[0] or "index"
    page.screenshot(path=screenshots / f"zoom-200-{name}.png")
