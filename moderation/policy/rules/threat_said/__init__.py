"""Threats and calls for violence read as grammar (clauses `hate` and `troll`).

A threat is three slots in one clause: who is to act or how the harm is wanted (the writer's
intent, "I'll", "vamos a"; a call, "someone should", "hay que", an imperative, "let's"; a wish,
"I hope", "ojalá", a jussive "que" + subjunctive; a due, "deserve", "se merecen"; a norm,
"beating them is fine"), the act (a verb of harm from a class of such verbs, with its idioms:
"teach a lesson with a bat", "darles una golpiza", "prenderles fuego", or a fate the target
suffers: "drown", "se mueran", "aparecer colgados") and the target (a protected group, the
people a pronoun stands for, the author, a commenter or someone named). Stock phrases are the
other rules' business (`troll.tsv`, `hate.violence`'s shapes); this reader sees the forms no
stock phrase holds.

`hate.violence` reads the threats whose target is a protected group, `troll.threat` the rest.
Nothing here counts when the clause is negated ("nobody deserves to be beaten"), reported or
quoted to be condemned, a punishment through the courts, self-defence, a sports result or a
figure of speech ("this bill will kill small farms", "me muero de risa", "killed it on stage").

The acts (`acts_en`, `acts_es`) are built with `forms`, which gathers the gate's triggers as it
builds them; `moods` holds who acts, `shapes` the sentence shapes per language, `targets` whom a
threat is aimed at, `guards` the readings that are no threat, and `reading` reads a comment
(`read`, `hits`). Not a rule module: `hate.violence` and `troll.threat` ask it.
"""

from __future__ import annotations

from moderation.policy.rules.threat_said.guards import in_game, in_play, team_beaten
from moderation.policy.rules.threat_said.named import character_named, character_object
from moderation.policy.rules.threat_said.reading import Threat, hits, read

__all__ = [
    "Threat",
    "character_named",
    "character_object",
    "hits",
    "in_game",
    "in_play",
    "read",
    "team_beaten",
]
