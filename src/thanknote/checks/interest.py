"""`missing-interest`: no sentence says the writer still wants the job.

A statement of interest says the writer wants the position or the role, to
join the team or company, or to contribute there, in any of the many ways
people put it. A closing formula ("I look forward to hearing from you"), the
word used otherwise ("your interest in Kafka") and negated or withdrawn
interest do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule
from thanknote.checks.text import NoteText

_ROLE = (
    r"(role|position|job|post|opening|opportunity|offer|team|company|organi[sz]ation|group|"
    r"department|mission|work you|work the team|join\w*|contribut\w*|be(?:ing)? (?:a )?part of|"
    r"becom\w* (?:a )?part of|work\w* (?:with|alongside|at|for|together|on your|on the)|"
    r"bring\w*|help\w*|mov\w* forward|next (?:step|stage|round)s?|prospect|possibility|chance|"
    r"continu\w* (?:the|our|in the|with the) (?:conversation|process|discussion)|"
    r"{company})"
)
_FEELING = (
    r"(interested|excited|enthusiastic|eager|keen\w*|thrilled|passionate|motivated|energi[sz]ed|"
    r"delighted|hopeful|inspired|fired up|committed)"
)
# "interested to learn how...", "excited by the demo": feelings about something else
_ASIDE = (
    r"\s+(?:to (?:learn|hear|see|read|find|discover|understand|know|meet|talk|discuss|watch|try)|"
    r"in (?:how|what|why|learning|hearing|seeing|your (?!team|company|organi)))"
)
_WANT = (
    r"(join|be (?:a )?part of|become (?:a )?part of|contribute|bring|work (?:with|alongside|at|for|"
    r"on|together)|help (?:the team|your team|you|build|grow|shape|scale|drive)|"
    r"help (?:\w+ ){0,2}team|build|grow|support|take on|step into|start|move forward|"
    r"continue (?:the|in the|with the) process|be considered|accept|call \S+ home|"
    r"be on (?:\w+ ){0,2}team|learn from|get (?:that|the|this) (?:chance|opportunity))"
)
_PATTERNS = (
    # "I remain very interested in the role", "excited about the opportunity to join"
    r"\b(i|i'm|i am|i've been|i have been|i remain|i was|i feel|i'd be|i would be|me|am|remain|"
    r"more|even more|all the more|very|really|truly|genuinely|deeply|highly|especially|so|"
    rf"particularly|still)\b[^.;]{{0,25}}\b{_FEELING}\b(?!{_ASIDE})[^.;]{{0,90}}\b{_ROLE}",
    # "I remain very interested." with nothing after it
    rf"\b(i|i'm|i am|remain|remains)\b[^.;]{{0,25}}\b{_FEELING}( than ever)?\s*[.!]?$",
    # "I would love to be part of the team", "I'd welcome the chance to bring..."
    r"\b(would|'d|i|really|truly|very much|genuinely)\b\s+(love|like|welcome|relish|jump at|value|"
    r"appreciate|be (?:\w+ )?(?:glad|happy|delighted|thrilled|excited|honou?red|eager|keen|proud|"
    rf"grateful|pleased))\b[^.;]{{0,60}}\bto {_WANT}\b",
    r"\b(would|'d)\s+(love|like|welcome|relish|value|jump at|leap at|embrace)\b[^.;]{0,20}"
    r"\b(the|an|this|that)\s+(chance|opportunity|offer|prospect)\b",
    # "it would be a privilege to contribute", "would be a dream to join"
    r"\b(would|'d|will) be (?:an? )?(?:\w+ )?"
    r"(privilege|honou?r|pleasure|dream|joy|delight|thrill)\b"
    rf"[^.;]{{0,20}}\bto {_WANT}\b",
    # "the role is one I very much want", "working at Acme is something I've wanted"
    r"\b(role|position|job|opportunity|team|offer|working (?:at|with|for|on)|joining|{company})\b"
    r"[^.;]{0,60}\b(?:something|one|what|the (?:role|position|job|one|place|team)|exactly what|"
    r"where)?\s*i\s+(?:\w+\s+){0,2}(want|wanted|would love|'d love|hope for|have wanted|"
    r"'ve wanted|'ve been looking for|am looking for|have been looking for|'m looking for)\b",
    # "I can't imagine a better next step than joining", "nothing would make me happier"
    r"\b(better|greater|more exciting|more meaningful) (next step|opportunity|place|fit|move)\b"
    r"[^.;]{0,40}\bthan\b",
    r"\bnothing would (make me happier|please me more|excite me more|mean more)\b",
    # "if there's a seat on that team, I'd love it to be mine"
    r"\b(seat|place|spot)\b[^.;]{0,25}\bteam\b[^.;]{0,40}\b(love|like|want|hope|mine)\b",
    # "I can see myself thriving on your team", "I'd be a great fit"
    r"\b(see|seeing|picture|picturing|imagine|imagining|envision\w*) myself\b[^.;]{0,40}"
    r"\b(team|role|position|company|working|thriving|contributing|there|growing|joining|on|at|"
    r"in|as)\b",
    r"\bi\b[^.;]{0,40}\b(would|could|will) (be|make) (a |an )?(great|good|strong|excellent|"
    r"valuable|real|natural)\s+(fit|addition|asset|match)\b",
    # "reinforced my enthusiasm for the position", "my strong interest in joining"
    r"\bmy\s+(?:\w+\s+){0,2}(interest|enthusiasm|excitement|eagerness|desire|passion|"
    rf"commitment|keenness)\b(?! rate)([^.;]{{0,60}}\b{_ROLE}|\s*[.!]?$)",
    # "joining Acme would be a great next step", "being part of your team would be a dream"
    r"\b(joining|being (?:a )?part of|working (?:with|at|for|on|alongside))\b[^.;]{0,40}"
    r"\b(would|will|is|feels|sounds|seems)\b",
    # "it would mean a lot to me to work on...", "I'd really love to work with you"
    r"\b(would|'d) mean (?:a lot|so much|a great deal|the world)\b",
    r"\bi(?:'d| would| am| 'm|'m)?\s+(?:\w+\s+){0,2}(want|love|like|hope|wish|hoping)\s+to\s+"
    r"(?:be\s+)?(work|working|join|contribute|help|build|be part|be on|learn from|grow|bring)\b",
    # "I hope to join", "I want to contribute", "eager to contribute to"
    r"\b(hope|hoping|want|wanting|wish|aim|plan|long|can't wait|cannot wait|look forward|"
    r"looking forward)\b[^.;]{0,40}\bto,?\s+(?:\w+ly,?\s+)?"
    r"(the\s+(?:possibility|opportunity|chance|prospect)\s+"
    rf"(?:of|to)\s+)?({_WANT}|joining|contributing|working (?:with|alongside|at|for|together)|"
    r"being (?:a )?part of)\b",
    # "the role is exactly what I am looking for", "feels like a great fit"
    r"\b(role|position|job|opportunity|team|{company})\b[^.;]{0,30}\b(is|feels|seems|sounds)\b"
    r"[^.;]{0,25}\b(exactly|just|perfect|great|excellent|ideal|strong|wonderful|exciting|"
    r"natural|right)\b[^.;]{0,15}\b(fit|match|what i|next step|opportunity|place)",
    r"\b(i'm|i am|i feel|i remain)\b[^.;]{0,20}\b(confident|certain|sure|convinced)\b[^.;]{0,30}"
    r"\b(i|my)\b[^.;]{0,30}\b(contribute|add value|make an impact|be an asset|thrive|help)",
    r"\b(count me in|sign me up|i'm all in)\b",
    r"\b(i|i'm|i am)\b[^.;]{0,20}\b(very much|really|truly|sincerely|still)?\s*(want|hope for|"
    r"would welcome|welcome)\b\s+(this|the|that|an?)\s+(role|position|job|opportunity|offer)",
)
_NEGATION = re.compile(r"\b(?:not|no longer|never|nor|cannot|unable|unsure)\b|n't\b")
_NOT_NEGATIONS = re.compile(
    r"\b(?:can't|cannot|can not) (?:wait|imagine|think of|overstate|stress)\b|\bnot only\b|"
    r"\bno doubt\b|\bnever been more\b|\bnothing would\b"
)
_WITHDRAWN = re.compile(
    r"\b(withdraw\w*|bow(?:ing)? out|step(?:ping)? back from|remove me from|"
    r"(?:must|have to|will|respectfully|regretfully|reluctantly) decline|"
    r"declin\w* (?:the|your|this|that) (?:[\w-]+ ){0,4}(?:offer|position|role|opportunity|"
    r"invitation)|"
    r"no longer (?:interested|pursuing|considering|available)|accepted (?:an|another) (?:offer|"
    r"position|role)|(?:decided|chosen|choose) (?:not )?to "
    r"(?:pursue|go with|accept|move on|decline)|"
    r"not (?:be )?(?:pursuing|moving forward|continuing)|(?:isn't|is not|wasn't|was not|not) "
    r"(?:quite |really )?(?:the |a )?(?:right|best|good) (?:fit|match)|"
    r"(?:don't|do not) (?:think|believe|feel)[^.;]{0,40}\b(?:role|position|job|fit|match)|"
    r"turn\w* down (?:the|your|this|that) (?:kind )?(?:offer|position|role|opportunity))"
)
# Every pattern above needs one of these words: sentences without any are skipped.
_TRIGGERS = re.compile(
    r"interest|excit|enthusias|eager|keen|thrill|passion|motivat|energi|delight|hop|inspir|mean|"
    r"myself|being part|joining|working|role|position|job|opportunit|team|offer|mine|"
    r"fired|commit|love|like|welcome|relish|jump|leap|embrace|value|appreciate|glad|happy|"
    r"honou?r|proud|grateful|pleased|privilege|pleasure|dream|joy|thrill|join|want|wish|aim|"
    r"plan|long|wait|forward|fit|match|better|greater|nothing would|seat|place|spot|see myself|"
    r"confident|certain|sure|convinced|count me|sign me|all in|asset|addition"
)
# Every withdrawal above holds one of these: a quick test before the regex.
_WITHDRAWN_WORDS = (
    "withdraw",
    "bow",
    "step",
    "remove",
    "declin",
    "no longer",
    "accepted",
    "decided",
    "chose",
    "choose",
    "not",
    "n't",
    "turn",
)
_CLAUSE_BREAK = re.compile(r",\s*(?:but|yet|although|though|however|and)\b|;|\bbut\b|\bhowever\b")


def has_interest(note: NoteText, company: str) -> bool:
    """Whether some sentence states that the writer wants the job.

    A sentence counts when it matches one of the known phrasings, or when one
    of its clauses joins a first-person wish ("I'd dearly like", "I'm keen",
    "I'd be chuffed") to the job (the role, the team, joining, the company,
    working there) without a negation.
    """
    patterns = _compiled(company)
    withdrawn = False
    interested = False
    for sentence in note.sentences:
        lower = sentence.text.lower()
        if any(word in lower for word in _WITHDRAWN_WORDS) and _WITHDRAWN.search(lower):
            withdrawn = True
            continue
        if interested:
            continue
        if _IDIOMS.search(lower) or _wish_for_the_job(lower, company):
            interested = True
            continue
        if not _TRIGGERS.search(lower):
            continue
        for match in patterns.finditer(lower):
            if not _negated(lower, match.start(), match.end()):
                interested = True
                break
    return interested and not withdrawn


# Ways of wanting something, each as people write it about a job.
_WISH = re.compile(
    r"\b(?:(?:would|'d|really|dearly|very much|truly|genuinely|also)\s+(?:love|like)|"
    r"(?:love|like) to|(?:want|wanted|wanting|hope|hoping|wish|wishing|gladly)\b|long to|"
    r"give (?:a great deal|anything|a lot|my right arm)|fingers crossed|"
    r"(?:glad|gladly|happy|delighted|thrilled|honou?red|proud|chuffed|over the moon|ready|"
    r"eager|keen|keener|excited|enthusiastic|interested|passionate|motivated|energi[sz]ed|"
    r"privilege|pleasure|dream|honou?r|happiness|joy)\b(?:\s+\w+){0,2}?\s+(?:to|about|by|for|in|on|at)\b|"
    r"(?:excited|enthusiastic|interested|keen|keener|eager)\s*[.!]?$)"
)
# What a wish must be about to be a wish for the job.
_JOB = (
    r"\b(?:role|position|job|post|opportunit\w*|offer|team|company|colleagues?|join\w*|"
    r"(?:be|being|become|becoming) (?:a )?part of|part of (?:the|your|this|that|its) \w+|"
    r"contribut\w*|work\w* (?:with|at|for|on|alongside|together)|as your|as an? "
    r"\w+ (?:here|there)|be the one|do (?:it|this|that) (?:at|here|there)|make it happen|"
    r"deliver|solv\w*|vision|mission|next (?:step|chapter|few years)|career|"
    r"be the (?:person|one|engineer|analyst|designer|colleague)|{company})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i'm|i've|i'll|me|my)\b")
# A wish about something else: "interested to learn how", "hope you have a good week".
_ASIDE_AFTER = re.compile(
    r"^\S+(?:\s+\w+){0,2}?\s+(?:to (?:hear|learn|read|see|know|find out|discuss|chat|talk|"
    r"catch up|share|answer|provide|send|meet|follow up|ask|check|let you know|thank|reach out|"
    r"touch base|say|mention|confirm|clarify|update|note|express|apologi[sz]e)|"
    r"in (?:how|what|why|learning|hearing|seeing))\b"
)
# "I hope you have a good week", "wishing you well": a hope for someone else.
_HOPE_FOR_OTHERS = re.compile(
    r"^\s*(?:that\s+)?(?:it|this|you|your|the|my|our|these|those|all|everything|we)\b"
)
_CLAUSES = re.compile(r";|,\s*(?:but|yet|although|though|however)\b|\bbut\b")
_IDIOMS = re.compile(
    r"\bwhere do i sign\b|\bhat\b[^.;]{0,20}\bin the ring\b|\b(?:the|this) (?:job|role|position)"
    r" (?:is )?for me\b|\bcount me in\b|\bsign me up\b|\bif you'll have me\b|"
    r"\bplace for me\b|\b(?:should|if) an offer\b|\b(?:accept|say yes to) an? offer\b|"
    r"\bwouldn't hesitate to (?:say yes|accept|join)\b|\b(?:role|job|position) i'?d want\b|"
    r"\bas (?:a|your) colleague\b|\b(?:offer me|an offer)\b[^.;]{0,60}\b(?:accept|say yes|jump)|"
    r"\baccept (?:it )?with (?:enthusiasm|pleasure|delight)\b|\broom for (?:one more|me|another)\b|"
    r"\bwe(?:'ll| will| can| could| might) (?:soon )?be working together\b|"
    r"\b(?:my|our) (?:first|top|number one|no\. 1) choice\b|\b(?:comes?|came) my way\b|"
    r"\bjump at (?:it|the chance|the opportunity)\b|\boffered to me\b|"
    r"\bonce i'?m on (?:the|your) team\b|\bi'?d start (?:on )?(?:monday|tomorrow|right away|"
    r"immediately|today)\b|\b(?:could|can) start\b|\b(?:be|being|ends? up being) mine\b|"
    r"\bfeels? like home\b|\bwould(?:n't| not) (?:be )?say(?:ing)? no\b|"
    r"\b(?:this|it|that)(?:'s| is) the (?:one|role|job|position) (?:i want|for me)\b|"
    r"\bhope\b[^.;]{0,30}\b(?:positive|good) (?:answer|news|outcome|response)\b|"
    r"\b(?:can't|cannot|can not) wait to (?:get started|start|begin|join|dive in|work|contribute|"
    r"be part)"
)


def _wish_for_the_job(sentence: str, company: str) -> bool:
    if not _FIRST_PERSON.search(sentence):
        return False
    job = _job_pattern(company)
    for clause in _CLAUSES.split(sentence):
        if not _FIRST_PERSON.search(clause) or not job.search(clause):
            continue
        for wish in _WISH.finditer(clause):
            if not _FIRST_PERSON.search(clause, max(0, wish.start() - 30), wish.start() + 4):
                continue  # someone else's wish: "the team hoped to decide"
            rest = clause[wish.end() :]
            if _ASIDE_AFTER.match(clause[wish.start() :]):
                continue
            if wish.group().startswith(("hop", "wish")) and _HOPE_FOR_OTHERS.match(rest):
                continue
            if _negated(clause, wish.start(), wish.end()):
                continue
            return True
    return False


def _company_names(company: str) -> str:
    """A regex alternative for the company as the lower-cased notes write it:
    its whole name or its first word."""
    name = re.escape(company.lower().replace("’", "'"))
    first = re.escape(company.lower().split()[0]) if company.split() else name
    return f"(?:{name}|{first})"


@lru_cache(maxsize=64)
def _job_pattern(company: str) -> re.Pattern[str]:
    return re.compile(_JOB.replace("{company}", _company_names(company)))


@rule("missing-interest", "error", scope="note")
def missing_interest(ctx: Context) -> Iterator[Hit]:
    """No sentence states continued interest in the job."""
    company = ctx.interview.company
    if not has_interest(ctx.text, company):
        yield Hit.on_note(
            "No sentence says you still want the position; add one near the end.",
            f"I remain very interested in the position and would welcome the opportunity to "
            f"join {company}.",
        )


def _negated(sentence: str, start: int, end: int) -> bool:
    """A negation in the same clause as the statement, before or inside it."""
    sentence = _NOT_NEGATIONS.sub(lambda m: "x" * len(m.group()), sentence)
    clause_start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, start):
        clause_start = brk.end()
    return bool(_NEGATION.search(sentence, clause_start, end))


@lru_cache(maxsize=64)
def _compiled(company: str) -> re.Pattern[str]:
    """All the known phrasings as one pattern (one scan per sentence), for this company."""
    names = _company_names(company)
    return re.compile("|".join(f"(?:{p.replace('{company}', names)})" for p in _PATTERNS))
