"""Take the README's screenshot of `thanknote serve`: the drafts page with a finding shown.

Run from the repository root, with the web and test extras and Debian's chromium
installed:  python scripts/web_screenshot.py
It serves a copy of examples/, types a misspelt name into the first draft the way
a person would, points at the underlined word, and saves docs/web-drafts.png.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from thanknote.web import make_server

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "web-drafts.png"
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


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "examples"
        shutil.copytree(ROOT / "examples", folder, ignore=shutil.ignore_patterns("*.py"))
        server = make_server(folder, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            shoot(f"http://127.0.0.1:{server.server_address[1]}", Path(work) / "profile")
        finally:
            server.shutdown()
            server.server_close()
    print(f"wrote {OUT.relative_to(ROOT)}")


def shoot(base_url: str, profile: Path) -> None:
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1200, "height": 820},
        )
        page = context.pages[0]
        page.goto(f"{base_url}/drafts?file=panel.toml")
        expect(page.locator("html")).to_have_attribute("data-ready", "true")
        area = page.locator("#text-0")
        start = area.input_value().index("Raman")
        area.focus()
        page.evaluate(f"document.getElementById('text-0').setSelectionRange({start}, {start + 5})")
        page.keyboard.type("Rmaan", delay=30)
        mark = page.locator('#panel-0 mark[data-code="name-misspelled"]')
        expect(mark).to_have_count(1)
        box = mark.bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(page.locator("#popover-0")).to_be_visible()
        page.locator("h1").scroll_into_view_if_needed()
        OUT.parent.mkdir(exist_ok=True)
        page.screenshot(path=OUT)
        context.close()


if __name__ == "__main__":
    main()
