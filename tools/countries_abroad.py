"""Write the names of countries in other languages that topics may carry.

    python tools/countries_abroad.py

Reads pycountry's translations of ISO 3166 into the languages of
`thanknote.countries.LANGUAGES_ABROAD` and writes the folded names that are no
English name, each with the country's English name, to
`src/thanknote/data/countries_abroad.json`, which `thanknote.countries` reads
("Maroc" is Morocco). A test checks the file against what this writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from thanknote.countries import names_abroad_from_translations  # noqa: E402

OUT = ROOT / "src" / "thanknote" / "data" / "countries_abroad.json"


def main() -> None:
    names = names_abroad_from_translations()
    text = json.dumps(names, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} names")


if __name__ == "__main__":
    main()
