"""The speed branch's shortcuts answer as the readings they replace, and the rules behind
them still fire on sentences that need them (a shortcut that turns away too much fails here):

- the `hate.en_*` rules' opening searches, in `lexicon.skipping`'s form;
- the `hate.en_*` masked sentences, kept in the comment's memo;
- `libel.unattributed_claim`'s first test, its searches reordered and three in skipping form.
"""

import re

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import all_rules
from moderation.policy.types import Context, Submission

all_rules()  # the rule modules, imported in the registry's order

from moderation.policy.rules import hate_en_kept  # noqa: E402
from moderation.policy.rules.libel import claim  # noqa: E402
from moderation.policy.rules.libel.handles import HANDLE  # noqa: E402
from moderation.policy.rules.libel.name_spans import CAP_WORD  # noqa: E402
from moderation.policy.rules.libel.names import (  # noqa: E402
    HONORIFIC,
    NAME,
    ONE_NAME,
    OPENING_WORD,
)

# The gates as they were written before the speed branch (plain searches from "\b").
_PLAIN_GATES = {
    "_ROLE_GATE": re.compile(
        r"\b(?:kitchens?|barefoot|place|home|built|made|meant|cut out|wired|designed|suited|fit|"
        r"enough|emotional|weak|hormonal|soft|allowed)\b"
    ),
    "_HIDDEN_GATE": re.compile(
        r"\b(?:themselves|private|closed|bedroom|home|sight|closet|flaunt\w*|parad\w*|shov\w*|"
        r"push\w*|rub)\b"
    ),
    "_HABIT_GATE": re.compile(r"\b(?:always|wherever|everywhere|anywhere|every)\b"),
    "_KEPT_GATE": re.compile(r"\b(?:keep|belongs?)\b"),
    "_BAR_GATE": re.compile(r"\b(?:should|must|business)"),
    "_APART_GATE": re.compile(r"\b(?:separate|their own|special)\b"),
    "_LESSER_GATE": re.compile(r"\b(?:trust|hire|fine|ok|okay)\b"),
    "_LACKING_GATE": re.compile(
        r"\b(?:morals|morality|values|decency|shame|manners|honor|honour|integrity|hygiene|"
        r"conscience|respect|dignity|ethic|class|loyalty|scruples|civili[sz]ation|culture)\b"
    ),
}

# Our own texts: words of the gates at the start, the end, inside longer words, after
# punctuation, and none at all.
_GATE_TEXTS = [
    "home",
    "the kitchens of the old fort are a museum now",
    "homework is due friday, and the playground is closed",
    "she keeps it private.",
    "they should",
    "shoulder pain again",
    "a mustard stain on the tablecloth",
    "every morning the bus is late",
    "everyday costs keep rising",
    "wherever you go, bring water",
    "the moral of the story: culture matters",
    "unclassified files, classy move",
    "disrespectful? no, respectful",
    "the team is built different",
    "softball practice then homemade pie",
    "pushback on the budget; pushed back again",
    "rubbish bins by the curb",
    "okra in the finery shop, fine by me",
    "their owner hired a trustee",
    "",
    "   ",
    "¿dónde está la biblioteca?",
    "x" * 300 + " belong",
]


@pytest.mark.parametrize("name", sorted(_PLAIN_GATES))
@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_en_kept_gates_answer_as_the_plain_search(name, text):
    fast = getattr(hate_en_kept, name)
    plain = _PLAIN_GATES[name]
    assert bool(fast.search(text)) == bool(plain.search(text))
    folded = analyse(text, "en").norm.text if text.strip() else text
    assert bool(fast.search(folded)) == bool(plain.search(folded))


# (rule function, our own sentence it must hold or reject)
_EN_KEPT_FIRES = [
    (hate_en_kept.role, "Women just aren't built for running a fire station."),
    (hate_en_kept.hidden, "Why can't gay couples keep it to themselves instead of flaunting it?"),
    (
        hate_en_kept.habit,
        "Those families from across the border always leave a mess wherever they go.",
    ),
    (hate_en_kept.lacking, "None of those migrants have any morals."),
    (hate_en_kept.lacking, "Muslims have no decency whatsoever."),
    (hate_en_kept.shut, "Gay people must not be allowed to adopt children."),
]


@pytest.mark.parametrize(("fn", "text"), _EN_KEPT_FIRES)
def test_en_kept_rules_still_fire_behind_their_gates(fn, text):
    an = analyse(text, "en")
    hits = fn(an, Submission(text=text, lang="en"))
    assert hits and hits[0].rule.startswith("hate.en_")


@pytest.mark.parametrize(("fn", "text"), _EN_KEPT_FIRES)
def test_en_kept_masked_sentences_are_the_same_when_remembered(fn, text):
    del fn
    an = analyse(f"{text} The second sentence names no one.", "en")
    for s in range(len(an.sentences)):
        first = hate_en_kept._masked(an, s)
        assert hate_en_kept._masked(an, s) is first  # the memo answers the second time
        fresh = analyse(f"{text} The second sentence names no one.", "en")
        assert first == hate_en_kept._masked(fresh, s)  # worked out anew: the same words


def _may_name_before(an, sub) -> bool:
    """`claim._may_name_someone` as it read before the speed branch (its searches in their
    first order, plain)."""
    ctx = sub.context
    return bool(
        "title" in an.by_class
        or "@" in sub.text
        or "you" in an.prefixes
        or "eres" in an.prefixes
        or "fuis" in an.prefixes
        or ctx.participants()
        or NAME.search(sub.text)
        or HONORIFIC.search(sub.text)
        or ONE_NAME.search(sub.text)
        or OPENING_WORD.search(sub.text)
        or CAP_WORD.search(sub.text)
        or HANDLE.search(sub.text)
        or sub.text == sub.text.lower()
    )


# Our own comments: each way the first test can pass (a title, a handle, "you", a full name,
# an honorific, one name "upthread", a sentence's first word, a capitalised word, a user name
# with digits, all lower case), and comments it turns away (capitals only in acronyms or
# single letters).
_NAME_TEXTS = [
    ("Mayor Daniel Whitfield took bribes from the paving contractor last spring.", "en"),
    ("councilman ortega stole the parade money and everyone knows it.", "en"),
    ("Sr. Ramírez robó el dinero de la escuela.", "es"),
    ("Ms. Lindgren falsified the inspection reports.", "en"),
    ("Ask Marisol upthread, she saw the receipts.", "en"),
    ("You are a thief and the whole block knows it.", "en"),
    ("Eres un ladrón y todo el barrio lo sabe.", "es"),
    ("THE CITY BUDGET IS LATE AGAIN.", "en"),
    ("I think the FAA and the DOT should look at it.", "en"),
    ("Q: is the road open? A: no.", "en"),
    ("Ask lupita_garza about it, she was there.", "en"),
    ("Our neighbor Beto borrowed the ladder.", "en"),
    ("El usuario marco77 publicó la foto.", "es"),
    ("the bridge is closed until friday", "en"),
    ("I saw it at the market.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), _NAME_TEXTS)
@pytest.mark.parametrize("thread", [False, True])
def test_may_name_someone_answers_as_before(text, lang, thread):
    context = Context(article_author="Ana Ruiz") if thread else Context()
    sub = Submission(text=text, lang=lang, context=context)
    an = analyse(text, lang)
    assert claim._may_name_someone(an, sub) == _may_name_before(an, sub)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Daniel Whitfield took bribes from the paving contractor last spring.",
        "councilman ortega stole the parade money and everyone knows it.",
    ],
)
def test_unattributed_claim_still_fires_behind_its_first_test(text):
    an = analyse(text, "en")
    hits = claim.unattributed_claim(an, Submission(text=text, lang="en"))
    assert hits and hits[0].rule == "libel.unattributed_claim"
