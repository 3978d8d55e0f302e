"""How fast the output writers are: a batch of 1,000 notes, 250 interviews x 4 interviewers.

Run from the repository root:

    /work/venv/bin/python benchmarks/outputs_speed.py [--repeat 5] [--only pdf]

Prints the median of `--repeat` runs for each measurement, then the peak
memory of one combined run (tracemalloc, Python allocations) and the
process's maximum resident set size. Notes are drafted before timing starts:
only writing is timed.

Each output format has a `<format>_benchmarks(notes, repeat, out_dir)`
function returning `Result`s; `main()` calls them in turn. To add a format,
write its function and add a call where `main()` says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import thanknote
from thanknote.model import Accomplishment, Candidate, Interview, Interviewer, NextSteps, Note

INTERVIEWS = 250
PANEL = 4

# Names as printed on business cards, from many languages: the PDF has to
# embed every glyph, so the mix matters for speed as well as correctness.
GIVEN = [
    "Priya", "José", "Siobhán", "Łukasz", "Zoë", "Ørjan", "Şükrü", "Đặng Văn", "Nguyễn Thị",
    "Ǆemal", "Björn", "Mary-Kate", "Seán", "Françoise", "Jürgen", "Ana Lúcia", "Kwame", "Mei",
]  # fmt: skip
FAMILY = [
    "Raman", "Núñez-García", "Ó Súilleabháin", "Wróbel", "Åström", "Ødegård", "Çağlar", "Lâm",
    "Lan", "Ǉubić", "O'Brien", "van der Berg", "Smith & Jones", "Dupré", "Müller", "Ngata",
]  # fmt: skip
TITLES = [
    "Director of Data Platform", "Staff Data Engineer", "Engineering Manager",
    "Product Manager, Fleet Analytics", "Head of Operations", "Senior Recruiter",
]  # fmt: skip
COMPANIES = ["Acme Robotics", "Northwind Traders", "Contoso Ltd.", "Fabrikam & Sons", "<Initech>"]
TOPICS = [
    "moving nightly batch jobs to streaming",
    "data quality monitoring",
    "mentoring junior engineers",
    "self-serve dashboards for the fleet team",
    "how the team runs on-call",
]
ADDRESS = "400 Harbor Way, Suite 12\nSeattle, WA 98101"


@dataclass(frozen=True)
class Result:
    """One measurement: what was timed, the median and every run, in seconds."""

    label: str
    runs: tuple[float, ...]
    pages: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def build_interviews(count: int = INTERVIEWS, panel: int = PANEL) -> list[Interview]:
    """`count` interviews of `panel` interviewers each, with varied names."""
    interviews = []
    for k in range(count):
        people = tuple(
            Interviewer(
                name=f"{GIVEN[(k + 5 * i) % len(GIVEN)]} {FAMILY[(3 * k + i) % len(FAMILY)]}",
                title=TITLES[(k + i) % len(TITLES)],
                topics=(TOPICS[(k + i) % len(TOPICS)],),
                address=f"{COMPANIES[k % len(COMPANIES)]}\n{ADDRESS}",
            )
            for i in range(panel)
        )
        interviews.append(
            Interview(
                company=COMPANIES[k % len(COMPANIES)],
                position="Senior Data Engineer",
                date=dt.date(2026, 11, 2) + dt.timedelta(days=k % 60),
                candidate=Candidate(
                    name="Alex Morgan", address="18 Elm Street\nPortland, OR 97205"
                ),
                interviewers=people,
                topics=tuple(TOPICS[:2]),
                accomplishments=(
                    Accomplishment(
                        text="built automated data quality checks that stopped 95% of bad loads",
                        topics=("data quality monitoring",),
                    ),
                    Accomplishment(
                        text="mentored four junior engineers, two of whom now lead projects",
                        topics=("mentoring junior engineers",),
                    ),
                ),
                next_steps=NextSteps(decision_by=dt.date(2027, 1, 8)),
            )
        )
    return interviews


def build_notes(template: str = "card") -> list[Note]:
    """The 1,000 notes every benchmark writes."""
    return [
        note for interview in build_interviews() for note in thanknote.draft(interview, template)
    ]


def timed(actions: Sequence[Callable[[], object]], repeat: int) -> list[tuple[float, ...]]:
    """Time each action `repeat` times, after one warm-up run each; seconds per run.

    The actions take turns, so a busy machine slows each of them alike and
    their ratio stays meaningful.
    """
    for action in actions:
        action()
    runs: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, times in zip(actions, runs, strict=True):
            gc.collect()
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return [tuple(times) for times in runs]


def peak_traced_mb(action: Callable[[], object]) -> float:
    """Peak Python memory allocated while `action` runs, in MB (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    """The process's maximum resident set size so far, in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1e6 if sys.platform == "darwin" else rss / 1e3  # bytes on macOS, KB elsewhere


def fresh(folder: Path) -> Path:
    """Empty `folder` and return it."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# PDF --------------------------------------------------------------------------------------------


def pdf_naive(notes: Sequence[Note], path: Path) -> int:
    """The floor to beat: the same pages drawn line by line the obvious way.

    reportlab's simpleSplit wraps each paragraph and canvas.drawString draws
    each line, in the same embedded font, sizes and page size, with the
    default canvas settings. Returns the number of pages.
    """
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from thanknote.dates import next_business_day
    from thanknote.writers.pdf import DEFAULT_FONT, PAGE_SIZES

    if "naive-dejavu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("naive-dejavu", str(DEFAULT_FONT)))
    width, height = PAGE_SIZES["card"]
    margin, size, leading, small = 21.6, 12, 16.8, 9
    canvas = Canvas(str(path), pagesize=(width, height))
    pages = 0
    for note in notes:
        lines: list[str] = []
        for paragraph in note.text.strip("\n").split("\n"):
            lines.extend(simpleSplit(paragraph, "naive-dejavu", size, width - 2 * margin) or [""])
        day = next_business_day(note.interview.date)
        while True:
            canvas.setFont("naive-dejavu", small)
            canvas.drawString(margin, height - margin - small, note.recipient.name)
            canvas.drawString(margin, height - margin - 2.3 * small, note.recipient.title or "")
            canvas.drawString(margin, margin, f"Post by {day:%A}, {day:%B} {day.day}, {day.year}")
            canvas.setFont("naive-dejavu", size)
            y = height - margin - 4 * small - size
            while lines and y > margin + 2 * small:
                canvas.drawString(margin, y, lines.pop(0))
                y -= leading
            canvas.showPage()
            pages += 1
            if not lines:
                break
    canvas.save()
    return pages


def pdf_pages(path: Path) -> int:
    """How many pages a PDF has (read back with pypdf)."""
    import pypdf

    return len(pypdf.PdfReader(path).pages)


def pdf_benchmarks(notes: Sequence[Note], repeat: int, out_dir: Path) -> list[Result]:
    """Naive floor, one combined PDF, and one PDF per note."""
    from thanknote import write_pdf

    one_dir = fresh(out_dir / "pdf-separate")
    naive_path, combined_path = out_dir / "naive.pdf", out_dir / "combined.pdf"

    def separate() -> None:
        for index, note in enumerate(notes):
            write_pdf([note], one_dir / f"{index:04d}.pdf")

    naive, combined = timed(
        [lambda: pdf_naive(notes, naive_path), lambda: write_pdf(notes, combined_path)], repeat
    )
    (apart,) = timed([separate], max(1, repeat // 2))
    return [
        Result("pdf naive floor (simpleSplit + drawString)", naive, pdf_pages(naive_path)),
        Result("pdf combined (write_pdf, all notes)", combined, pdf_pages(combined_path)),
        Result(f"pdf separate ({len(notes):,} files, write_pdf each)", apart),
    ]


def pdf_memory(notes: Sequence[Note], out_dir: Path) -> float:
    """Peak traced memory of one combined PDF, in MB."""
    from thanknote import write_pdf

    return peak_traced_mb(lambda: write_pdf(notes, out_dir / "combined-traced.pdf"))


# DOCX -------------------------------------------------------------------------------------------


def docx_benchmarks(notes: Sequence[Note], repeat: int, out_dir: Path) -> list[Result]:
    """One combined DOCX, and one DOCX per note written the way `thanknote draft` does."""
    from thanknote import write_docx
    from thanknote.batch import plan_files, write_files

    combined_path = out_dir / "combined.docx"
    runs = iter(range(1_000_000))

    def separate() -> None:  # the real batch: atomic writes, names, clash checks
        write_files(plan_files(notes, out_dir / f"docx-separate-{next(runs)}", ["docx"]))

    combined, apart = timed([lambda: write_docx(notes, combined_path), separate], repeat)
    return [
        Result("docx combined (write_docx; target <= 1 s)", combined),
        Result(f"docx separate ({len(notes):,} files; target <= 5 s)", apart),
    ]


def _docx_peak(kind: str) -> tuple[float, float, float]:
    """In a fresh process: RSS before and at peak (MB), and traced peak (MB), of one run."""
    from thanknote import write_docx
    from thanknote.batch import plan_files, write_files

    notes = build_notes()
    out_dir = Path(tempfile.mkdtemp(prefix="thanknote-bench-docx-"))
    try:
        write_docx(notes[:1], out_dir / "warm-up.docx")
        gc.collect()
        before = max_rss_mb()
        if kind == "combined":
            traced = peak_traced_mb(lambda: write_docx(notes, out_dir / "combined.docx"))
        else:
            traced = peak_traced_mb(
                lambda: write_files(plan_files(notes, fresh(out_dir / "apart"), ["docx"]))
            )
        return before, max_rss_mb(), traced
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


def docx_memory() -> None:
    """Print each DOCX run's peak memory, measured in a fresh process of its own.

    tracemalloc misses libxml2's allocations (python-docx builds lxml trees),
    so the process's maximum RSS is reported too.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    for kind in ("combined", "separate"):
        with context.Pool(1) as pool:
            before, peak, traced = pool.apply(_docx_peak, (kind,))
        print(
            f"docx {kind} peak memory: max RSS {peak:.1f} MB (notes drafted: {before:.1f} MB, "
            f"+{peak - before:.1f} MB writing); tracemalloc {traced:.1f} MB  (target <= 150 MB)"
        )


# Report -----------------------------------------------------------------------------------------


def report(results: Sequence[Result]) -> None:
    """Print one line per result, then the combined-to-naive ratio when both exist."""
    for result in results:
        pages = f"  ({result.pages:,} pages)" if result.pages else ""
        runs = ", ".join(f"{run:.3f}" for run in result.runs)
        print(f"{result.label:<48} median {result.median:7.3f} s   runs: {runs}{pages}")
    by_label = {r.label.split(" (")[0]: r for r in results}
    if "pdf naive floor" in by_label and "pdf combined" in by_label:
        ratio = by_label["pdf combined"].median / by_label["pdf naive floor"].median
        print(f"pdf combined / naive floor: {ratio:.2f}x  (target <= 0.60x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--only", choices=["pdf", "docx"], help="time one format only")
    args = parser.parse_args(argv)

    notes = build_notes()
    print(f"{len(notes):,} notes ({INTERVIEWS} interviews x {PANEL} interviewers), card template")
    out_dir = Path(tempfile.mkdtemp(prefix="thanknote-bench-"))
    try:
        results: list[Result] = []
        if args.only in (None, "pdf"):
            results += pdf_benchmarks(notes, args.repeat, out_dir)
        if args.only in (None, "docx"):
            results += docx_benchmarks(notes, args.repeat, out_dir)
        report(results)
        if args.only in (None, "pdf"):
            print(f"pdf combined peak memory (tracemalloc): {pdf_memory(notes, out_dir):.1f} MB")
        print(f"process max RSS: {max_rss_mb():.1f} MB")
        if args.only in (None, "docx"):
            docx_memory()
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
