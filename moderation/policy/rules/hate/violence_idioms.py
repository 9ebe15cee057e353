"""`hate.violence` stock threats and doom idioms, either side of the group's name."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.guards import (
    _hit,
)
from moderation.policy.rules.hate.words import (
    STRONG,
)

_DET = r"(?:(?:all|todos|todas) )?(?:(?:the|those|these|los|las|esos|esas|estos|estas) )?"
# Stock ways of declaring a group open to harm, or its doom, around the group's name: the
# words before it ("open season on", "al paredón con", "malditos sean") ...
_IDIOM_BEFORE = re.compile(
    r"(?:\b(?:open|hunting) season (?:on|for|against)|\btemporada de (?:caza|cacer[ia]a) "
    r"(?:de|contra|a)|\b(?:al paredon|paredon|a la hoguera|a la horca|a la camara de gas|"
    r"a los hornos|al horno)(?: (?:con|para|a))?|\bmaldit[oa]s sean|\bmejor muert[oa]s"
    # the means of a lynching brought for the group: "bring the rope for", "traigan la soga"
    r"|\b(?:bring|get|grab|fetch|ready|sharpen|traigan|saquen|preparen|consigan|alisten) "
    r"(?:the|your|some|a|la|las|el|los|unas|unos) (?:rope|ropes|noose|nooses|torches|"
    r"pitchforks|gasoline|ammo|soga|sogas|antorchas|gasolina|mecates|balas)"
    r"(?: (?:for|para|pa|ready for))"
    # a weapon asked for to deal with the group: "give me a gun and I'll deal with"
    r"|\b(?:give me|hand me|get me|denme|dame|pasenme|consiganme) (?:a|an|un|una|my|mi) "
    r"(?:gun|rifle|weapon|bat|machete|knife|shotgun|arma|pistola|bate|cuchillo|escopeta)"
    r"(?: \w+){0,2} (?:and|y) (?:i(?:'ll| will) |yo )?(?:deal with|take care of|handle|"
    r"clean up|finish off|me encargo de|acabo con|limpio|les doy a)"
    r"|\b(?:all )?(?:you|ya) (?:all )?)"
    r" (?:\w+ )?" + _DET + r"$"
)
# ... and after it: a doom foretold or a call to execute, in the words right after the name.
_END = r"(?=\s*(?:[.!?,;:)]|$|\s(?:and|y|too|tambien)\b))"
_IDIOM_AFTER = re.compile(
    r"^(?:,? (?:are|is) (?:now |all |officially |still |totally |basically |just )?"
    r"(?:fair game|free game|legitimate targets|fair targets|free targets|open targets)\b"
    # "fair game for criticism", "... for every bigot with a truck": what they are open to is
    # named, and it is not the writer's hand; "fair game for anyone" leaves it to all
    r"(?! (?:for|to|in) (?!(?:anyone|anybody|us|me)\b))"
    r"|,? (?:son|seran|ya son) (?:un |unos )?(?:blancos? legitimos?|objetivos? legitimos?|"
    r"presa libre|presas? legitimas?)\b"
    r"|,? (?:should|must|ought to|need to|needs to|deserve to|will|are going to|gonna) (?:all )?"
    r"(?:be )?(?:lined up|strung up|put against (?:a|the) wall|put up against (?:a|the) wall)"
    r"(?: against (?:a|the) wall| and (?:shot|hanged|executed|gassed|killed)|" + _END + r")"
    r"|,? (?:will|shall|are going to|gonna|are gonna) (?:all |soon |one day |someday )?"
    r"(?:burn|hang|rot|bleed|swing|be (?:hanged|hung|gassed|exterminated|hunted(?: down)?|"
    r"wiped out|burned alive|lined up|strung up|executed|put down))(?: all| alive)?"
    r"(?:" + _END + r"| (?:in hell|like (?:the )?(?:dogs|rats|animals|vermin|pigs)|for (?:it|this|"
    r"that|what)|one by one|soon|first|together|mark my words|i promise))"
    r"|,? (?:todos |todas )?(?:moriran|arderan|se pudriran|sufriran|desapareceran|"
    r"seran (?:exterminad|fusilad|ahorcad|quemad|colgad|aniquilad|eliminad|cazad)[oa]s|"
    r"van a (?:arder|pudrirse|ser (?:exterminad|fusilad|ahorcad|quemad|colgad|cazad)[oa]s)|"
    r"se van a pudrir|(?:me |nos )?las (?:van a pagar|pagaran)|pagaran caro)"
    r"(?: todos| todas)?(?:" + _END + r"| (?:como (?:perros|ratas|cucarachas|animales|cerdos)|"
    r"uno por uno|una por una|en la hoguera|quemad[oa]s|pronto|muy pronto|ya veran|lo juro|"
    r"se los juro|te lo juro|tarde o temprano|en el infierno))"
    r"|,? (?:al paredon|a la hoguera|a la horca|a la camara de gas|a los hornos|al horno)\b"
    # their comeuppance promised: "van a recibir su merecido", "se van a enterar"
    r"|,? (?:van a recibir|recibiran|tendran|van a tener) (?:su|lo) merecido"
    + _END
    + r"|,? (?:se van a enterar|van a ver|veran) (?:de )?lo que es bueno\b"
    r"|,? (?:estarian |estan |were |are |would be )?(?:mejor muert[oa]s|better dead)"
    + _END
    + r"|,? (?:que )?maldit[oa]s sean\b)"
)
# A group that will not leave a place alive: "los X no saldrán vivos de aquí", "I will make
# sure the X never leave this town alive" (the negation is the threat, not a refusal).
_NOT_ALIVE = re.compile(
    r"^ (?:no|never|won'?t|will not|will never|nunca) (?:saldran|salen|van a salir|leave|"
    r"get out|make it out|make it home|regresaran|volveran|go home)[^.!?]{0,30}? "
    r"(?:alive|vivos|vivas|con vida)\b"
)
# "The only solution for X is a bullet", "la única solución para los X es el paredón": the
# group's fate named as a killing (both sides of the group's name must agree).
_SOLUTION_BEFORE = re.compile(
    r"\b(?:only|final|best|real|one|unica|mejor|verdadera|ultima) (?:solution|answer|cure|fix|"
    r"remedy|solucion|respuesta|cura|salida) (?:for|to|with|para|con|contra) "
    + _DET
    + r"(?:\w+ )?$"
)
_SOLUTION_AFTER = re.compile(
    r"^ (?:is|es|son|would be|seria|will be|sera) (?:a |an |the |una |un |el |la |los |las )?"
    r"(?:bullet|bullets|rope|noose|gas|gas chamber|firing squad|wall|extermination|bomb|"
    r"genocide|mass grave|bala|balas|plomo|paredon|horca|soga|exterminio|bomba|"
    r"camara de gas|fosa comun|genocidio|matarlos|matarlas|exterminarlos|exterminarlas|"
    r"kill them|kill them all|shoot them)\b"
)
# A fate feared rather than promised: a cause, a condition or a lack named in the sentence
# ("si cierran el albergue los X morirán", "without water X will die").
_FEARED = re.compile(
    r"\b(?:if|unless|without|because|when|si|sin|porque|cuando|a menos que|de (?:hambre|sed|"
    r"frio|calor)|of (?:hunger|thirst|cold|heat))\b"
)
# A copula right after "open season on X": the phrase is the subject of the sentence.
_IDIOM_SUBJECT = re.compile(
    r"\s+(?:is|was|seems|sounds|has become|becomes|es|era|fue|parece|se volvio|se ha vuelto)\b"
)
# Words that refuse the idiom inside its own span: "it's not open season on X".
_REFUSED = re.compile(r"\b(?:not|no|never|nunca|isnt|arent|ni)\b|n't\b")


def doom_idiom(an: Analysis) -> list[Hit]:
    """A group declared open to harm or doomed in stock words, either side of its name:
    "open season on X", "X are fair game", "all you X will burn", "X should be lined up",
    "los X morirán", "al paredón con los X", "malditos sean los X". The game, the season
    or the bill of other sentences names no group, so it never reaches here."""
    text = an.norm.text
    for u in an.units:
        if u.code != "G" or not u.has("G"):
            continue
        run = an.sentence_run(u.index)
        start = run[0].start
        rest = text[u.end : run[-1].end + 2]
        whole = text[start : run[-1].end]
        alive = _NOT_ALIVE.match(rest)
        solution = _SOLUTION_AFTER.match(rest)
        if (alive and not _FEARED.search(whole)) or (
            solution and _SOLUTION_BEFORE.search(text, max(start, u.start - 80), u.start)
        ):
            m = alive or solution
            lo = _SOLUTION_BEFORE.search(text, max(start, u.start - 80), u.start)
            first = next(x.index for x in run if x.end > (lo.start() if lo else u.start))
            last = max(x.index for x in run if x.start < u.end + m.end())
            if not suppressed(an, first, last, allow_negation=alive is not None):
                return [_hit(an, "hate.violence", STRONG, first, last,
                             "a group's death promised or named as the solution")]  # fmt: skip
        before = _IDIOM_BEFORE.search(text, max(start, u.start - 80), u.start)
        after = None if before else _IDIOM_AFTER.match(rest)
        if before is None and after is None:
            continue
        if before is not None:
            lo, hi = before.start(), u.end
            span = text[lo : u.start]
            if _IDIOM_SUBJECT.match(text, u.end):
                continue  # "open season on X is what they want": the phrase is talked about
            if span.lstrip().startswith(("you", "ya", "all")):
                tail = _IDIOM_AFTER.match(text[u.end : run[-1].end + 2])
                if tail is None or "fair" in tail.group() or "son" in tail.group()[:5]:
                    continue  # "all you X" needs a doom after the name
                hi = u.end + tail.end()
                span = text[lo:hi]
        else:
            lo, hi = u.start, u.end + after.end()
            span = text[u.end : hi]
            foretold = any(w in span for w in (" moriran", "sufriran", " will ", "gonna"))
            if foretold and _FEARED.search(text[start : run[-1].end]):
                continue  # "sin agua los X morirán": a fate feared, no one's hand
        if _REFUSED.search(span):
            continue
        first = next(x.index for x in run if x.end > lo)
        last = max(x.index for x in run if x.start < hi)
        if suppressed(an, first, last):
            continue
        return [_hit(an, "hate.violence", STRONG, first, last,
                     "a group declared open to harm or doomed")]  # fmt: skip
    return []
