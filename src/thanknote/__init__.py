"""Draft, check and print thank-you notes after a job interview."""

from typing import TYPE_CHECKING, Any

from thanknote.errors import InterviewFileError, TemplateError, ThanknoteError
from thanknote.interviews import load_interview
from thanknote.model import (
    Accomplishment,
    Candidate,
    Finding,
    Interview,
    Interviewer,
    NextSteps,
    Note,
)
from thanknote.names import (
    Address,
    CardName,
    formal_salutation,
    forms_of_address,
    parse_card_name,
    warm_salutation,
)
from thanknote.writers import write_docx, write_eml, write_pdf

if TYPE_CHECKING:
    from thanknote.checks import check, check_panel
    from thanknote.planning import PersonPlan, Plan, plan
    from thanknote.rendering import builtin_templates, draft, render
    from thanknote.vcard import CardFileError, interviewers_from_vcard

# The checker, the templates (Jinja), business cards and the follow-up plan are
# imported when first used, so that `import thanknote`, `thanknote draft` and
# `thanknote check` each load only what they use.
_LAZY = {
    "CardFileError": "thanknote.vcard",
    "builtin_templates": "thanknote.rendering",
    "check": "thanknote.checks",
    "check_panel": "thanknote.checks",
    "draft": "thanknote.rendering",
    "render": "thanknote.rendering",
    "PersonPlan": "thanknote.planning",
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
    "Candidate",
    "CardFileError",
    "CardName",
    "Finding",
    "Interview",
    "InterviewFileError",
    "Interviewer",
    "NextSteps",
    "Note",
    "PersonPlan",
    "Plan",
    "TemplateError",
    "ThanknoteError",
    "builtin_templates",
    "check",
    "check_panel",
    "draft",
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
