"""Draft, check and print thank-you notes after a job interview."""

from typing import TYPE_CHECKING, Any

from thanknote.errors import (
    FieldTypeError,
    InterviewFileError,
    InvalidFieldError,
    NoteFileError,
    TemplateError,
    ThanknoteError,
    UnknownRecipientError,
)
from thanknote.files import OutputError
from thanknote.interviews import load_interview
from thanknote.model import (
    Accomplishment,
    Candidate,
    Finding,
    Interview,
    Interviewer,
    NameParts,
    NextSteps,
    Note,
    Region,
)
from thanknote.names import (
    Address,
    CardName,
    formal_salutation,
    forms_of_address,
    parse_card_name,
    warm_salutation,
)
from thanknote.writers import (
    FormatError,
    UnwritableCharacterError,
    write_docx,
    write_eml,
    write_pdf,
)

if TYPE_CHECKING:
    from thanknote.batch import BatchCheckError, NothingToWriteError
    from thanknote.checks import check, check_panel
    from thanknote.dates import DateRangeError
    from thanknote.editing import SentDateError
    from thanknote.planning import PersonPlan, Plan, plan
    from thanknote.recipients import AmbiguousRecipientError, find_recipient
    from thanknote.rendering import builtin_templates, draft, render
    from thanknote.vcard import CardFileError, interviewers_from_vcard
    from thanknote.web import ServeError
    from thanknote.web.folder import PathRefusedError
    from thanknote.writers.eml import MissingEmailError
    from thanknote.writers.pdf import (
        FontFileError,
        MissingAddressError,
        MissingGlyphError,
        PdfError,
    )

# The checker, the templates (Jinja), business cards and the follow-up plan are
# imported when first used, so that `import thanknote`, `thanknote draft` and
# `thanknote check` each load only what they use.
_LAZY = {
    "AmbiguousRecipientError": "thanknote.recipients",
    "BatchCheckError": "thanknote.batch",
    "CardFileError": "thanknote.vcard",
    "builtin_templates": "thanknote.rendering",
    "DateRangeError": "thanknote.dates",
    "find_recipient": "thanknote.recipients",
    "FontFileError": "thanknote.writers.pdf",
    "MissingAddressError": "thanknote.writers.pdf",
    "MissingEmailError": "thanknote.writers.eml",
    "MissingGlyphError": "thanknote.writers.pdf",
    "NothingToWriteError": "thanknote.batch",
    "PdfError": "thanknote.writers.pdf",
    "PathRefusedError": "thanknote.web.folder",
    "ServeError": "thanknote.web",
    "check": "thanknote.checks",
    "check_panel": "thanknote.checks",
    "draft": "thanknote.rendering",
    "render": "thanknote.rendering",
    "PersonPlan": "thanknote.planning",
    "SentDateError": "thanknote.editing",
    "Plan": "thanknote.planning",
    "interviewers_from_vcard": "thanknote.vcard",
    "plan": "thanknote.planning",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'thanknote' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "Accomplishment",
    "Address",
    "AmbiguousRecipientError",
    "BatchCheckError",
    "Candidate",
    "CardFileError",
    "CardName",
    "DateRangeError",
    "FieldTypeError",
    "Finding",
    "FontFileError",
    "FormatError",
    "Interview",
    "InterviewFileError",
    "Interviewer",
    "InvalidFieldError",
    "MissingAddressError",
    "MissingEmailError",
    "MissingGlyphError",
    "NameParts",
    "NextSteps",
    "Note",
    "NoteFileError",
    "NothingToWriteError",
    "OutputError",
    "PathRefusedError",
    "PdfError",
    "PersonPlan",
    "Plan",
    "Region",
    "SentDateError",
    "ServeError",
    "TemplateError",
    "ThanknoteError",
    "UnknownRecipientError",
    "UnwritableCharacterError",
    "builtin_templates",
    "check",
    "check_panel",
    "draft",
    "find_recipient",
    "formal_salutation",
    "forms_of_address",
    "interviewers_from_vcard",
    "load_interview",
    "parse_card_name",
    "plan",
    "render",
    "warm_salutation",
    "write_docx",
    "write_eml",
    "write_pdf",
]
__version__ = "0.1.0"
