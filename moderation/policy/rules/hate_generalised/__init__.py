"""A vice put on a whole protected group as its habit or nature, in plain words (clause `hate`):
"X steal", "X people always want special treatment", "X are naturally bad leaders", "X have
babies to collect welfare", "X serve Rome, not America", "X don't care about Y. It's cultural."

The analysis codes most of these predicates as plain words (a verb, a noun phrase), so the
derogation shapes over the codes never see them. This rule reads each sentence as words with
every group word masked as `GRP` (as `hate_shapes` does) and a `,` wherever the text had a
clause mark, and asks for the whole sentence to open with the group as its subject:

    [opener] [all|most|the] GRP [people|folks|men|women|kids ...] [always|just|naturally ...]

followed by one predicate of a vice family (`_FAMILIES`). A crime said of the group as a bare
habit ("X steal", "X rape and kill") rejects; every other family only holds (incompetence,
dirt, disloyalty, living off welfare, entitlement, mistreating women, a group to be kept apart,
hating others, breeding, a harm laid on the group, a burden on others, a group left to fight it
out), and so does a crime when the subject is loose ("X in this town steal", "X in Juarez") or
the group is men. Two groups may share the subject ("the X and the Y should fight it out").
A predicate that is only a mild fault ("don't care about being on time") counts when the writer
puts it down to the group's nature or culture ("it's cultural", "by nature", "it's in their blood").

Passed: a negation ("X are not bad leaders", "not all X steal"), a question, a quotation,
a report or counter-speech ("people who say X steal are bigots", "my uncle thinks X steal",
"..., said no one"), a claim called a stereotype or a myth, one person or an institution as
the subject ("the X guy at work", "the X government"), "steal the show", statistics with a
source, positive or neutral traits, and groups that are not protected (the group words are
those of `lexicons/groups.tsv`).

The package: `rule` holds the rule. `finder` reads each sentence, masked by `masking`, against
the crimes (`crimes`) and the patterns of `patterns`: the English and Spanish vice families
(`families_en`, with those read only of a stand-in for a group, and `families_es`) framed by
the subject, adverbs and clause ends of `frame`. `held_up` tells the lines quoted, reported,
refuted or called a stereotype, and reads a disclaimer that introduces the claim.
"""

from __future__ import annotations

from moderation.policy.rules.hate_generalised.rule import generalised

__all__ = ["generalised"]
