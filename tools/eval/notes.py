"""Draft helper-written interviews for a blind reading, sample them, and score the verdicts.

    python tools/eval/notes.py dump SETDIR           # SETDIR/files/*.toml -> SETDIR/notes.json
    python tools/eval/notes.py sample SETDIR N SEED  # -> SETDIR/judge/rand.judge.md, rand.key.json
    python tools/eval/notes.py score SETDIR...       # send-unedited by kind, from the verdicts
    python tools/eval/notes.py fails SETDIR          # the notes not sent, with the reasons

How a reading is run (see `../shared/JUDGING.md`): a helper who has not seen the code writes
interviews from `writer_prompt.txt` (DIR and TRADES filled in; `interview_format.md` and
`examples/panel.toml` beside it), every file is drafted with every built-in template, and a
new helper judges a shuffled sample by `judge_brief.md`, writing `rand.verdicts.json` beside it.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import random
import sys
from pathlib import Path

import thanknote
from thanknote.checks import check_panel


def dump(setdir: Path) -> None:
    rows, problems = [], []
    for path in sorted((setdir / "files").glob("*.toml")):
        try:
            interview = thanknote.load_interview(path)
        except thanknote.InterviewFileError as error:
            print(f"skipped: {error}")  # as `thanknote draft` refuses it, with exit 2
            continue
        today = interview.date + dt.timedelta(days=1)
        for kind in thanknote.builtin_templates():
            notes = thanknote.draft(interview, template=kind, today=today)
            if len(notes) > 1:
                for note, found in zip(notes, check_panel(notes, interview), strict=True):
                    problems += [
                        f"{path.name} {kind} {note.recipient.name}: {f.code}: {f.message}"
                        for f in found
                        if f.code in ("too-similar", "greeting")
                    ]
            for note in notes:
                person = note.recipient
                rows.append(
                    {
                        "file": path.name,
                        "kind": kind,
                        "name": person.name,
                        "nickname": person.nickname,
                        "honorific": person.honorific,
                        "salutation": person.salutation,
                        "date": str(interview.date),
                        "text": note.text,
                    }
                )
    (setdir / "notes.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    print(f"{len(rows)} notes; {len(problems)} panel findings", *problems, sep="\n  ")


def sample(setdir: Path, size: int, seed: int) -> None:
    rows = json.loads((setdir / "notes.json").read_text())
    random.Random(seed).shuffle(rows)
    out = setdir / "judge"
    out.mkdir(exist_ok=True)
    parts, key = [], []
    for number, row in enumerate(rows[:size], 1):
        note_id = f"{setdir.name}{number:03d}"
        said = [
            f"nickname: {row['nickname']}" if row["nickname"] else "",
            f"honorific they asked for: {row['honorific']}" if row["honorific"] else "",
            f"salutation they asked for: {row['salutation']}" if row["salutation"] else "",
        ]
        parts.append(
            f"## {note_id}\nkind: {row['kind']}\nname on card: {row['name']}\n"
            f"file says: {'; '.join(s for s in said if s) or 'nothing'}\n"
            f"interview date: {row['date']}\n\n~~~\n{row['text'].rstrip()}\n~~~\n"
        )
        key.append({"id": note_id, **row})
    (out / "rand.judge.md").write_text("\n".join(parts))
    (out / "rand.key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1))
    print(f"{len(key)} notes -> {out / 'rand.judge.md'}")


def _verdicts(setdir: Path) -> list[tuple[dict[str, object], dict[str, str]]]:
    verdicts = json.loads((setdir / "judge" / "rand.verdicts.json").read_text())
    key = {k["id"]: k for k in json.loads((setdir / "judge" / "rand.key.json").read_text())}
    return [(v, key[v["id"]]) for v in verdicts]


def score(setdirs: list[Path]) -> None:
    read: collections.Counter[str] = collections.Counter()
    sent: collections.Counter[str] = collections.Counter()
    for setdir in setdirs:
        pairs = _verdicts(setdir)
        print(f"{setdir.name}: {sum(bool(v.get('send_unedited')) for v, _ in pairs)}/{len(pairs)}")
        for verdict, row in pairs:
            read[row["kind"]] += 1
            sent[row["kind"]] += bool(verdict.get("send_unedited"))
    print(f"all: {sum(sent.values())}/{sum(read.values())}")
    for kind in sorted(read):
        print(f"  {kind}: {sent[kind]}/{read[kind]}")


def fails(setdir: Path) -> None:
    for verdict, row in _verdicts(setdir):
        if not verdict.get("send_unedited"):
            print(f"--- {verdict['id']} {row['kind']} {row['file']} | {row['name']}")
            print("   ", verdict.get("fault"))
            for sentence in [*verdict.get("grammar", []), *verdict.get("awkward", [])]:  # type: ignore[misc]
                print("   ", sentence)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "dump":
        dump(Path(args[0]))
    elif command == "sample":
        sample(Path(args[0]), int(args[1]), int(args[2]))
    elif command == "score":
        score([Path(a) for a in args])
    elif command == "fails":
        fails(Path(args[0]))
    else:
        sys.exit(f"unknown command {command!r}: dump, sample, score or fails")
