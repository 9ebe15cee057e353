"""Who else a "they" may be: officials, forces, institutions, parties, outfits and teams, one
vocabulary for the rules that tell a protected group from a party that harsh opinion about is no
hate ("The police did nothing. They are useless."). Folded words (lower case, no accents)."""

from __future__ import annotations

from collections.abc import Iterable

from moderation.policy.lexicon import literal_alternation

# Armed and uniformed forces, in the plural as a "they" stands for them
FORCES = frozenset(
    {"police", "cops", "officers", "deputies", "agents", "ice", "border patrol", "cbp",
     "troopers", "guards", "soldiers", "troops", "feds", "sheriffs", "policias", "policia"}
)  # fmt: skip
# Office-holders in the plural, and the bodies they sit in
OFFICE_HOLDERS = frozenset(
    {"politicians", "senators", "congressmen", "lawmakers", "legislators", "commissioners",
     "councilmen", "councillors", "councilors", "officials", "administrators", "bureaucrats",
     "judges", "mayors", "governors", "candidates", "politicos", "diputados", "reps"}
)  # fmt: skip
BODIES = frozenset({"council", "congress", "administration", "government", "board"})
OFFICIALS = OFFICE_HOLDERS | BODIES
PARTIES = frozenset({"democrats", "republicans", "liberals", "conservatives", "dems", "libs"})
# Criminal outfits and their trades
OUTFITS = frozenset(
    {"cartel", "cartels", "gangs", "gangsters", "smugglers", "traffickers", "narcos",
     "carteles", "sicarios", "pandilleros"}
)  # fmt: skip
# Wrongdoers by their wrong: a "they" may stand for them, but the same words are what hate
# calls a people ("X are criminals"), so a rule that reads the whole comment leaves them out
CRIMINALS = frozenset(
    {"criminals", "thieves", "rapists", "criminales", "delincuentes", "rateros", "ladrones",
     "violadores"}
)  # fmt: skip
# Private powers and trades: owners, bosses, money
EMPLOYERS = frozenset(
    {"landlords", "developers", "contractors", "bankers", "executives", "ceos", "bosses",
     "managers", "employers", "lobbyists", "donors", "owners", "lawyers", "teachers",
     "board members", "duenos", "caseros", "jefes"}
)  # fmt: skip
# Teams, their players and officials, their fans; and the trolls of a thread
TEAMS = frozenset(
    {"players", "refs", "referees", "umpires", "coaches", "fans", "team", "defense",
     "arbitros", "jugadores", "equipo", "defensa", "trolls", "bots"}
)  # fmt: skip
# Every party a plural "they" may stand for instead of a protected group
RIVALS = FORCES | OFFICIALS | PARTIES | OUTFITS | CRIMINALS | EMPLOYERS | TEAMS

# Offices held by one person, and the bodies and campaigns around them: whom an insinuation
# ("funny how the contract went to ...") or a blaming ("los políticos culpan a ...") may aim at.
# "lobbies" is not among them: a people's lobbies buying the politicians is the trope itself
# ("ellos controlan a los políticos con sus lobbies ... siempre son ellos")
OFFICES = frozenset(
    {"senator", "senators", "governor", "governors", "mayor", "mayors", "sheriff", "sheriffs",
     "congress", "congressman", "congressmen", "congresswoman", "congressional", "council",
     "councils", "councilman", "councilmen", "councilwoman", "councilmember", "councillor",
     "councillors", "councilor", "councilors", "commissioner", "commissioners", "president",
     "presidents", "candidate", "candidates", "lobby", "lobbying", "lobbyist",
     "lobbyists", "donor", "donors", "campaign", "party", "administration", "legislator",
     "legislators", "legislature", "legislation", "legislative", "government", "in power",
     "senador", "senadores", "senadora", "senadoras", "gobernador", "gobernadores",
     "gobernadora", "gobernadoras", "alcalde", "alcaldes", "alcaldesa", "alcaldesas",
     "diputado", "diputados", "diputada", "diputadas", "presidente", "regidor",
     "regidores", "regidora", "regidoras", "cabildo", "congreso", "partido", "funcionario",
     "funcionarios", "funcionaria", "funcionarias", "en el poder", "gobierno"}
)  # fmt: skip
# The political class at large, who blame a group as often as they are blamed; beside an
# insinuation it is no office aimed at ("nuestros políticos lo saben y no hacen nada ... saquen
# sus conclusiones" still points at a people), so it is not among `OFFICES`
POLITICIANS = frozenset(
    {"politician", "politicians", "politico", "politicos", "officials", "governments",
     "gobiernos", "parties", "partidos", "presidentes"}
)  # fmt: skip


def words_regex(words: Iterable[str]) -> str:
    """One word of `words` as a regex source: the lexicon's trie alternation, which matches the
    longest at a position ("border patrol" before "border")."""
    return rf"\b(?:{literal_alternation(words)})\b"
