"""How fast `thanknote serve` re-checks a panel's drafts as the user types. Prints medians.

Run:  python benchmarks/web_check_speed.py   (needs the web extra)

The page sends every note of the panel on each pause in typing (POST /api/check),
so that `too-similar` stays current; the server answers with each note's
findings and says how long it took (the Server-Timing header). This types a
sentence into one note of the 8-person example panel, a key at a time, and
measures each request: server time (Server-Timing) and the round trip through
Flask's WSGI stack in this process (no network).

Target: median server time <= 50 ms for a panel of 8.
"""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import thanknote
from thanknote.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
PANEL = ROOT / "examples" / "large_panel.toml"
TYPED = " I would also love to hear how Acme Robotics plans to grow the platfrom team next year."


def main() -> int:
    interview = thanknote.load_interview(PANEL)
    notes = thanknote.draft(interview)
    print(
        f"panel of {len(interview.interviewers)}: {len(notes)} notes, "
        f"{statistics.median(len(n.text.split()) for n in notes):.0f} words each (median)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(PANEL, Path(tmp) / PANEL.name)
        client = create_app(Path(tmp)).test_client()
        page = client.get(f"/drafts?file={PANEL.name}").get_data(as_text=True)
        token = re.search(r'name="thanknote-token" content="([^"]+)"', page)
        assert token is not None
        headers = {"X-Thanknote-Token": token.group(1)}

        def check(texts: list[str]) -> tuple[float, float]:
            started = time.perf_counter()
            response = client.post(
                f"/api/check?file={PANEL.name}",
                json={
                    "template": "card",
                    "notes": [{"person": i, "text": t} for i, t in enumerate(texts)],
                },
                headers=headers,
            )
            round_trip = time.perf_counter() - started
            assert response.status_code == 200, response.get_data(as_text=True)
            server = float(response.headers["Server-Timing"].split("dur=")[1])
            return server, round_trip * 1000

        texts = [n.text for n in notes]
        cold_server, cold_trip = check(texts)
        servers, trips = [], []
        at = texts[3].rindex("\n\n")  # before the sign-off of the fourth note
        for typed in range(1, len(TYPED) + 1):
            texts[3] = notes[3].text[:at] + TYPED[:typed] + notes[3].text[at:]
            server, trip = check(texts)
            servers.append(server)
            trips.append(trip)
    servers.sort()
    median, p90 = statistics.median(servers), servers[int(len(servers) * 0.9)]
    print(
        f"first check after the page loaded  server {cold_server:6.1f} ms, round trip {cold_trip:6.1f} ms"
    )
    print(
        f"as the user types ({len(servers)} keys)     server {median:6.1f} ms median, "
        f"{p90:.1f} ms 90th percentile  [target: median <= 50 ms]"
    )
    print(f"{'':35}round trip {statistics.median(trips):6.1f} ms median")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
