"""A group's homes located beside a weapon or a warning ("Tengo un arma y sé dónde viven los X",
"I have a gun and I know where those X live"): the menace a person gets from "I know where you
live", turned on a whole people. Also a people warned of what the writer will do to them with a
weapon ("Ya verán los X lo que les voy a hacer con mi pistola", `group_warned`); the same
warning with the ballot box ("en las urnas") names no weapon."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.literal_gate import NeedleGate
from moderation.policy.rules.context import units_in
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start

# The writer knows where they live or gather: the words before the group.
_LOCATED = re.compile(
    r"\b(?:(?:i|we) (?:know|found out|have found) (?:exactly )?where|"
    r"(?:ya )?(?:se|sabemos|conozco|conocemos) (?:exactamente |bien )?"
    r"(?:donde|en donde|por donde)) "
    r"(?:(?:viven|duermen|se juntan|se reunen|rezan|estudian|trabajan|van) )?"
)
_LIVE_AFTER = re.compile(r"\s*(?:all )?(?:live|sleep|gather|meet|pray|hang out)\b")
_GROUP_LEADS = frozenset({"the", "those", "these", "all", "all the", "los", "las", "esos", "esas",
                          "estos", "estas", "todos los", "todas las"})  # fmt: skip
# A weapon in the writer's hands or a warning of what is coming.
_MENACE = re.compile(
    r"\b(?:guns?|rifles?|pistols?|shotguns?|ammo|bullets|machetes?|gasoline|matches|"
    r"armas?|pistolas?|rifles?|escopetas?|balas|cuernos? de chivo|machetes?|gasolina|cerillos|"
    r"watch out|they'?ll see|soon enough|be ready|you'?ll see|ya veran|pronto sabran|"
    r"que se cuiden|esperen visita|van a ver)\b"
)

# Searched only when the comment's token mask holds one of its words (most hold none).
_MENACE_GATED = NeedleGate(_MENACE)


def group_located(an: Analysis) -> tuple[int, int] | None:
    """(first, last) units of a group's homes located, when the comment names a weapon or a
    warning too; the group is the subject of its "live" (English) or closes the phrase."""
    text = an.norm.text
    if not _MENACE_GATED.search(text):
        return None
    for m in _LOCATED.finditer(text):
        first, _last = units_in(an, m.start(), m.end())
        if first is None:
            continue
        k = next((u.index for u in an.units if u.start >= m.end()), None)
        while k is not None and k < len(an.units) and an.units[k].text in _GROUP_LEADS:
            k += 1
        if k is None or k >= len(an.units) or an.units[k].code not in ("G", "S"):
            continue
        g = an.units[k]
        if g.sentence != an.units[first].sentence:
            continue
        if m.group(0).startswith(("i ", "we ")) and not _LIVE_AFTER.match(text, g.end):
            continue  # "I know where the Muslims' shop is": a place, no homes
        return first, k
    return None


# "Ya verán (los X) lo que les voy a hacer", "they'll see what I'll do to them", "you X will
# see what I'll do to you": a warning of the writer's own deed; a weapon of the writer's named
# after it in the sentence.
_WARNED = re.compile(
    r"\b(?:(?:ya )?(?:veran|vereis|vais a ver|van a ver|sabran|sabreis)\b[^.!?;]{0,40}? lo que "
    r"(?:les|os) (?:voy a|vamos a|hare|haremos|hago|hacemos) (?:hacer )?|"
    r"(?:'ll|\bwill|\bare going to|\bare gonna|'re going to|'re gonna) (?:all )?see what "
    r"(?:i|we)(?: will|'ll| am going to|'m going to|'m gonna| are going to|'re going to|"
    r"'re gonna) do to (?:them|those|these|the|every|all|you)\b[^.!?;]{0,40}?)"
    r"[^.!?;]{0,30}?\b(?:with|con) (?:my|our|a|the|mi|mis|nuestra|nuestras|nuestro|un|una|el|la) "
    r"(?:own |propia |propio )?(?P<weapon>guns?|rifles?|pistols?|shotguns?|knife|knives|"
    r"machetes?|bat|armas?|pistolas?|escopetas?|cuchillos?|navajas?|bate|fierro|"
    r"cuerno de chivo)\b"
)
_WARNED_GATED = NeedleGate(re.compile(r"\b(?:veran|vereis|ver|sabran|sabreis|see)\b"))
# A bat in a game ("with the bat in the final", "con el bate en la final"): a batting side's
# boast, not a beating.
_BAT_GAME = re.compile(
    r"\b(?:final|finals|semifinals?|game|games|match|inning|innings|series|playoffs?|season|"
    r"tournament|league|world cup|home runs?|at bat|batting|pitch(?:er|ers|ing)?|score|"
    r"partido|juego|entradas?|serie|campeonato|torneo|liga|clasico|temporada|mundial|jonron\w*|"
    r"cuadrangular\w*|bateo|pitcher|marcador|\d+\s*(?:-|a|to)\s*\d+)\b"
)
# Food or cooking after a knife ("con mi cuchillo: ¡la mejor pasta de su vida!", "con el
# cuchillo nuevo: tacos al pastor"): a cook's boast, not a stabbing.
_COOKED = re.compile(
    r"\b(?:cook\w*|chef|kitchen|recipe|dinner|lunch|breakfast|meal|food|feast|dish|pasta|"
    r"carbonara|lasagn[ae]|pizza|tacos?|steak|roast|bbq|barbecue|grill\w*|sushi|curry|salad|"
    r"stew|soup|sauce|onions?|garlic|veggies|vegetables|brisket|burgers?|delicious|tasty|"
    r"cocin\w*|receta|cena|comida|almuerzo|desayuno|platillo|plato|banquete|pastor|asado|"
    r"carne|parrilla|paella|tortilla|ceviche|jamon|chorizo|cebolla|ajo|salsa|sopa|guiso|"
    r"verduras?|ensalada|pastel|rico|rica|delicios[oa]|sabros[oa]|chuleta|bistec|birria)\b"
)


def _playful_weapon(an: Analysis, m: re.Match) -> bool:
    """The warning's weapon is a bat at a game or a knife at the stove: a bat with a game word
    in the sentence, a knife with food or cooking after it."""
    text = an.norm.text
    weapon = m.group("weapon")
    if weapon in ("bat", "bate"):
        lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
        return bool(_BAT_GAME.search(text, lo, hi))
    if weapon in ("knife", "knives", "cuchillo", "cuchillos"):
        return bool(_COOKED.search(text, m.end()))
    return False


def group_warned(an: Analysis) -> tuple[int, int] | None:
    """(first, last) units of a people warned of the writer's deed with a weapon, the people
    named between the warning and the deed ("ya verán los X lo que les voy a hacer con ...")
    or right before the warning ("Los X ya verán ...", "You X will see ..."); a bat at a game
    or a knife at the stove is none (`_playful_weapon`)."""
    text = an.norm.text
    if not _WARNED_GATED.search(text):
        return None
    for m in _WARNED.finditer(text):
        first, last = units_in(an, m.start(), m.end())
        if first is None or last is None or _playful_weapon(an, m):
            continue
        before = [
            u for u in an.units[max(0, first - 3) : first] if u.sentence == an.units[first].sentence
        ]
        inside = an.units[first : last + 1]
        if any(u.code in ("G", "S") for u in inside) or any(u.code == "G" for u in before):
            return first, last
    return None
