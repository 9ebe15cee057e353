"""Kindness or respect stated for a group, beside the rights `rights_stated` reads: the group
opens its sentence and is said to deserve a good ("Disabled people deserve respect", "Los
migrantes merecen apoyo"), to be welcome ("Refugees are welcome here"), or to be spared a
burden ("Black parents shouldn't have to teach their kids how to survive a traffic stop"); or
the writer's "we" offers the group a kindness ("We should invite the Somali families to
dinner", "Hay que ayudar a los haitianos que llegan"). `defence_frame` reads such a comment,
with no hostile word anywhere in it, as a defence, so the models (which see "disabled" or
"trans" beside a verb) leave it to the rules.

Sarcasm takes the kindness back in the words after it ("deserve respect... from a distance",
"are welcome to leave", "help them pack their bags"), or with a laugh: any such word in the
rest of the comment, or a laugh anywhere, and the sentence is no defence; nor is a question
("You want to help X? ..."). "Deserve what's coming" names no good, so it never matches. A good
owed "in their own country" with no pause before it and nothing after it is owed where the
people live ("Afghan women deserve rights in their own country"), unless they are named as
people who came from elsewhere ("refugees deserve help in their own country")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_GOODS_EN = (
    r"(?:respect|dignity|rights|support|kindness|compassion|protection|love|patience|safety|"
    r"care|help|justice|a fair (?:shot|chance|hearing)|a (?:second )?chance|better)"
)
# After the group that opens the sentence.
_AFTER_GROUP_EN = re.compile(
    r"(?:\s+(?!who\b|that\b)[a-z]+){0,2}?\s+(?:(?:too|also|all|still) )?(?:(?:deserve|"
    r"deserves|merit|earned|have earned) (?:our |the same |real |basic |equal |more |some |"
    r"every )?" + _GOODS_EN + r"|(?:are|is) (?:always |very |more than |so |still )?welcome "
    r"(?:here|in|at|to (?:join|come|stay|visit|pray|worship|attend|live))|(?:should|must)"
    r"(?: not| never|n'?t) have to (?:fear|hide|worry|explain|justify|prove|teach|beg|fight|"
    r"live in fear|be afraid|apologi[sz]e|choose between|feel))\b",
    re.IGNORECASE,
)
_AFTER_GROUP_ES = re.compile(
    r"(?:\s+(?!que\b)[a-z]+){0,2}?\s+(?:(?:tambien|todos|todas) )?(?:merecen (?:nuestro |"
    r"nuestra |el mismo |la misma |todo el |todo nuestro |mas )?(?:respeto|dignidad|apoyo|"
    r"carino|compasion|proteccion|ayuda|justicia|paciencia|una (?:segunda )?oportunidad|"
    r"derechos|algo mejor)|(?:son|seran|somos) (?:siempre |muy )?bienvenid[oa]s (?:aqui|aca|"
    r"en|a (?:quedarse|vivir|trabajar))|no (?:deberian|deben) (?:tener que|vivir con) "
    r"(?:miedo|temer|esconderse|explicar|justificarse|pedir permiso|rogar))\b"
)
# Before the group: the writer's "we" (or an imperative) offers it a kindness.
_BEFORE_GROUP_EN = re.compile(
    r"(?:(?:so|and|honestly|i think|please),? )?(?:(?:we|you|everyone|everybody|"
    r"y'?all|i|let us|let's)\s+)?(?:(?:should|must|need to|ought to|can|could|have to|will|want "
    r"to|would love to|are going to|gonna)\s+)?(?:all\s+)?(?:welcome|invite|thank|help|support|"
    r"respect|protect|feed|hug|celebrate|befriend|stand with|stand up for|look out for)\s+"
    r"(?:(?:the|our|all|every|one of the|every one of the|these|those|new|local|\w+)\s+){0,3}$"
)
_BEFORE_GROUP_ES = re.compile(
    r"(?:(?:nosotros|todos|yo)\s+)?(?:(?:deberiamos|debemos|hay que|tenemos que|"
    r"vamos a|quiero|queremos|voy a)\s+)(?:ayudar|invitar|acoger|agradecer|agradecerles|"
    r"respetar|proteger|apoyar|recibir|abrazar|defender|dar la bienvenida)\s+a\s+"
    r"(?:(?:l[oa]s|nuestr[oa]s|tod[oa]s l[oa]s|es[oa]s|\w+)\s+){0,3}$"
)
# Words after the kindness that take it back or send the group away.
_TAKEN_BACK = re.compile(
    r"\.\.\.|…|\b(?:but|only|when|if|as long as|unless|until|somewhere|elsewhere|in their own|"
    r"away|far|distance|back|leave|go|gone|pack|out|off|deport\w*|pero|solo|cuando|si|siempre "
    r"que|mientras|lejos|distancia|en su pais|en sus paises|fuera|afuera|irse|largarse|regres\w*|"
    r"volver|salir|empacar|deport\w*)\b"
)
# A right or a good owed "in their own country", said straight after it with no pause, is owed
# where the people live ("Afghan women deserve rights in their own country"); said of people
# who came from elsewhere ("refugees", "migrantes") it sends them back, and stays taken back.
_HOMELAND = re.compile(
    r"\s+(?:in|en) (?:their|su|sus) (?:own |propio |propia |propios |propias )?(?:country|"
    r"countries|homeland|homelands|land|pais|paises|tierra)(?=\s*(?:[.!]|$))"
)
_CAME_FROM_ELSEWHERE = re.compile(
    r"\b(?:migra\w*|immigra\w*|inmigra\w*|emigra\w*|refugee\w*|refugiad\w*|asylum|asilad\w*|"
    r"illegals?|ilegales|aliens?|foreigners?|extranjer\w*|newcomers?|recien llegad\w*|"
    r"undocumented|indocumentad\w*|desplazad\w*|displaced)\b"
)
_LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|jk|haha\w*|jaja\w*|jeje\w*|xd)\b|/s\b|😂|🤣|😏|🙄")
_HOSTILE = frozenset("XDZSVKHWE")


def kindness_stated(an: Analysis) -> list[int]:
    """Sentences that state kindness or respect for a group (see the module), in a comment with
    no hostile word and no laugh."""
    if _HOSTILE.intersection(an.codes) or _LAUGH.search(an.norm.text):
        return []
    text = an.norm.text
    units = an.units
    after = _AFTER_GROUP_ES if an.lang == "es" else _AFTER_GROUP_EN
    before = _BEFORE_GROUP_ES if an.lang == "es" else _BEFORE_GROUP_EN
    found = []
    for base, codes in an.sentences:
        start = units[base].start
        nxt = base + len(codes)
        end = units[nxt].start if nxt < len(units) else len(text)
        if "?" in text[start:end]:
            continue  # "You want to help X? Leave them ...": a question set up to be answered
        for k in range(base, nxt):
            u = units[k]
            if u.code not in ("G", "g") or not u.has("G"):
                continue
            lead = codes[: k - base].lstrip("A") == ""
            m = after.match(text, u.end) if lead else None
            tail_from = m.end() if m else u.end
            home = _HOMELAND.match(text, tail_from) if m else None
            if home and not _CAME_FROM_ELSEWHERE.search(u.text):
                tail_from = home.end()  # "Afghan women deserve rights in their own country"
            if m is None and not before.match(text[start : u.start]):
                continue
            if _TAKEN_BACK.search(text, tail_from):
                continue
            found.append(u.sentence)
            break
    return found
