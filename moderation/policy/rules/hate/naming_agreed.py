"""Someone else's name for a group, agreed with ("They call them vermin, and they're right",
"A los X los llaman plaga y con razón"): a report the writer takes for their own, read by
`hate.derogation` when nothing else is. The same naming condemned or left alone passes ("Los
llaman plaga, y eso es racismo", "They call them vermin, which is disgusting")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.officials import RIVALS, words_regex
from moderation.policy.rules import Hit
from moderation.policy.rules.context import counter_speech, endorsed
from moderation.policy.rules.hate.guards import _hit
from moderation.policy.rules.hate.words import HOLD, STRONG

# Another's naming, in the third person: "they call", "people called them", "los llaman".
_NAMING_STEMS = ("call", "llam")
# The object pronoun of the naming: "call them", "called them", Spanish "los/las/les" before.
_OBJECT_AFTER = frozenset({"them", "em"})
_CLITICS = frozenset({"los", "las", "les"})
# A party the pronoun may stand for that is no protected group ("the cartels", "the refs"):
# a label for criminals or a team is opinion, not hate.
_OTHER_PARTY = re.compile(words_regex(RIVALS))

# The naming called right where it stands, right after it: "y con razón" ("con razón" alone is
# also "no wonder"), "con toda la razón", "and rightly so", "with good reason". Read here, not
# as a frame of the lexicon, where it would vouch for any report in the comment ("..., es que
# la gente ya no quiere esos sueldos, y con razón").
_RIGHTLY = re.compile(
    r"\s*,?\s*(?:(?:y|e)\s+con\s+(?:toda\s+la\s+|mucha\s+|justa\s+|sobrada\s+)?razon|"
    r"con\s+(?:toda\s+la|justa|sobrada)\s+razon|(?:and\s+)?(?:rightly\s+so|with\s+good\s+"
    r"reason|for\s+good\s+reason|not\s+without\s+reason))\b"
)


def naming_agreed(an: Analysis) -> list[Hit]:
    """A naming by others (a report unit of calling) whose name for its object is dehumanising
    or a slur, agreed with after it in its sentence ("y con razón", "and they're right",
    "because that's what they are"). A named group rejects as derogation does; a bare
    pronoun ("them", "los") holds, unless the comment names criminals, officials or a team
    the pronoun may stand for."""
    for k in an.by_class.get("report", ()):
        u = an.units[k]
        if not u.text.startswith(_NAMING_STEMS) or u.text.startswith(("calling", "llamar")):
            continue  # "calling X vermin is ...": the writer's naming, read by `_name_vouched`
        sentence = u.sentence
        near = [j for j in range(max(0, k - 3), min(len(an.units), k + 5))]
        near = [j for j in near if an.units[j].sentence == sentence]
        group = next((j for j in near if an.units[j].code == "G" and an.units[j].has("G")), None)
        pronoun = u.text.endswith(" them") or any(
            (j == k + 1 and an.units[j].text in _OBJECT_AFTER)
            or (j == k - 1 and an.units[j].text in _CLITICS)
            for j in near
        )
        name = next(
            (j for j in near if j > k and an.units[j].code in ("D", "S") and j <= k + 3), None
        )
        if name is None or (group is None and not pronoun):
            continue
        first = min(k, name) if group is None else min(k, group)
        last = max(name, group or name)
        agreed = any(
            j > name and an.units[j].sentence == sentence for j in an.by_class.get("endorse", ())
        ) and endorsed(an, first)
        rightly = _RIGHTLY.match(an.norm.text, an.units[max(name, group or name)].end)
        if not (agreed or rightly) or counter_speech(an, first, last):
            continue
        if group is not None:
            return [_hit(an, "hate.derogation", STRONG, first, last, "a name for the group agreed")]
        if _OTHER_PARTY.search(an.norm.text):
            continue
        return [_hit(an, "hate.derogation", HOLD, first, last, "a name for them agreed")]
    return []
