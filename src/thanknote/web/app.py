"""The web application: the interview form, the drafts with their findings, the plan.

Pages are rendered on the server (Flask's Jinja, autoescaped); a little
JavaScript re-checks a draft as it is typed, draws the findings on it, and
validates the form. Everything thanknote does here goes through the same
library calls as the command line: `load_interview`'s messages, `draft`
(templates in the sandbox), `check_panel`, the writers and `plan`.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import secrets
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as BaseResponse

from thanknote import patterns as rx
from thanknote.errors import InterviewFileError, ThanknoteError
from thanknote.interviews import parse_interview_text
from thanknote.model import Finding, Interview, Note
from thanknote.web import forms
from thanknote.web.documents import FORMATS, Download, edited, notes_file, notes_zip, plan_ics
from thanknote.web.folder import TEMPLATE_SUFFIXES, Folder, PathRefusedError, version_of
from thanknote.web.guard import TOKEN_FIELD, TOKEN_HEADER, HostGuard, check_post, secure_headers
from thanknote.web.guard import token as session_token

__all__ = ["MAX_CARD_BYTES", "MAX_REQUEST_BYTES", "create_app"]

MAX_REQUEST_BYTES: Final = 2 * 1024 * 1024
"""The largest request accepted: eight long notes, or an interview file, fit many times."""
MAX_CARD_BYTES: Final = 256 * 1024
"""The largest business card file accepted (a card with a photo is about 100 KB)."""

_WRITING = threading.Lock()  # one save at a time: a version is checked and written together
_LIBRARY = threading.RLock()  # thanknote's caches are filled by one request at a time

web = Blueprint("web", __name__)


def create_app(root: Path, *, start: str | None = None) -> Flask:
    """The application for a folder (and the interview file to open first, if any).

    Raises:
        PathRefusedError: `start` is not an interview file inside `root`.
    """
    folder = Folder(root)
    if start is not None:
        folder.resolve(start)
    app = Flask("thanknote.web")
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        MAX_FORM_MEMORY_SIZE=MAX_REQUEST_BYTES,
        # A cookie of its own per server: two servers on two ports share "localhost".
        SESSION_COOKIE_NAME=f"thanknote-{secrets.token_hex(6)}",
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        JSON_SORT_KEYS=False,
    )
    app.extensions["thanknote"] = _Site(folder=folder, start=start)
    app.register_blueprint(web)
    app.after_request(secure_headers)
    app.register_error_handler(PathRefusedError, _refused)
    app.register_error_handler(HTTPException, _http_error)
    # Flask's documented way to wrap its WSGI app in middleware.
    app.wsgi_app = HostGuard(app.wsgi_app)  # type: ignore[method-assign]
    return app


@dataclass(frozen=True, slots=True)
class _Site:
    folder: Folder
    start: str | None


def _site() -> _Site:
    site: _Site = current_app.extensions["thanknote"]
    return site


@web.before_request
def _guard() -> None:
    """Refuse a POST without this session's token, or from another site."""
    session_token(session)
    if request.method != "POST":
        return
    sent = request.headers.get(TOKEN_HEADER) or request.form.get(TOKEN_FIELD)
    reason = check_post(
        session,
        sent,
        request.headers.get("Origin"),
        request.host,
        request.headers.get("Sec-Fetch-Site"),
    )
    if reason is not None:
        abort(403, description=f"Refused: {reason}.")


@web.app_context_processor
def _page_context() -> dict[str, Any]:
    return {"token": session_token(session), "token_field": TOKEN_FIELD}


def _refused(error: PathRefusedError) -> BaseResponse | tuple[str, int]:
    if request.path.startswith("/api/") or _wants_json():
        return make_response(jsonify(error=str(error)), 403)
    return render_template("error.html", title="Not a file here", message=str(error)), 403


def _http_error(error: HTTPException) -> BaseResponse | tuple[str, int]:
    message = error.description or error.name
    if error.code == 413:
        message = "That is too large to send here (the limit is 2 MB, 256 KB for a card)."
    if request.path.startswith("/api/") or (request.method == "POST" and _wants_json()):
        return make_response(jsonify(error=message), error.code or 500)
    return render_template("error.html", title=error.name, message=message), error.code or 500


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json" or request.is_json


# Files of the folder ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _File:
    """An interview file as a page sees it: its name, path, text and version."""

    name: str
    path: Path
    raw: bytes

    @property
    def version(self) -> str:
        return version_of(self.raw)

    @property
    def is_json(self) -> bool:
        return self.path.suffix.lower() == ".json"


def _file(name: str | None = None) -> _File:
    """The interview file a request names (`?file=`), read."""
    name = name if name is not None else request.args.get("file", "")
    path = _site().folder.resolve(name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        abort(404, description=f"There is no file {name!r} in this folder.")
    except IsADirectoryError:
        abort(404, description=f"{name!r} is a folder, not an interview file.")
    return _File(name, path, raw)


def _text(file: _File) -> str:
    """The file's text; its problems are raised as the loader words them."""
    try:
        return file.raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterviewFileError(
            file.name, f"not UTF-8 text (byte {file.raw[exc.start]:#04x} at offset {exc.start})"
        ) from None


def _parse(name: str, text: str, *, is_json: bool) -> dict[str, Any]:
    """A file's text as data, its syntax errors worded (and placed) as the loader does."""
    return parse_interview_text(name, text, is_json=is_json)


def _validate(name: str, data: Mapping[str, Any]) -> Interview | InterviewFileError:
    from thanknote.interviews import interview_from_dict

    try:
        with _LIBRARY:
            return interview_from_dict(data, source=name)
    except InterviewFileError as exc:
        return exc


def _interview(file: _File) -> Interview:
    """The file's interview, as `load_interview` reads it."""
    data = _parse(file.name, _text(file), is_json=file.is_json)
    result = _validate(file.name, data)
    if isinstance(result, InterviewFileError):
        raise result
    return result


def _serialise(file: _File, text: str, data: Mapping[str, Any], origins: list[int | None]) -> str:
    """The file's new text for new data: TOML edited in place, JSON written anew."""
    if file.is_json:
        return json.dumps(data, indent=2, ensure_ascii=False, default=_json_default) + "\n"
    from thanknote.editing import edit_interview_text

    return edit_interview_text(text, data, interviewers_from=origins, path=file.name)


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


class _Changed(Exception):
    """The file changed since the page was loaded."""

    def __init__(self, current: _File) -> None:
        super().__init__(current.name)
        self.current = current


def _write(file: _File, expected_version: str, new_text: str) -> None:
    """Write the file's new text, unless it changed since the page read `expected_version`.

    Raises:
        _Changed: the file on disk is not the version the page was made from.
        OutputError: it cannot be written.
    """
    from thanknote.files import write_atomic

    with _WRITING:
        current = _file(file.name)
        if current.version != expected_version:
            raise _Changed(current)
        write_atomic(file.path, new_text, force=True)


# Pages: the folder -------------------------------------------------------------------------------


@web.get("/")
def index() -> BaseResponse | str:
    """The folder's interview files, or the one file the server was started on."""
    site = _site()
    if site.start is not None and not request.args.get("all"):
        return redirect(url_for("web.drafts", file=site.start))
    files = []
    for name in site.folder.interview_files():
        try:
            interview: Interview | None = _interview(_file(name))
            problem = None
        except InterviewFileError as exc:
            interview, problem = None, _described(forms.problems_of(exc, ())[0])
        files.append({"name": name, "interview": interview, "problem": problem})
    return render_template("index.html", files=files, folder=site.folder.root)


@web.post("/new")
def new_file() -> BaseResponse | tuple[str, int]:
    """Start an interview file from the commented starter."""
    from thanknote.files import OutputError, write_atomic
    from thanknote.starter import starter_text

    name = request.form.get("name", "").strip()
    if name and not name.lower().endswith((".toml", ".json")):
        name += ".toml"
    if "/" in name or not name.lower().endswith(".toml"):
        abort(400, description="Give a file name such as acme.toml (in this folder).")
    path = _site().folder.resolve(name)
    if path.exists():
        abort(409, description=f"{name!r} already exists; open it from the list instead.")
    try:
        write_atomic(path, starter_text(), force=False)
    except OutputError as exc:
        abort(422, description=f"{name!r} cannot be written: {_bare(exc, str(path))}")
    flash(f"Started {name} from the example: replace its values with your own.")
    return redirect(url_for("web.interview", file=name))


# Pages: the interview ----------------------------------------------------------------------------


@dataclass(slots=True)
class _FormPage:
    """What the interview page shows."""

    file: _File
    text: str
    values: Mapping[str, str] | None  # None: the file cannot be read as data (text pane only)
    problems: list[forms.Problem]
    pane: str = "form"
    conflict: bool = False
    error: str | None = None


@web.get("/interview")
def interview() -> Any:
    """The interview form (or the file as text), with the loader's messages beside fields."""
    file = _file()
    page = _form_page(file)
    page.pane = "text" if request.args.get("pane") == "text" or page.values is None else "form"
    return _render_form(page)


def _form_page(file: _File) -> _FormPage:
    try:
        text = _text(file)
        data = _parse(file.name, text, is_json=file.is_json)
    except InterviewFileError as exc:
        text = file.raw.decode("utf-8", "replace")
        return _FormPage(file, text, None, forms.problems_of(exc, ()))
    values = forms.field_values(data)
    result = _validate(file.name, data)
    problems = forms.problems_of(result, values) if isinstance(result, InterviewFileError) else []
    return _FormPage(file, text, values, problems)


def _render_form(page: _FormPage, status: int = 200) -> Any:
    values = page.values or {}
    by_field: dict[str, forms.Problem] = {}
    for problem in page.problems:
        field = problem.field
        if field:
            before = by_field.get(field)
            if before is not None:  # two messages about one field: both beside it
                problem = forms.Problem(field, f"{before.message} {problem.message}")
            by_field[field] = problem
    body = render_template(
        "interview.html",
        page=page,
        text_rows=min(max(page.text.count("\n") + 3, 12), 40),
        described=_described,
        file=page.file,
        values=values,
        people=forms.numbers(values, "interviewers"),
        accomplishments=forms.numbers(values, "accomplishments"),
        fields={
            "top": forms.TOP,
            "candidate": forms.CANDIDATE,
            "interviewer": forms.INTERVIEWER,
            "accomplishment": forms.ACCOMPLISHMENT,
            "next_steps": forms.NEXT_STEPS,
        },
        by_field=by_field,
        field_id=forms.field_id,
        max_card=MAX_CARD_BYTES,
    )
    return body if status == 200 else (body, status)


@web.post("/interview/form")
def save_form() -> Any:
    """Save the form: the file's values changed in place, comments kept."""
    file = _file()
    page = _form_page(file)
    if page.values is None:
        abort(409, description="The file is not valid TOML any more; fix it as text first.")
    data, origins = forms.data_from_form(
        request.form, _parse(file.name, page.text, is_json=file.is_json)
    )
    submitted = {key: value for key, value in request.form.items() if key != TOKEN_FIELD}
    try:
        new_text = _serialise(file, page.text, data, origins)
        _write(file, request.form.get("version", ""), new_text)
    except _Changed as changed:
        return _conflict(changed.current, submitted, "form")
    except ThanknoteError as exc:
        page.values, page.error = submitted, f"Not saved: {_bare(exc, file.name)}"
        return _render_form(page, 422)
    result = _validate(file.name, data)
    flash(_saved_message(result))
    return redirect(url_for("web.interview", file=file.name, _anchor="status"))


@web.post("/interview/text")
def save_text() -> Any:
    """Save the file as typed in the text pane, once it reads as TOML (or JSON)."""
    file = _file()
    text = request.form.get("text", "").replace("\r\n", "\n")
    try:
        data = _parse(file.name, text, is_json=file.is_json)
    except InterviewFileError as exc:
        page = _FormPage(file, text, None, forms.problems_of(exc, ()), pane="text")
        page.error = "Not saved: the text does not read as TOML yet; see the line below."
        return _render_form(page, 422)
    try:
        _write(file, request.form.get("version", ""), text)
    except _Changed as changed:
        return _conflict(changed.current, {"text": text}, "text")
    except ThanknoteError as exc:
        page = _FormPage(file, text, None, [], pane="text", error=f"Not saved: {exc}")
        return _render_form(page, 422)
    flash(_saved_message(_validate(file.name, data)))
    return redirect(url_for("web.interview", file=file.name, pane="text", _anchor="status"))


def _conflict(current: _File, submitted: Mapping[str, str], pane: str) -> Any:
    """The page again with what the user typed, the file's new version and why it was not saved."""
    page = _form_page(current)
    page.pane, page.conflict = pane, True
    if pane == "text":
        page.text = submitted.get("text", page.text)
    else:
        page.values = submitted
    page.error = (
        "Not saved: the file changed since you opened this page (in another tab or program). "
        "Your changes are still here. Save again to replace the file with them, or reload "
        "the page to see the file as it is now."
    )
    return _render_form(page, 409)


def _described(problem: forms.Problem) -> str:
    """A problem as one line for people: where in the file, then what."""
    if problem.line is not None:
        column = f", column {problem.column}" if problem.column is not None else ""
        return f"line {problem.line}{column}: {problem.message}"
    return f"{problem.field}: {problem.message}" if problem.field else problem.message


def _saved_message(result: Interview | InterviewFileError) -> str:
    stamp = time.strftime("%H:%M:%S")
    if isinstance(result, InterviewFileError):
        count = len(getattr(result, "problems", None) or (result,))
        return (
            f"Saved at {stamp}. The drafts need {'a problem' if count == 1 else 'the problems'} "
            "marked below fixed first."
        )
    return f"Saved at {stamp}."


def _bare(error: ThanknoteError, name: str) -> str:
    return str(error).removeprefix(f"{name}: ")


@web.post("/interview/card")
def add_card() -> Any:
    """Add the people on a business card (.vcf) as interviewers."""
    from thanknote.vcard import read_cards

    file = _file()
    upload = request.files.get("card")
    if upload is None or not upload.filename:
        abort(400, description="Choose a business card file (.vcf) to add.")
    content = upload.stream.read(MAX_CARD_BYTES + 1)
    if len(content) > MAX_CARD_BYTES:
        abort(413)
    label = rx.sub(r"[^\w.\- ]", "_", Path(upload.filename).name)[:80] or "card.vcf"
    with tempfile.TemporaryDirectory(prefix="thanknote-card-") as folder:
        card_path = Path(folder) / "card.vcf"
        card_path.write_bytes(content)
        try:
            with _LIBRARY:
                people = [card.interviewer for card in read_cards(card_path)]
        except ThanknoteError as exc:
            message = str(exc).replace(str(card_path), label)
            page = _form_page(file)
            page.error = f"The card was not added: {message}"
            return _render_form(page, 422)
    try:
        text = _text(file)
        new_text, added, skipped = _with_people(file, text, people)
        if added:
            _write(file, request.form.get("version", ""), new_text)
    except _Changed as changed:
        page = _form_page(changed.current)
        page.error = (
            "The card was not added: the file changed since you opened this page; try again."
        )
        return _render_form(page, 409)
    except ThanknoteError as exc:
        page = _form_page(file)
        page.error = f"The card was not added: {_bare(exc, file.name)}"
        return _render_form(page, 422)
    for name in added:
        flash(f"Added {name!r} from {label}.")
    for name in skipped:
        flash(f"Skipped {name!r}: already in {file.name}.")
    return redirect(url_for("web.interview", file=file.name, _anchor="status"))


def _with_people(
    file: _File, text: str, people: Sequence[Any]
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    from thanknote.editing import add_interviewers_text, interviewer_table, new_people

    if not file.is_json:
        new_text, result = add_interviewers_text(text, people, path=file.name)
        return new_text, result.added, result.skipped
    data = _parse(file.name, text, is_json=True)
    existing = data.get("interviewers", [])
    if not isinstance(existing, list):
        raise InterviewFileError(file.name, "must be a list of tables", field="interviewers")
    known = [str(p.get("name", "")) for p in existing if isinstance(p, dict)]
    added, skipped = new_people(people, known=known)
    data["interviewers"] = [*existing, *(interviewer_table(p) for p in added)]
    new_text = _serialise(file, text, data, [])
    return new_text, tuple(p.name for p in added), tuple(skipped)


@web.post("/api/validate")
def validate_form() -> Any:
    """The loader's messages for the form as it stands, placed beside their fields."""
    file = _file()
    try:
        original = _parse(file.name, _text(file), is_json=file.is_json)
    except InterviewFileError:
        original = {}
    data, _ = forms.data_from_form(request.form, original)
    result = _validate(file.name, data)
    fields = set(request.form)
    problems = forms.problems_of(result, fields) if isinstance(result, InterviewFileError) else []
    return jsonify(problems=[_problem_json(p) for p in problems], version=file.version)


@web.post("/api/validate-text")
def validate_text() -> Any:
    """The loader's messages for the file's text as typed in the text pane."""
    file = _file()
    text = request.form.get("text", "")
    try:
        data = _parse(file.name, text, is_json=file.is_json)
        result: Interview | InterviewFileError = _validate(file.name, data)
    except InterviewFileError as exc:
        result = exc
    problems = forms.problems_of(result, ()) if isinstance(result, InterviewFileError) else []
    return jsonify(problems=[_problem_json(p) for p in problems], version=file.version)


def _problem_json(problem: forms.Problem) -> dict[str, Any]:
    return {
        "field": problem.field,
        "message": problem.message,
        "line": problem.line,
        "column": problem.column,
    }


# Pages: the drafts -------------------------------------------------------------------------------


def _templates() -> dict[str, tuple[str, str]]:
    """Every template the page offers, with a short label and its description:
    the built-in ones, then the folder's own."""
    from thanknote.rendering import builtin_templates

    choices = {}
    for name, description in builtin_templates().items():
        short = rx.split(r":|,| \(", description, maxsplit=1)[0].strip()
        choices[name] = (f"{name}: {short}" if short else name, description)
    for name in _site().folder.templates():
        choices[name] = (f"{name} (yours)", "A template of your own, from this folder.")
    return choices


def _template(name: str) -> str | Path:
    """What `draft` is given for a template the page names: a built-in name, or a file."""
    from thanknote.rendering import builtin_templates

    if name in builtin_templates():
        return name
    return _site().folder.resolve(name, suffixes=TEMPLATE_SUFFIXES)


@web.get("/drafts")
def drafts() -> Any:
    """One tab per interviewer: the draft to edit, its findings drawn on it."""
    from thanknote.checks import check_panel
    from thanknote.rendering import draft

    file = _file()
    chosen = request.args.get("template", "card")
    templates = _templates()
    context: dict[str, Any] = {
        "file": file,
        "templates": templates,
        "chosen": chosen,
        "formats": FORMATS,
        "pdf": _pdf_choices(),
    }
    try:
        interview = _interview(file)
    except InterviewFileError as exc:
        problems = forms.problems_of(exc, ())
        return render_template("drafts.html", problems=problems, **context), 200
    try:
        template = _template(chosen)
        with _LIBRARY:
            notes = draft(interview, template)
            findings = check_panel(notes, interview)
    except ThanknoteError as exc:
        message = str(exc).replace(f"{_site().folder.root}/", "")  # names as the page gives them
        return render_template("drafts.html", template_error=message, **context), 200
    payload = {
        "file": file.name,
        "version": file.version,
        "template": chosen,
        "notes": [_note_json(i, note, interview) for i, note in enumerate(notes)],
        "checked": _checked_json(notes, findings),
    }
    return render_template(
        "drafts.html", interview=interview, notes=notes, payload=payload, **context
    )


def _pdf_choices() -> dict[str, Any]:
    from thanknote.writers.pdf import ENVELOPES, PAGE_SIZES

    return {"page_sizes": list(PAGE_SIZES), "envelopes": list(ENVELOPES)}


def _note_json(number: int, note: Note, interview: Interview) -> dict[str, Any]:
    from thanknote.writers import writer

    person = next(i for i, p in enumerate(interview.interviewers) if p is note.recipient)
    skip = writer("eml").skip(note)
    return {
        "number": number,
        "person": person,
        "name": note.recipient.name,
        "title": note.recipient.title,
        "text": note.text,
        "subject": note.subject,
        "no_email": skip.reason if skip else None,
        "no_address": None if note.recipient.address else "no postal address on the card",
    }


def _checked_json(notes: Sequence[Note], findings: Sequence[Sequence[Finding]]) -> dict[str, Any]:
    """Findings as the page draws them (offsets in UTF-16 units, as JavaScript counts),
    and the pairs of notes that are too similar."""
    pairs: set[tuple[int, int]] = set()
    for i, found in enumerate(findings):
        for finding in found:
            if finding.code != "too-similar":
                continue
            for j, other in enumerate(notes):
                if j != i and f"the note to {other.recipient.name}" in finding.message:
                    pairs.add((min(i, j), max(i, j)))
    return {
        "notes": [
            [_finding_json(note.text, f) for f in found]
            for note, found in zip(notes, findings, strict=True)
        ],
        "pairs": sorted(pairs),
    }


def _finding_json(text: str, finding: Finding) -> dict[str, Any]:
    def units(offset: int) -> int:
        return len(text[:offset].encode("utf-16-le")) // 2

    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "start": units(finding.start),
        "end": units(finding.end),
        "text": text[finding.start : finding.end],
        "suggestion": finding.suggestion,
    }


@web.post("/api/check")
def check_notes() -> Any:
    """Check the panel's notes as they stand in the page; the time it took is a header."""
    from thanknote.checks import check_panel

    started = time.perf_counter()
    file = _file()
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("notes"), list):
        abort(400, description="Send {template, notes: [{person, text}]} as JSON.")
    try:
        interview = _interview(file)
    except InterviewFileError as exc:
        abort(422, description=f"The interview file has a problem: {exc}")
    template = str(body.get("template") or "card")
    notes = []
    for item in body["notes"]:
        person = item.get("person") if isinstance(item, dict) else None
        text = item.get("text") if isinstance(item, dict) else None
        if not isinstance(person, int) or not 0 <= person < len(interview.interviewers):
            abort(400, description="Each note names its interviewer by number (person).")
        if not isinstance(text, str):
            abort(400, description="Each note's text is a string.")
        notes.append(
            Note(
                recipient=interview.interviewers[person],
                text=text,
                template=Path(template).stem,
                interview=interview,
            )
        )
    with _LIBRARY:
        findings = check_panel(notes, interview)
    response = jsonify(version=file.version, **_checked_json(notes, findings))
    elapsed = (time.perf_counter() - started) * 1000
    response.headers["Server-Timing"] = f"check;dur={elapsed:.2f}"
    return response


@web.post("/download")
def download() -> Any:
    """A note, or all of them, as PDF, DOCX, e-mail draft, text, or every file in a .zip."""
    from thanknote.rendering import draft

    file = _file()
    form = request.form
    try:
        interview = _interview(file)
        template = _template(form.get("template", "card"))
        with _LIBRARY:
            drafted = draft(interview, template)
        notes = edited(drafted, _edits(form.get("notes", "[]")))
        options = _pdf_options(form)
        fmt = form.get("format", "pdf")
        which = form.get("which", "all")
        if fmt in ("zip", "pdf") and which != "all":
            _no_envelope_address([notes[_number(which, len(notes))]], options)
        elif fmt in ("zip", "pdf"):
            _no_envelope_address(notes, options)
        with _LIBRARY:
            if fmt == "zip":
                result = notes_zip(notes, {"pdf": options}, file.name)
            elif fmt in FORMATS:
                chosen = notes if which == "all" else [notes[_number(which, len(notes))]]
                result = notes_file(chosen, fmt, options if fmt == "pdf" else None)
            else:
                abort(
                    400, description=f"No format {fmt!r}; choose from: {', '.join(FORMATS)}, zip."
                )
    except ThanknoteError as exc:
        abort(422, description=str(exc))
    return _send(result, inline=form.get("inline") == "1")


def _no_envelope_address(notes: Sequence[Note], options: Any) -> None:
    """Stop before writing when an envelope is asked for people without an address,
    naming them all and saying what to do on these pages."""
    if options.envelope is None:
        return
    missing = [note.recipient.name for note in notes if not note.recipient.address]
    if missing:
        names = ", ".join(repr(name) for name in dict.fromkeys(missing))
        abort(
            422,
            description=f"An envelope needs a postal address, and there is none for {names}: "
            "add it on the interview page, or choose “No envelope”.",
        )


def _edits(raw: str) -> dict[int, Mapping[str, Any]]:
    """The texts typed in the page, by note number."""
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        abort(400, description="The notes' texts did not arrive as JSON.")
    if not isinstance(items, list):
        abort(400, description="The notes' texts did not arrive as a list.")
    return {
        item["number"]: item
        for item in items
        if isinstance(item, dict) and isinstance(item.get("number"), int)
    }


def _number(value: str, count: int) -> int:
    if not value.isdigit() or int(value) >= count:
        abort(400, description=f"There is no note {value!r}.")
    return int(value)


def _pdf_options(form: Mapping[str, str]) -> Any:
    from thanknote.writers.pdf import PdfOptions

    envelope = form.get("envelope") or None
    return PdfOptions(
        page_size=form.get("page_size") or "card",
        lines=form.get("lines") == "on",
        envelope=envelope,
    )


def _send(result: Download, *, inline: bool) -> Any:
    return send_file(
        io.BytesIO(result.content),
        mimetype=result.mimetype,
        as_attachment=not inline,
        download_name=result.name,
        max_age=0,
    )


# Pages: the plan ---------------------------------------------------------------------------------


@web.get("/plan")
def plan_page() -> Any:
    """When to send each note and when to follow up, as `thanknote.plan` gives it."""
    from thanknote.planning import FOLLOW_UP_BY, format_day, plan

    file = _file()
    try:
        interview = _interview(file)
    except InterviewFileError as exc:
        return render_template("plan.html", file=file, problems=forms.problems_of(exc, ()))
    with _LIBRARY:
        made = plan(interview)
    rows = []
    for index, person in enumerate(made.people):
        status = getattr(person, "status", None)  # sent / due / overdue, where the plan has them
        rows.append(
            {
                "index": index,
                "name": person.interviewer.name,
                "note": "e-mail" if person.note == "email" else "hand-written card, posted",
                "action": "E-mail the thank-you note to"
                if person.note == "email"
                else "Post a hand-written thank-you card to",
                "by": format_day(person.note_by),
                "by_iso": person.note_by.isoformat(),
                "status": status,
                "sent": getattr(person, "sent", None),
                "follow_up": "do not follow up"
                if person.do_not_follow_up
                else FOLLOW_UP_BY.get(person.follow_up, person.follow_up),
                "reason": person.follow_up_reason,
            }
        )
    return render_template(
        "plan.html",
        file=file,
        plan=made,
        rows=rows,
        interview_day=format_day(interview.date),
        follow_up_day=format_day(made.follow_up_on),
        follow_up_overdue=getattr(made, "follow_up_overdue", None),
    )


@web.post("/plan/sent")
def mark_sent() -> Any:
    """Record that a note went out today (`sent = DATE` in the person's table)."""
    from thanknote.editing import record_sent

    file = _file()
    number = request.form.get("person", "")
    if not number.isdigit():
        abort(400, description="Say whose note went out.")
    with _WRITING:
        current = _file(file.name)
        if current.version != request.form.get("version", ""):
            flash("Not recorded: the file changed since you opened this page; here it is now.")
            return redirect(url_for("web.plan_page", file=file.name))
        try:
            (done,) = record_sent(file.path, [f"interviewers[{int(number) + 1}]"], dt.date.today())
        except ThanknoteError as exc:
            abort(422, description=str(exc))
    flash(f"Recorded: the note to {done.name} went out on {done.day.isoformat()}.")
    return redirect(url_for("web.plan_page", file=file.name))


@web.get("/plan.ics")
def plan_calendar() -> Any:
    """The plan as a calendar file to import."""
    file = _file()
    try:
        with _LIBRARY:
            result = plan_ics(_interview(file))
    except ThanknoteError as exc:
        abort(422, description=str(exc))
    return _send(result, inline=False)
