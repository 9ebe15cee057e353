"""Context tests shared by the rules: negation, quotation, reporting frames, counter-speech.

These decide when words that look hateful are someone else's words being condemned, a
negated claim, or a report, which the policy protects.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.history_quoted import told_as_history
from moderation.policy.rules.recanted import recanted
from moderation.policy.rules.refuting import SET_AGAINST

_CONTRAST = frozenset({"but", "pero", "though", "however", "aunque", "sin embargo", "yet"})

# Thanks and praise for what someone wrote or did: with them, a crude word of banter
# ("Cabrón, qué bien explicado", "cabrón, te la rifaste, gracias") admires; "gracias por nada"
# is sarcasm and does not count.
_PRAISE = re.compile(
    r"\b(?:gracias(?! por nada)|que bien (?:explicad|dich|escrit|contad)[oa]|te la rifaste|"
    r"bien explicad[oa]|buenisim[oa]|genial|me hiciste el dia|thanks|thank you|well said|"
    # a play admired aloud: "¡Qué golazo, cabrón!", "qué atajada, cabrón"
    r"(?:que|vaya|tremendo|tremenda|pinche|pedazo de) (?:golazo|golazos|gol|jugadon|jugada|"
    r"partidazo|atajada|atajadon|chilena|tapada|remate|pase|pasezazo|canasta|clavada|jonron|"
    r"cuadrangular|ponche|bolazo|tiro|tirazo)|golazo|golazos|partidazo|jugadon|"
    r"que chingon|que chingona|que bien jugado|bien jugado|que bestia|que crack|que maquina)\b"
)


# The manner that makes a violence verb affection or a joke ("os mataremos a besos", "me
# mataste de risa", "kill them with kindness"): kisses, hugs, tickles, laughter, love, kindness.
_KIND_MANNER = re.compile(
    r"\s*(?:(?:you|u|ya|y'?all|them|him|her|me|us)\s+)?"
    r"(?:(?:a tod[oa]s|a ti|a ustedes|all|both|everyone)\s+)?"
    r"(?:a (?:besos|besitos|abrazos|cosquillas|mimos|carcajadas|piropos)"
    r"|de (?:risa|la risa|amor|ternura|carcajadas|gusto|envidia|la envidia|un susto|susto|"
    r"aburrimiento|la emocion|emocion|los nervios|nervios|la curiosidad|curiosidad)"
    r"|con (?:(?:mi|nuestra|tanta|su|pura)\s+)?(?:amabilidad|bondad|amor|carino|ternura|besos)"
    r"|with (?:(?:my|our|pure|so much|all (?:my|our))\s+)?(?:kisses|kindness|love|hugs|laughter"
    r"|tickles|compliments|cuteness|sweetness|politeness))\b"
)


def kind_manner(folded: str, end: int) -> bool:
    """The words right after a violence verb or threat ending at `end` (normalised text) make
    it affection or a joke: the killing is with kisses, laughter or kindness."""
    return bool(_KIND_MANNER.match(folded, end))


def praises(folded: str) -> bool:
    """The comment (accent-folded, lower case) thanks or praises someone."""
    return bool(_PRAISE.search(folded))


# Laughter as typed ("jajaja", "haha", "jsjs", "xD", "lol", the crying-laughing emoji).
_LAUGHTER = re.compile(
    r"\b(?:ja|je|ji|ha){2,}|\bjsj|\bxd+\b|\blol\b|\blmf?ao\b|\brofl\b|[\U0001F602\U0001F923]"
)


def laughs(an: Analysis) -> bool:
    """The comment laughs somewhere, as typed."""
    return bool(_LAUGHTER.search(an.norm.original.lower()))


def admiring_banter(an: Analysis) -> bool:
    """Laughter or praise in the comment: with them a crude word of banter ("qué cabrón,
    jajaja", "Cabrón, qué bien explicado") admires rather than insults. The troll and
    profanity rules ask the same question of their own banter words."""
    return laughs(an) or praises(an.norm.text)


# A threat made on a trivial condition between friends: a game won or lost, a party missed, a
# lateness, a spoiler ("como no ganéis os voy a matar", "if you don't come to the party I'll
# kill you"); the condition opens with "si", "como", "if" or "unless", its verb a few words on.
_TRIVIAL_IF = re.compile(
    r"\b(?:si|como|if|unless)\s+(?:[\w']+\s+){0,4}?(?:ganais|ganan|ganas|gana|ganamos|ganen|"
    r"ganeis|pierdes|perdeis|pierden|perdemos|pierdan|perdais|vienes|venis|vienen|venes|vengas|"
    r"vengais|vengan|llegas tarde|llegais tarde|llegan tarde|faltas|faltais|me invitas|"
    r"me invitais|nos invitas|me haces spoiler|me cuentas el final|me spoileas|"
    r"win|wins|lose|loses|lost|come|show up|invite me|invite us|spoil|spoiler|are late|"
    r"bail|forget my)\b"
    # gossip, news or food between friends: "si no me cuentas el chisme", "if you don't spill
    # the tea", "si te comes mi pastel", "if you eat my fries"
    r"|\b(?:si|como|if|unless)\s+(?:no\s+|you\s+(?:don'?t|do not)\s+)?(?:me\s+|nos\s+)?"
    r"(?:cuentas|cuentan|contais|dices|dicen|pasas|pasan|mandas|mandan|traes|traen|guardas|"
    r"tell me|tell us|spill|share|send me|bring me|save me|call me|text me)\s+(?:[\w']+\s+){0,3}?"
    r"(?:chisme|chismes|chismecito|cotilleo|salseo|tea|gossip|goss|details|detalles|todo|"
    r"everything|news|noticia|noticias|chisme completo|receta|recipe|fotos|pics|photos|"
    r"pastel|tarta|tacos|postre|cake|pie|fries|leftovers|sobras|galletas|cookies|what happened|"
    r"que paso|como te fue|how it went)\b"
    r"|\b(?:si|como|if)\s+(?:te\s+comes|os\s+comeis|se\s+comen|you\s+eat|you\s+ate|"
    r"te\s+acabas|you\s+finish)\s+(?:mi|mis|my|el|la|los|las|the)\s+\w+"
)
# A friend addressed by a word of endearment ("amiga", "bro", "girl"), opening or closing the
# comment or set off by commas: the threat is said to someone close.
_FRIEND_CALLED = re.compile(
    r"(?:^|[,.!¡¿?]\s*)(?:amiga|amigo|amix|amigui|mana|mano|manita|manito|hermana|hermano|"
    r"hermanita|sis|bro|bestie|girl|girlie|babe|dude|wey|guey|compa|comadre|compadre|"
    r"tia|tio|nena|nene|chama|chamo|loca|cielo|reina)(?=\s*(?:[,.!?]|$))"
)
# Menace that no joke excuses: a weapon, a home or workplace known, "not joking", the word
# "serio"; then the friendly reading does not hold.
_MENACE = re.compile(
    r"\b(?:gun|knife|bat|address|where you (?:live|work)|find you|watch your back|for real|"
    r"not (?:joking|kidding)|no joke|i mean it|seriously|pistola|cuchillo|navaja|bate|"
    r"donde vives|donde trabajas|en serio|no es broma|va en serio|ya sabemos|te encontrare|"
    r"os encontraremos|cuidate|cuidaos)\b"
)
# A game or a party named: the friends' occasion a threat of theirs is about.
_OCCASION = re.compile(
    r"\b(?:game|match|final|finals|team|party|birthday|bbq|barbecue|wedding|partido|final|"
    r"equipo|fiesta|cumple|cumpleanos|boda|carrera|torneo|liga|quiniela|porra)\b"
)


def playful_threat(an: Analysis) -> bool:
    """A threat to friends said in play: two of a trivial condition (`_TRIVIAL_IF`), laughter,
    and a game or a party named (`_OCCASION`), and nothing that menaces (`_MENACE`). "Te voy a
    matar si no vienes a la fiesta", "Como no ganéis os voy a matar jajaja" pass; "si no me
    pagas te mato", "if you come near my house again I will kill you" (a condition alone) and
    "te voy a matar, sé dónde vives" do not."""
    text = an.norm.text
    if _MENACE.search(text):
        return False
    signs = (
        bool(_TRIVIAL_IF.search(text)),
        laughs(an),
        bool(_OCCASION.search(text)),
        bool(_FRIEND_CALLED.search(text)),
    )
    return sum(signs) >= 2


_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "i am", "i'm", "am"})
_NEG_WINDOW = 3
_CLAUSE_WORDS = frozenset({"that", "que", "but", "pero", "because", "porque"})


def next_in_sentence(an: Analysis, u: Unit) -> Unit | None:
    """The unit after `u` in its sentence, or None at the sentence's end."""
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence:
        return an.units[k]
    return None


def units_in(an: Analysis, start: int, end: int) -> tuple[int | None, int]:
    """The first and last unit indexes overlapping [start, end) of the normalised text (first
    is None when no unit does): where a regex match over the text sits among the units."""
    first = None
    last = 0
    for u in an.units:
        if u.end > start and u.start < end:
            if first is None:
                first = u.index
            last = u.index
    return first, last


def endorsed(an: Analysis, first: int | None = None) -> bool:
    """The writer signals agreement or a "not racist, but" hedge: claims are their own. An
    agreement with a subject of its own in another sentence than the claim ("el artículo tiene
    razón", "la gentrificación, que es real") agrees with that subject, not with the claim."""
    units = an.units
    return any(
        not units[k].quoted
        and not _concession(an, k)
        and not _condemnation_follows(an, k)
        and not (
            first is not None
            and units[k].sentence != units[first].sentence
            and (
                _own_subject(an, k)
                or _agrees_with_condemnation(an, k)
                or _ASKED_VIEW.search(units[k].text)
            )
        )
        and not (_ASKED_VIEW.search(units[k].text) and _held_up_after(an, k, first))
        and not hedge_then_denial(an, k)
        and not _bigotry_asked(an, k)
        and not _bigotry_put_on_others(an, k)
        for k in an.by_class.get("endorse", ())
    )


def _bigotry_asked(an: Analysis, k: int) -> bool:
    """ "¿No es racismo decir que ...?", "..., ¿no es racismo?": the denial of the name opens or
    closes a question, which asks the reader to agree that it is racism; no hedge of the
    writer's."""
    u = an.units[k]
    if not u.text.startswith("no es") or not is_question(an, k):
        return False
    if k + 1 == len(an.units) or an.units[k + 1].sentence != u.sentence:
        return True  # the tag of the question: "Llamar ratas a los X, ¿no es racismo?"
    j = k - 1
    while j >= 0 and an.units[j].sentence == u.sentence and an.units[j].text in _QUESTION_OPENERS:
        j -= 1
    return j < 0 or an.units[j].sentence != u.sentence


# Who the claim is then given to, after "no es racismo": "... de quien dice que", "..., pero
# decir que ... sí lo es" (the contrast makes the saying the racism).
_OTHERS_SAY = frozenset({"quien", "quienes", "pero", "sino", "el que", "los que", "la que",
                         "las que", "la gente que"})  # fmt: skip


def _bigotry_put_on_others(an: Analysis, k: int) -> bool:
    """ "Eso no es racismo, es ignorancia de quien dice que los X son flojos", "No es racismo
    criticar al gobierno, pero decir que los X son flojos sí lo es": the denial of the name
    is about something else, and the claim after it is put in another's mouth or set against
    it. "No es racismo decir que los X son flojos" (the saying right after the denial) stays
    a hedge."""
    units = an.units
    if not units[k].text.startswith("no es"):
        return False
    for j in range(k + 2, len(units)):
        u = units[j]
        if u.sentence != units[k].sentence or u.code in ("G", "g", "S"):
            return False
        if u.has("report"):
            return units[j - 1].text in _OTHERS_SAY
    return False


# A denial of what follows ("it's not true that", "es mentira que", "es falso que").
_DENIAL = re.compile(r"\b(?:not true|a lie|a myth|falso|mentira|no es cierto|un mito)\b")


def hedge_then_denial(an: Analysis, k: int) -> bool:
    """The "not racist, but" hedge at k goes on, in its sentence and before any group or slur,
    to deny the claim ("no soy racista, pero es mentira que los X roban"): the hedge introduces
    a denial, not a claim of the writer's own."""
    units = an.units
    if not units[k].text.endswith((" but", " pero")):
        return False
    for u in units[k + 1 :]:
        if u.sentence != units[k].sentence or u.code in ("G", "g", "S"):
            return False
        if _DENIAL.search(u.text) and (u.has("condemn") or u.has("report")):
            return True
    return False


# The writer's view asked as a question ("am I the only one who thinks", "does anyone else
# think", "¿soy el único que piensa que ...?"): it vouches for its own clause, not for words
# reported in another sentence ("My uncle says X are Y. Does anyone else think that is vile?").
_ASKED_VIEW = re.compile(
    r"\b(?:only one|anyone else|anybody else|who else|unic[oa]s?|alguien mas|nadie mas|"
    r"quien mas|solo yo)\b"
)


def _held_up_after(an: Analysis, k: int, first: int | None) -> bool:
    """The asked view at k is about the claim, not the claim itself: a condemnation ("am I
    the only one who thinks it's racist to say X are ...?") or someone's words ("did anyone
    else notice the op-ed claiming X ...?") between the frame and the claim, in its
    sentence."""
    if first is None or first <= k:
        return False
    return any(
        (u.has("condemn") or u.has("report")) and u.sentence == an.units[k].sentence
        for u in an.units[k + 1 : first]
    )


def _agrees_with_condemnation(an: Analysis, k: int) -> bool:
    """The agreement closes a sentence that condemns ("dijo que eso es pecado, y tiene razón",
    "she called it racism and she's right"): it agrees with the condemnation."""
    units = an.units
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.sentence != units[k].sentence or u.text in _CONTRAST:
            return False
        if u.has("condemn"):
            return True
    return False


_AGREED_ACT = frozenset({"to", "for", "al"})


def _condemnation_follows(an: Analysis, k: int) -> bool:
    """The agreement at k is with an act ("to", "for", "al") that goes on, in its sentence and
    before any group or slur, to a condemnation ("she is right to call that racism", "tiene razón
    al decir que es racismo"): it agrees with the condemnation, not with a claim."""
    units = an.units
    if k + 1 >= len(units) or units[k + 1].text not in _AGREED_ACT:
        return False
    for u in units[k + 2 :]:
        if u.sentence != units[k].sentence or u.text in _CONTRAST or u.code in ("G", "g", "S"):
            return False
        if u.has("condemn"):
            return not _negated_unit(an, u)
    return False


# Determiners that open a noun subject of its own before an agreement ("el artículo tiene
# razón", "this article is right").
_SUBJECT_DETERMINERS = frozenset(
    {"el", "la", "los", "las", "este", "esta", "ese", "esa", "su", "tu", "mi", "the", "this",
     "that", "your", "his", "her", "my"}
)  # fmt: skip
# Nouns that stand for someone's words: agreeing with them agrees with what they said.
_WORDS_NOUNS = frozenset(
    {"comentario", "comentarios", "comment", "comments", "post", "mensaje", "tuit", "tweet",
     "que", "lo", "eso", "esto", "it", "that", "this"}
)  # fmt: skip


def _own_subject(an: Analysis, k: int) -> bool:
    """The endorsement at k says its subject is right or real: a determiner and a noun just
    before it, or a noun and "que" ("la gentrificación, que es real"), in the same sentence.
    Words of a comment ("ese comentario tiene razón", "lo que dice") do not count."""
    units = an.units
    s = units[k].sentence
    j = k - 1
    if j >= 0 and units[j].sentence == s and units[j].text == "que" and an.lang == "es":
        j -= 1  # a relative clause on the noun before it
    if j < 1 or units[j].sentence != s or units[j - 1].sentence != s:
        return False
    noun, det = units[j], units[j - 1]
    return (
        noun.code == "w"
        and noun.entry is None
        and noun.text not in _WORDS_NOUNS
        and not noun.quoted
        and det.text in _SUBJECT_DETERMINERS
    )


def _concession(an: Analysis, k: int) -> bool:
    """ "Es cierto que ..." opens a concession or the writer's own claim, which needs no
    endorsing; only "lo de que ... es verdad", said of a claim held up, endorses it."""
    u = an.units[k]
    return (
        u.text.startswith("es ")
        and k + 1 < len(an.units)
        and an.units[k + 1].text.split()[0] == "que"
    )


# "I don't think X are Y" means "X are not Y": the negation moves down into the clause.
NEG_RAISE = frozenset(
    {"do not think", "do not believe", "doubt", "i doubt", "did not think", "never thought",
     "do not consider", "would not say", "do not feel", "no creo que", "no creo", "dudo",
     "dudo que", "no pienso que", "no pienso", "no considero", "no considero que",
     "no diria que", "nunca pense que", "no me parece que", "no opino que", "nunca diria que",
     "jamas diria que", "jamas pense que", "nunca he dicho que", "nunca dije que",
     "jamas he dicho que", "no digo que", "would never say", "never said",
     "no estoy de acuerdo con que", "no estoy de acuerdo en que", "do not agree that",
     "disagree that"}
)  # fmt: skip


# Words or treatment held up as what one can do without, or refused ("se puede criticar a la
# Corte sin decir que hay que quemarla", "discutirlo sin tratar a la gente como hormigas",
# "refuse to talk about people as 'illegals' like they're objects"): refused, not said.
# Read over the folded text right before a match, in its clause.
WITHOUT_SAYING = re.compile(
    r"\b(?:sin (?:decir|pedir|gritar|desear|escribir|andar diciendo|tratar|llamar|ver|pintar|"
    r"describir|hablar de|considerar)|without (?:saying|calling(?: for)?|asking for|wishing|"
    r"shouting|writing|suggesting|treating|seeing|painting|describing|talking about)|"
    r"refuses? to (?:talk about|treat|call|describe|see|speak of)|"
    r"(?:se niegan?|nos negamos|me niego) a (?:hablar de|tratar|llamar|describir|ver))\b"
    r"(?:(?![.!?;,]|\b(?:because|since|but|so|porque|pues|pero|ya que)\b).){0,40}$"
)


def without_saying(an: Analysis, start: int) -> bool:
    """The words at folded offset `start` follow "sin decir que", "without treating ...":
    what is held up as needless is not said."""
    return bool(WITHOUT_SAYING.search(an.norm.text, max(0, start - 80), start))


def neg_raised(
    an: Analysis, first: int, *, reach: int = 4, past_groups: bool = False
) -> int | None:
    """Index of an "I don't think" / "no creo que" heading the clause of unit `first`, at most
    `reach` units back. A clause break stops the search; so does a group word, unless
    `past_groups` (an insult after its group: "no creo que los X sean ratas")."""
    sentence = an.units[first].sentence
    stops = ("B",) if past_groups else ("B", "G")
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        u = an.units[k]
        if u.sentence != sentence or u.code in stops:
            return None
        if u.text in NEG_RAISE:
            return k
    return None


def negated_before(an: Analysis, first: int) -> bool:
    """A negation shortly before the match, in the same sentence ("not all X are ...")."""
    if neg_raised(an, first) is not None:
        return True
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - _NEG_WINDOW), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in _CLAUSE_WORDS:
            break
        if _affirmed_after_break(an, k, first):
            break  # "This isn't migration anymore, it's an infestation": the denial is done
        if u.text == "ni" and k + 1 < first and an.units[k + 1].text == "modo":
            continue  # "ni modo, ...": "oh well", no negation of what follows
        if u.code == "N" or u.text in ("not", "no", "never"):
            # "Aren't X just the worst?", "Isn't it obvious that ...?", "Don't you think X
            # are ...?": rhetorical questions
            opens = k == 0 or an.units[k - 1].sentence != sentence
            if not opens and an.units[k - 1].text in _QUESTION_OPENERS:
                opens = k == 1 or an.units[k - 2].sentence != sentence
            nxt = an.units[k + 1]
            rhetorical = (
                (k >= 1 and _opens_sentence(an, k - 1))
                or (u.text in _NEG_OPENERS and opens)
                # "¿No son todos los X ...?", "¿Acaso no deberían ...?": a negative question
                # that opens with its verb expects a yes
                or (opens and u.text == "no" and nxt.code in ("C", "M"))
                # "¿No odias a los X?", "¿No te dan asco?", "¿No estaría mejor ...?": the
                # reader is asked to agree with the writer's feeling or wish
                or (
                    opens
                    and u.text == "no"
                    and (
                        nxt.code in ("H", "W")
                        or nxt.text in ("te", "os")
                        or nxt.text in _LEADING_ES  # "¿No crees que ...?"
                        or nxt.text.endswith(("ria", "rian"))
                    )
                )
            )
            return not (rhetorical and is_question(an, first))
    return _negated_list(an, first)


# The subject and copula that open an affirmative restatement after a denied clause: "They
# aren't refugees, they're an occupying army", "This isn't migration, it's an invasion".
_RESTATING = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "we"})
# Spanish drops the subject, so the restating clause may open on its copula ("no hay que
# darles ni agua, son ladrones", "eso no es protesta, es lo que son"); a pronoun may head it.
_RESTATING_ES = frozenset({"eso", "esto", "ellos", "ellas", "esos", "esas"})
_COPULAS_ES = frozenset({"es", "son", "era", "eran", "fue", "fueron", "seran"})
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _affirmed_after_break(an: Analysis, k: int, first: int) -> bool:
    """Unit `k` ends a clause (a comma, semicolon, colon or dash after it) and the clause
    after it, which holds `first`, opens with a subject and an affirmed copula ("..., it's an
    infestation", "...; they are invaders"): a negation before the break is not its own."""
    units = an.units
    if k + 2 > first + 1 or not _CLAUSE_BREAK.search(
        an.norm.text[units[k].end : units[k + 1].start]
    ):
        return False
    j = k + 1
    if units[j].text in ("but", "just", "rather", "pero", "sino"):
        j += 1
    if an.lang == "es" and j <= first and units[j].text in _COPULAS_ES:
        j -= 1  # no subject: the verb opens the clause
    elif an.lang == "es" and j < first and units[j].text in _RESTATING_ES:
        if units[j + 1].text not in _COPULAS_ES:
            return False
    else:
        if j + 1 >= len(units) or j > first:
            return False
        subject, verb = units[j], units[j + 1]
        if subject.text not in _RESTATING or verb.text not in ("is", "are", "was", "were"):
            return False
    after = units[j + 2] if j + 2 < len(units) else None
    return after is None or not (after.code == "N" or after.text in ("not", "no", "never"))


# "X are not A or B", "no son A ni B": a disjunct shares the negation before the first one
# ("... aren't cartel soldiers or violent migrants"); "not only A or B" adds, it denies nothing.
_OR_WORDS = frozenset({"or", "nor", "o", "ni", "u"})
_NOT_ONLY = frozenset({"only", "just", "merely", "solo", "solamente", "nomas", "nada mas"})


def _negated_list(an: Analysis, first: int) -> bool:
    units = an.units
    sentence = units[first].sentence
    k = first - 1
    while k >= 0 and first - k <= 8 and units[k].sentence == sentence:
        if units[k].text in _OR_WORDS:
            break
        k -= 1
    else:
        return False
    if k < 0 or units[k].text not in _OR_WORDS or units[k].sentence != sentence:
        return False
    if any(c in an.norm.text[units[k].end : units[first].start] for c in ",;:"):
        return False  # "ni votar ni trabajar, están enfermos": a new clause, said outright
    for j in range(k - 1, max(-1, k - 6), -1):
        u = units[j]
        if u.sentence != sentence or u.text in _CLAUSE_WORDS or u.code in ("G", "B"):
            return False
        if u.code == "N" or u.text in ("not", "no", "never", "nunca"):
            nxt = units[j + 1]
            if "," in an.norm.text[u.end : nxt.start]:
                return False  # "No, those are A or B": an answer, the list stands
            return nxt.text not in _NOT_ONLY and not is_question(an, first)
    return False


_QUESTION_OPENERS = frozenset({"acaso", "y", "pero", "entonces", "so", "and", "but"})
_NEG_OPENERS = frozenset({"do not", "does not", "did not", "do not you", "would not", "is not"})


def _opens_sentence(an: Analysis, k: int) -> bool:
    u = an.units[k]
    return u.code in ("C", "M", "F", "w") and (k == 0 or an.units[k - 1].sentence != u.sentence)


# How far back in its sentence a frame is looked for: a frame holds up the words that follow
# it, not a group word sixty words on, and a pasted run-on "sentence" stays linear.
FRAME_REACH = 60


def report_frame_before(an: Analysis, first: int) -> bool:
    """Someone else's words or a claim under discussion: "people who say", "the myth that"."""
    sentence = an.units[first].sentence
    k = first - 1
    while k >= max(0, first - FRAME_REACH) and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.text not in _FRAME_WORDS and (u.entry is None or "report" not in u.entry.classes):
            k -= 1  # every test below opens with one of these words or a report verb
            continue
        if u.text in _CONTRAST:
            return False  # "they think they are special, but they are ...": the writer again
        if (
            u.text in _SUBJECT_INFINITIVES
            and not _sentence_initial(an, k)
            and not _readers_reason(an, k)
            and not _bigotry_named_before(an, k)
        ):
            k -= 1
            continue  # "¿no es lógico pensar que ...?": the writer's view, not a frame
        if u.text in NEG_RAISE and (
            k == 0 or an.units[k - 1].sentence != sentence or an.units[k - 1].code in ("I", "A")
        ):
            return False  # "(I) don't think X are ...": the writer's own (negated) claim
        if (
            u.has("report")
            and k > 0
            and an.units[k - 1].code == "M"
            and not an.units[k - 1].text.startswith("que ")
            and not _refusal_after_modal(an, k)
        ):
            k -= 1
            continue  # "should be considered ...": the writer's own claim ("que alguien
            # diga que ...", someone saying it, is a frame)
        if (
            u.text == "que"
            and k > 0
            and an.units[k - 1].sentence == sentence
            and an.units[k - 1].text in _BELIEF_3P
        ):
            return True  # "hay gente que piensa que ...", "mi tío cree que ...": their view
        if u.text == "que" and said_before_speaker(an, k):
            return True  # "lo que dijo el pastor, que los X ...": the pastor's words
        if u.text == "que" and _said_with_aside(an, k):
            return True  # "el gobernador dijo en el mitin que los X ...": his words
        if heard_saying(an, k):
            return True  # "I heard him say X are ...": someone else's words, overheard
        if u.has("report") and _treatment_ordered(an, k):
            return False  # "Treat X like rats.", "we should treat X like ...": the writer's call
        if u.has("report") and _treatment_refused_before(an, k, first):
            return False  # "Stop treating X like people, they are rats": the writer's own
            # claim follows the refused treatment
        if u.has("report") and (_noun_frame_affirmed(an, k) or _subject_frame_affirmed(an, k)):
            return False  # "the theory that X ... is true", "Calling X Y is the truth": the
            # writer vouches for the claim
        if u.has("report") and naming_approved(an, k):
            k -= 1
            continue  # "There's nothing wrong with calling X Y": the writer's own name for
            # them, unless someone else says so ("he says there's nothing wrong with ...")
        if u.has("report") and not _first_person_before(an, k):
            # "Do you agree that X are ...?" with nothing condemning it is a leading question
            if u.text.startswith(("you ", "do you")) and is_question(an, first):
                return condemned_elsewhere(an, first, first)
            if (
                u.text in _LEADING_ES
                and k > 0
                and an.units[k - 1].text == "no"
                and an.units[k - 1].sentence == sentence
                and is_question(an, first)
            ):
                return condemned_elsewhere(an, first, first)  # "¿No crees que los X ...?"
            return True
        if _called_in_the_past(an, k):
            return True  # "el regidor llamó plaga a los X": the name someone gave them
        if _told_me_as_a_child(an, k):
            return True  # "when my teacher told me X are dirty I was seven": a memory
        k -= 1
    return False


# Spanish third-person past calls, read only with the accent that sets them apart from the
# writer's own present ("llamó", "calificó" against "llamo", "califico": I call).
_PAST_CALLS = frozenset({"llamo", "califico", "tildo", "tacho"})


def _called_in_the_past(an: Analysis, k: int) -> bool:
    """Unit k is a Spanish verb of calling written in the third-person past ("llamó"):
    someone else named the group so, and the writer reports it."""
    u = an.units[k]
    if an.lang != "es" or u.text not in _PAST_CALLS:
        return False
    start, end = an.norm.span(u.start, u.end)
    return an.norm.original[start:end].lower().endswith(("ó", "ò"))


# The writer's childhood named in the sentence of "told me": what a grown-up or a classmate
# told the child is remembered, not vouched for ("My teacher told me X are dirty when I was
# seven", "As a kid, a neighbor told us X ..."). "told me" alone stays the writer's claim.
_CHILDHOOD = re.compile(
    r"\b(?:(?:when )?(?:i|we) (?:was|were) (?:a (?:kid|child|boy|girl|teenager)|kids|little|young|"
    r"small|in (?:school|\w+ grade|kindergarten)|(?:five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d{1,2})(?: years old)?)|growing up|as (?:a (?:kid|child|boy|girl)|kids|children)|"
    r"in (?:elementary|middle|grade|primary) school)\b"
)


def _told_me_as_a_child(an: Analysis, k: int) -> bool:
    units = an.units
    if an.lang != "en" or units[k].text != "told" or k + 1 >= len(units):
        return False
    if units[k + 1].text not in ("me", "us") or _first_person_before(an, k):
        return False
    sentence = [u for u in units if u.sentence == units[k].sentence]
    lo, hi = sentence[0].start, sentence[-1].end
    return bool(_CHILDHOOD.search(an.norm.text, lo, hi)) and not _PROVED_RIGHT.search(an.norm.text)


# The teller vouched for afterwards ("..., and she was right"): the claim is the writer's.
_PROVED_RIGHT = re.compile(r"\b(?:was|were|is|are) (?:right|correct|not wrong|onto something)\b")


# Spanish puts the speaker after the verb in a relative frame: "lo que dijo el pastor, que los
# X son ...", "eso que dijo mi tío de que ...", "aquello que gritaban en la marcha, que ...".
# The words after the last "que" are the speaker's, held up by the writer.
_RELATIVE_HEADS = frozenset({"lo", "eso", "esto", "aquello", "aquellos"})
_SAID_ES = frozenset(
    {"dijo", "dijeron", "dice", "dicen", "decia", "decian", "ha dicho", "han dicho", "escribio",
     "escribieron", "grito", "gritaron", "gritaba", "gritaban", "publico", "publicaron",
     "afirmo", "afirmaron", "aseguro", "aseguraron", "declaro", "declararon", "repitio",
     "repitieron", "solto", "soltaron", "predico", "predicaron", "anda diciendo"}
)  # fmt: skip
_SPEAKER_REACH = 5  # units between the verb and the "que": "el pastor", "en la radio"


def _said_with_aside(an: Analysis, k: int) -> bool:
    """The "que" at k follows a third person's verb of saying with a short aside between
    ("dijo en el mitin que", "declararon ayer ante la prensa que"): a speech reported."""
    units = an.units
    s = units[k].sentence
    for j in range(k - 1, max(-1, k - 2 - _SPEAKER_REACH), -1):
        x = units[j]
        if x.sentence != s:
            return False
        if x.text in _SAID_ES:
            return (
                j < k - 1
                and not (j > 0 and units[j - 1].code == "I")
                # "ya lo decía mi padre, que era guardia civil": a relative clause after a
                # comma names the speaker; the words said come elsewhere
                and not any(c in an.norm.text[x.end : units[k].start] for c in ",;:")
            )
        if x.code not in ("A", "w") or x.text in ("que", "y", "pero"):
            return False
    return False


def said_before_speaker(an: Analysis, k: int) -> bool:
    """The "que" at k closes "lo/eso que <dijo> <speaker>(, de) que": a relative frame that
    reports what someone said, the speaker after the verb."""
    units = an.units
    s = units[k].sentence
    j = k - 1
    if j >= 0 and units[j].text == "de":
        j -= 1
    steps = 0
    while j >= 0 and units[j].sentence == s and units[j].text not in _SAID_ES:
        if units[j].code not in ("A", "w") or steps >= _SPEAKER_REACH:
            return False  # a group, a copula or a verb: not a speaker's name
        j -= 1
        steps += 1
    if j < 2 or units[j].sentence != s or units[j].text not in _SAID_ES:
        return False
    return units[j - 1].text == "que" and units[j - 2].text in _RELATIVE_HEADS


# "I heard him say", "we overheard a guy at the bar saying": a verb of hearing, a third person
# and a verb of saying report someone else's words, though the hearer is the writer.
_HEARING = frozenset({"heard", "hear", "overheard", "overhear", "listened to", "listen to"})
_SAYING = frozenset(
    {"say", "saying", "said", "says", "tell", "telling", "claim", "claiming", "yell", "yelling",
     "shout", "shouting", "scream", "screaming", "call", "calling", "chant", "chanting"}
)  # fmt: skip
_HEARD_REACH = 4  # units between them: "him", "my uncle", "a guy at the bar"


def heard_saying(an: Analysis, k: int) -> bool:
    units = an.units
    if units[k].text not in _SAYING:
        return False
    s = units[k].sentence
    for j in range(k - 2, max(-1, k - 2 - _HEARD_REACH), -1):
        if units[j].sentence != s or units[j + 1].code in ("G", "S", "I", "C"):
            return False
        if units[j].text in _HEARING:
            return True
    return False


# A verb of treating said as an order or the writer's plan ("Treat X like rats.", "Just treat
# them as vermin", "We should treat X like animals", "Let's treat ..."): nobody's conduct is
# reported, the writer calls for it. Not after a negation ("Don't treat X like rats", "Nobody
# should treat ...") or a subject of a report ("They treat X like rats in those camps").
_TREAT_VERBS = frozenset({"treat", "call", "llama"})
_ORDER_OPENERS = frozenset({"just", "please", "so", "now", "then", "and", "simply"})
_WRITER_MODALS = (
    "we ",
    "let",
    "you should",
    "you must",
    "you need",
    "you have",
    "you gotta",
    "everyone should",
    "everybody should",
    "people should",
)


def _treatment_ordered(an: Analysis, k: int) -> bool:
    if an.units[k].text not in _TREAT_VERBS:
        return False
    s = an.units[k].sentence
    j = k - 1
    while j >= 0 and an.units[j].sentence == s and an.units[j].text in _ORDER_OPENERS:
        j -= 1
    if j < 0 or an.units[j].sentence != s:
        return True  # "Treat X like ...": the bare imperative
    if "," in an.norm.text[an.units[j].end : an.units[j + 1].start]:
        return True  # "..., treat them like rats": an imperative opens the clause
    u = an.units[j]
    if u.code in ("M", "F") and u.text.startswith(_WRITER_MODALS) and "not" not in u.text:
        return j == 0 or an.units[j - 1].sentence != s
    return False


def _treatment_ordered_within(an: Analysis, first: int, last: int) -> bool:
    """A treatment ordered inside the match, after its first unit ("Stop treating X like
    people, treat them like rats"): a broad match that opens at the group inside a refusal's
    reach runs on into the writer's own order, which the refusal does not cover."""
    sentence = an.units[first].sentence
    return any(
        an.units[k].sentence == sentence and an.units[k].has("report") and _treatment_ordered(an, k)
        for k in range(first + 1, last + 1)
    )


def _treatment_refused_before(an: Analysis, k: int, first: int) -> bool:
    """A frame that refuses a treatment or a name ("stop treating", "don't call", "dejen de
    tratar a") covers its own object and simile only: a claim after a comma ("Stop treating X
    like people, they are rats", "No traten a los X como personas, son animales") is said by
    the writer."""
    u = an.units[k]
    words = u.text.split()
    if not any(w.startswith(_TREAT_STEMS) for w in words):
        return False
    before = an.units[k - 1] if k > 0 and an.units[k - 1].sentence == u.sentence else None
    if not any(w in _REFUSING for w in words) and not (
        before is not None and (before.code == "N" or before.text.split()[-1] in _REFUSING)
    ):
        return False
    return "," in an.norm.text[u.end : an.units[first].start]


def _refusal_after_modal(an: Analysis, k: int) -> bool:
    """The modal before the frame at k asks for the naming to stop or denies it ("you need
    to stop calling", "hay que dejar de llamar", "no deberías llamar", "no hay que llamar"):
    the words after it are refused, not the writer's claim ("we should call them ...")."""
    words = an.units[k].text.split()
    if words[0] in _REFUSING and any(w.startswith(_TREAT_STEMS) for w in words):
        return True
    modal = an.units[k - 1]
    if "not" in modal.text.split() or "no" in modal.text.split():
        return True
    j = k - 2
    return (
        j >= 0
        and an.units[j].sentence == modal.sentence
        and an.units[j].code == "N"
        and "," not in an.norm.text[an.units[j].end : modal.start]  # "No, we should call ..."
    )


_TREAT_STEMS = ("treat", "trat", "call", "llam", "refer", "descri", "decir", "repet", "repeat",
                "afirm", "claim", "creer")  # fmt: skip
_REFUSING = frozenset({"stop", "quit", "not", "dont", "never", "no", "deja", "dejen", "dejar",
                       "dejemos", "dejad", "basta"})  # fmt: skip


_FRAME_ARTICLES = frozenset(
    {"the", "that", "this", "these", "those", "el", "la", "los", "las", "ese", "esa", "este",
     "esta", "esos", "esas", "estos", "estas"}
)  # fmt: skip
_TRUE_WORDS = frozenset(
    {"true", "correct", "right", "real", "a fact", "fact", "cierto", "cierta", "ciertos",
     "ciertas", "verdad", "la verdad", "reales", "correcto", "correcta", "un hecho"}
)  # fmt: skip


def _noun_frame_affirmed(an: Analysis, k: int) -> bool:
    """A noun frame ("the theory that", "la idea de que") whose clause goes on to call the
    claim true ("... is true", "... es cierta"), with no negation: the frame is the subject of
    the writer's own verdict, so it reports nothing."""
    words = an.units[k].text.split()
    if words[0] not in _FRAME_ARTICLES or words[-1] not in ("that", "que"):
        return False
    return _called_true_after(an, k, lambda rest: any(x.text in _TRUE_WORDS for x in rest[:2]))


def _called_true_after(
    an: Analysis, k: int, true_after_copula: Callable[[list[Unit]], bool]
) -> bool:
    """The sentence after the frame at k reaches a copula whose rest `true_after_copula` calls
    true, with no negation before it: the writer's verdict on the framed words."""
    sentence = an.units[k].sentence
    run = [u for u in an.units[k + 1 :] if u.sentence == sentence]
    for j, u in enumerate(run):
        if u.code == "N" or u.text in _NEGATIONS:
            return False
        if u.code == "C" and true_after_copula(run[j + 1 :]):
            return True
    return False


# Words that call a naming or a saying right ("Calling X Y is just the truth", "Llamar Y a
# los X es lo correcto"), and the fillers allowed between the copula and them.
_AFFIRMING = _TRUE_WORDS | {
    "truth", "the truth", "lo correcto", "accurate", "fair", "honest", "honesto", "justo",
    "exacto", "facts", "just facts", "lo justo",
}  # fmt: skip
_AFFIRM_FILLERS = frozenset(
    {"just", "simply", "only", "merely", "plain", "solo", "simplemente", "decir", "llamar",
     "being", "ser", "telling", "the", "la", "lo", "perfectly", "totally", "completely",
     "entirely", "absolutely", "perfectamente", "totalmente", "completamente"}
)  # fmt: skip
# Frames that can stand as the subject of a sentence: a naming or a saying ("Calling ...",
# "Llamar ...", "Saying that ...", "Decir que ...").
_SUBJECT_FRAMES = frozenset(
    {"calling", "saying", "saying that", "to say", "to call", "referring to", "describing",
     "llamar", "decir", "decir que", "referirse a", "describir a", "tratar", "llamarles",
     "llamarlos", "llamarlas"}
)  # fmt: skip


def _subject_frame_affirmed(an: Analysis, k: int) -> bool:
    """A naming or saying that opens its sentence as its subject and is then called right
    with no negation ("Calling X Y is just the truth", "Llamar Y a los X es lo correcto"): the
    writer vouches for the words, so they report nothing. "..., is wrong; the truth is"
    does not count: the verdict must follow the copula."""
    if an.units[k].text not in _SUBJECT_FRAMES or not _sentence_initial(an, k):
        return False
    if _called_true_after(an, k, _affirmed):
        return True
    if not an.units[k].text.startswith(_NAMING_FRAMES):
        return False
    return _called_true_after(an, k, _approved) or _approved_after(an, k)


def _affirmed(rest: list[Unit]) -> bool:
    """After the copula, an affirming word behind fillers only ("is just the truth")."""
    for x in rest:
        if x.text in _AFFIRMING:
            return True
        if x.text not in _AFFIRM_FILLERS:
            return False
    return False


# Namings (not sayings: "Saying it would be a good thing if ... is monstrous" calls the
# saying nothing) may also be approved: "Calling X Y is fine", "... es lo correcto".
_NAMING_FRAMES = ("calling", "to call", "llamar")


def _approved(rest: list[Unit]) -> bool:
    """After the copula, a word of approval behind fillers only ("is perfectly fine")."""
    for x in rest:
        if x.code == "J" and x.text not in _NOT_APPROVAL:
            return True
        if x.text not in _AFFIRM_FILLERS:
            return False
    return False


# Words of the approval class (J) that do not call an act right: "Calling X Y is legal".
_NOT_APPROVAL = frozenset({"legal"})
# Approval that needs no copula before it ("Llamar Y a los X está bien", "... no tiene nada de
# malo").
_APPROVAL_UNITS = frozenset({"esta bien", "no tiene nada de malo", "no tiene nada malo"})


def _approved_after(an: Analysis, k: int) -> bool:
    """The naming or saying at k is followed in its sentence by an approval that stands
    without a copula, with no negation or "but" before it."""
    sentence = an.units[k].sentence
    for u in an.units[k + 1 :]:
        if u.sentence != sentence or u.text in _CONTRAST:
            return False
        if u.text in _APPROVAL_UNITS:
            return True
        if u.code == "N" or u.text in _NEGATIONS:
            return False
    return False


# An approval of the naming or saying that follows it ("There's nothing wrong with calling X
# Y", "No veo nada de malo en llamar Y a los X", "I don't see anything wrong with calling"):
# the writer vouches for the name, which reports nothing.
_APPROVAL_BEFORE = frozenset(
    {"nothing wrong with", "nada de malo en", "no hay nada de malo en", "nothing bad about",
     "no problem with", "no problem calling", "nada malo en"}
)  # fmt: skip
_ANY_WRONG = frozenset({"anything wrong with", "anything bad about", "any problem with"})
_NAMING_STEMS = ("call", "llam", "say", "decir", "refer", "describ")


def naming_vouched(an: Analysis, k: int) -> bool:
    """The naming frame at k is vouched for by the writer: it opens its sentence and is
    called right or fine after it, or an approval ("nothing wrong with") comes before it."""
    return _subject_frame_affirmed(an, k) or naming_approved(an, k)


def naming_approved(an: Analysis, k: int) -> bool:
    """The naming frame at k follows an approval of it in its sentence: "nothing wrong with
    calling", or "anything wrong with calling" after a negation ("I don't see anything wrong
    with calling"). "Is there anything wrong with calling ...?" asks and approves nothing."""
    u = an.units[k]
    if not u.text.split()[0].startswith(_NAMING_STEMS) or k == 0:
        return False
    before = an.units[k - 1]
    if before.sentence != u.sentence:
        return False
    if before.text in _APPROVAL_BEFORE:
        # Spanish negative concord: "no veo nada de malo en", "no hay nada de malo en"
        return an.lang == "es" or not _negation_in_last(an, k - 1, 3)
    if before.text in _ANY_WRONG:
        return _negation_in_last(an, k - 1, 4)
    return False


def _negation_in_last(an: Analysis, k: int, n: int) -> bool:
    """A negation among the `n` units before unit k, in k's sentence."""
    sentence = an.units[k].sentence
    return any(
        x.code == "N" or x.text in _NEGATIONS
        for x in an.units[max(0, k - n) : k]
        if x.sentence == sentence
    )


# Spanish infinitives of believing or saying that frame a claim only as the subject of the
# sentence ("Pensar que los X son ... es de ignorantes").
_SUBJECT_INFINITIVES = frozenset(
    f"{v} que"
    for v in ("pensar", "opinar", "sostener", "insinuar", "sugerir", "suponer", "asumir",
              "declarar")
)  # fmt: skip


# Prepositions that make the infinitive the reader's act ("eres un intolerante por pensar
# que ...", "te equivocas al sostener que ..."). Said of the writer ("¿me equivoco al pensar
# que ...?", "¿soy racista por pensar que ...?") it stays the writer's own view.
_REASON_PREPOSITIONS = frozenset({"por", "al", "de"})
_FIRST_PERSON_ES = frozenset({"yo", "me", "soy", "estoy", "mi", "nosotros", "somos"})


def _readers_reason(an: Analysis, k: int) -> bool:
    """The infinitive frame at k follows a preposition of reason in a sentence said to the
    reader (a second-person word before it) and not of the writer."""
    if k == 0 or an.units[k - 1].text not in _REASON_PREPOSITIONS:
        return False
    before = [u for u in an.units[: k - 1] if u.sentence == an.units[k].sentence]
    if any(u.code == "I" or u.text in _FIRST_PERSON_ES for u in before):
        return False
    return any(u.code == "U" or u.text in ("te", "tu", "eres", "estas") for u in before)


def _bigotry_named_before(an: Analysis, k: int) -> bool:
    """The infinitive frame at k comes right after the name of a bigotry it is the subject of:
    "es racismo pensar que ...", "¿no es racismo pensar que ...?" (asked, so the reader is to
    agree it is)."""
    if k == 0:
        return False
    prev = an.units[k - 1]
    if prev.sentence != an.units[k].sentence:
        return False
    if prev.has("endorse"):
        return prev.text.startswith("no es") and is_question(an, k - 1)
    return prev.has("condemn")


# The words a test of `report_frame_before` opens with (besides a unit of the "report" class):
# the walk steps over any other word at once, as the tests themselves would.
_FRAME_WORDS = (
    _CONTRAST | _SUBJECT_INFINITIVES | NEG_RAISE | _SAYING | _PAST_CALLS | {"que", "told"}
)


def _sentence_initial(an: Analysis, k: int) -> bool:
    """Unit k opens its sentence (after at most a conjunction: "y pensar que ...")."""
    s = an.units[k].sentence
    j = k - 1
    if j >= 0 and an.units[j].sentence == s and an.units[j].text in ("y", "pero", "e"):
        j -= 1
    return j < 0 or an.units[j].sentence != s


# "¿No crees que ...?", "¿No te parece que ...?": the writer's view put as a question.
# After "no" in a question the plural asks the readers too ("¿No creen que los X ...?").
_LEADING_ES = frozenset(
    {"crees que", "piensas que", "opinas que", "te parece que", "creen que", "piensan que",
     "opinan que", "les parece que", "creeis que", "pensais que", "os parece que", "dirias que",
     "dirian que"}
)  # fmt: skip


# Spanish verbs of belief in the third person: what follows "piensan que" is someone's view.
_BELIEF_3P = frozenset(
    {"piensa", "piensan", "piense", "piensen", "cree", "creen", "crea", "crean", "opina",
     "opinan", "opine", "opinen", "asegura", "aseguran", "jura", "juran"}
)  # fmt: skip


# "Is it racist to say that X are ...?", "¿Es racista decir que los X ...?", "Why is it
# sexist to think ...?": the claim held up as something one is wrongly blamed for saying. Said
# as a question without a negation (not "Isn't it racist to say ...?", "¿No es racista
# decir ...?", which expect a yes), the claim is the writer's own view. The frame is read
# back from the claim: "that"/"que", a verb of saying or thinking (a report unit, or "to" and
# a verb of noticing), the word of blame ("racist", "wrong", "está mal"), and before it only
# the copula, "it", adverbs and an opener ("why", "since when", "desde cuándo").
_BLAME_WORDS = frozenset(
    {"wrong", "bad", "hateful", "offensive", "bigoted", "a crime", "mal", "malo", "ofensivo",
     "un delito", "delito", "pecado", "un pecado", "odio", "incitar al odio"}
)  # fmt: skip
_NOTICING = frozenset(
    {"notice", "point out", "admit", "observe", "mention", "state", "suggest", "believe",
     "think", "say", "señalar que", "senalar que", "afirmar que", "notar que", "creer que",
     "admitir que", "reconocer que", "opinar que", "pensar que", "decir que"}
)  # fmt: skip
_ASK_OPENERS = frozenset(
    {"why", "so", "and", "but", "how", "since when", "since", "when", "now", "really",
     "por que", "desde cuando", "acaso", "y", "pero", "entonces", "ahora", "o sea", "de verdad",
     "en serio", "asi que", "how come", "what", "exactly", "exactamente", "honestly", "por",
     "que", "desde", "cuando"}
)  # fmt: skip
_ASK_FILLERS = frozenset({"it", "be", "really", "still", "now", "just", "actually", "ahora",
                          "de", "realmente", "tan", "so", "somehow"})  # fmt: skip


def asked_if_hateful(an: Analysis, first: int) -> int | None:
    """The index of the word of blame in a question "is it racist to say that ..." heading
    the claim at `first`, or None."""
    units = an.units
    sentence = units[first].sentence
    k = first - 1
    while k >= 0 and units[k].sentence == sentence and units[k].code == "A" and first - k < 3:
        k -= 1  # "los", "all the"
    if k >= 0 and units[k].sentence == sentence and units[k].text in ("that", "que"):
        k -= 1
    if k < 1 or units[k].sentence != sentence:
        return None
    verb = units[k]
    if not (verb.has("report") or verb.text in _NOTICING) or verb.quoted:
        return None
    k -= 1
    if units[k].text == "to" and units[k].sentence == sentence and verb.text in _NOTICING:
        k -= 1
    if k < 0 or units[k].sentence != sentence:
        return None
    blame = units[k]
    if not (blame.has("condemn") or blame.text in _BLAME_WORDS):
        return None
    inverted = False  # "is it": an English question without its mark
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.sentence != sentence:
            break
        if u.code == "N" or u.text in _NEGATIONS:
            return None  # "isn't it racist to say ...?": a yes expected, counter-speech
        if u.code == "C" and j + 1 < len(units) and units[j + 1].text == "it":
            inverted = True
        if u.code == "C" or u.text in _ASK_FILLERS or u.text in _ASK_OPENERS:
            continue
        return None  # a subject or another clause before the frame ("he asked if ...")
    if (
        an.lang == "es"
        and not any(u.code == "C" for u in units[max(0, k - 3) : k])
        and not blame.text.startswith(("esta ", "es "))
    ):
        return None  # "¿Racista decir que ...?" is an echo; the frame needs its copula
    if not (is_question(an, first) or (an.lang == "en" and inverted)):
        return None
    return k


# A "yes" that opens the next sentence ("Yes.", "Yes, it is.", "Sí, lo es.", "Of course it
# is"): the question is answered with the blame, counter-speech.
_YES_WORDS = frozenset(
    {"yes", "yeah", "yep", "yup", "si", "of course", "obviously", "absolutely", "definitely",
     "certainly", "claro", "claro que si", "por supuesto", "desde luego", "obvio", "it is",
     "yes it is", "lo es", "si lo es"}
)  # fmt: skip


# A reply that affirms the blame without the word "yes": "It is.", "It absolutely is.",
# "That's exactly what it is", "Lo es.", "Claro que lo es", "Sin duda lo es" (not "It is not").
_AFFIRMED = re.compile(
    r"^(?:(?:well|honestly|sadly|um|uh|obviously|of course|simple|pues|claro que|claro|obvio|"
    r"por supuesto que|sin duda|desde luego|si)\s+)*(?:(?:it|that|yes it|yeah it)\s+(?:\w+ly\s+|"
    r"sure\s+|very much\s+|really\s+|still\s+)?(?:is|was)|that is exactly what it is|"
    r"(?:que\s+)?lo (?:es|era)|(?:que\s+)?si lo es)(?:\s+(?:indeed|too|obviously|definitely|"
    r"absolutely|totally|racist|bigoted|hateful|wrong|racista|y mucho|claro|obvio))*$"
)


def _answered_yes(an: Analysis, first: int) -> bool:
    """The question at `first` is followed by a sentence that opens with a yes, or affirms
    the blame in a short reply ("It is.", "Lo es.")."""
    s = an.units[first].sentence + 1
    reply: list[str] = []
    for u in an.units[first + 1 :]:
        if u.sentence == s:
            if not reply and (u.text in _YES_WORDS or u.text.split()[0] in ("yes", "yeah", "si")):
                return True
            reply.append(u.text)
        elif u.sentence > s:
            break
    return 0 < len(reply) <= 6 and bool(_AFFIRMED.match(" ".join(reply)))


def _echo_question(an: Analysis, first: int) -> bool:
    """'¿Que los X son flojos?': a Spanish question that opens with a bare "que" repeats a
    claim in disbelief in order to answer it; it does not assert it."""
    if an.lang != "es" or not is_question(an, first):
        return False
    sentence = an.units[first].sentence
    k = first
    while k > 0 and an.units[k - 1].sentence == sentence:
        k -= 1
    return an.units[k].text == "que" and k < first


def _first_person_before(an: Analysis, k: int) -> bool:
    """'I say', 'we said' (the writer's own words) are no frame; 'I can't believe' is."""
    if k == 0:
        return False
    u = an.units[k - 1]
    if u.sentence != an.units[k].sentence:
        return False
    if u.text in _FIRST_PERSON or u.code == "I":
        return not an.units[k].text.startswith(("can not believe", "cannot believe"))
    return False


def all_quoted(an: Analysis, first: int, last: int) -> bool:
    return all(an.units[k].quoted for k in range(first, last + 1))


def quote_closes(an: Analysis, first: int, last: int) -> int:
    """Where the claim in the match ends: the last unit of a quoted run of two or more units
    that names a group, when the quote closes inside the match ('"All X are Y" is a lie and
    dangerous'); otherwise `last`. What follows the closing quote is the writer's word about
    the quote, even when a broad match runs on over it."""
    units = an.units
    k = first
    while k <= last:
        if not units[k].quoted:
            k += 1
            continue
        j = k
        while j + 1 <= last and units[j + 1].quoted:
            j += 1
        run = units[k : j + 1]
        if j < last and len(run) >= 2 and any(u.code in ("G", "g") for u in run):
            return j
        k = j + 1
    return last


def condemned_elsewhere(an: Analysis, first: int, last: int) -> bool:
    """Words condemning hateful speech outside the match (counter-speech), or after the
    closing quote of a claim quoted inside it."""
    units = an.units
    last = quote_closes(an, first, last)
    for k in an.by_class.get("condemn", ()):  # the units that carry the class, in order
        if first <= k <= last:
            continue
        if not _negated_unit(an, units[k]):
            return True
    return False


def _negated_unit(an: Analysis, u: Unit) -> bool:
    k = u.index - 1
    if k >= 0 and an.units[k].sentence == u.sentence:
        prev = an.units[k]
        if prev.code == "N":
            return True
        # "not a racist", "no es homofobia", "no soy xenófobo": an article or a copula between
        if k >= 1 and an.units[k - 1].code == "N" and prev.code in ("A", "C"):
            return True
    return False


def is_question(an: Analysis, first: int) -> bool:
    s = an.units[first].sentence
    return s < len(an.sentence_ends) and an.sentence_ends[s]


def counter_speech(an: Analysis, first: int, last: int) -> bool:
    """True when the match is quoted, reported or condemned rather than asserted."""
    if claim_denied(an, first, last):
        return True  # "la idea de que ... no es cierta": held up to be denied
    if labelled_false(an, first, last) or labelled_next(an, last, _quoted_in(an, first, last)):
        return True  # "X is the dual loyalty trope": said in the same breath, it outweighs
        # agreement elsewhere ("@Y tiene razón en señalarlo")
    if claim_vouched(an, first):
        return False  # "eso de que ... no es falso": a double denial vouches for the claim
    if endorsed(an, first):
        return False
    asked = asked_if_hateful(an, first)
    if asked is not None:
        # "Is it racist to say that X are ...?": the writer's view, unless answered "yes" or
        # condemned in other words than the frame's own
        return _answered_yes(an, first) or any(
            k != asked and not (first <= k <= last) and not _negated_unit(an, an.units[k])
            for k in an.by_class.get("condemn", ())
        )
    if depicted_as(an, first, last):
        return True
    if all_quoted(an, first, last):
        return True
    if quoted_claim(an, first, last):
        return True
    if (report_frame_before(an, first) and not _treatment_ordered_within(an, first, last)) or (
        reported_after(an, last)
    ):
        return True
    if without_saying(an, an.units[first].start):
        return True  # "debatirlo sin tratar a los X como ratas": the depiction refused
    if denied_then_refused(an, first, last):
        return True  # "X are not Y, stop saying that": the words denied, then refused
    if dismissed_after(an, last):
        return True  # "..., decía mi abuelo, qué tontería": someone's words, then rejected
    if belief_then_regretted(an, first, last):
        return True  # "mi abuela decía que los X ..., y qué vergüenza me da ahora"
    if is_question(an, first) and (
        _answered_no(an, first) or _echo_question(an, first) or slogan_answered(an, first)
    ):
        return True
    if disgust_at_speakers(an, first):
        return True
    if refuted_by_evidence(an, last):
        return True  # "... immigrants bring crime. The county's own numbers say the opposite."
    return condemned_near(an, first, last)


# The evidence set against the claim (`refuting.SET_AGAINST`) in the words after it, up to the
# end of the next sentence; a "but" or a doubt after it takes it back ("..., but the numbers
# are cooked"), and a question only asks ("The data says otherwise?").
_SET_AGAINST_RX = re.compile(rf"\b{SET_AGAINST}\b")
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_TAKEN_BACK = re.compile(
    r"[^.!?]*?(?:\?|\b(?:but|yet|though|however|pero|aunque|sin embargo|cooked|fake|lies|lie|"
    r"lying|rigged|amanados|falsos|falsas|mienten|mentira)\b)"
)


def refuted_by_evidence(an: Analysis, last: int) -> bool:
    """After the claim, in its sentence or the next, evidence is said to show the opposite
    ("Every election someone says X bring crime. The county's own numbers say the opposite"):
    the claim is quoted to be refuted."""
    units = an.units
    s = units[last].sentence
    end = last
    while end + 1 < len(units) and units[end + 1].sentence <= s + 1:
        end += 1
    text = an.norm.text
    stop = _SENTENCE_MARK.search(text, units[end].end)
    rest = text[units[last].end : stop.end() if stop else len(text)]
    m = _SET_AGAINST_RX.search(rest)
    if m is None or _TAKEN_BACK.match(rest, m.end()) is not None:
        return False
    opening = max(rest.rfind(c, 0, m.start()) for c in ".!?;:,")
    return _OTHERS_CLAIM.search(rest, opening + 1, m.start()) is None


# Someone else said to claim the refutation ("Liberals say the data shows otherwise"): the
# writer distances themself from it rather than setting it against the claim.
_OTHERS_CLAIM = re.compile(
    r"\b(?:say|says|claim|claims|insist|insists|pretend|pretends|will tell you|tell you|"
    r"dicen|dice|afirman|afirma|aseguran|asegura|insisten|segun|quieren hacer creer)\b"
)


# How many sentences from the hateful words a condemnation may stand and still be about them
# (a story told, then judged: "... al grito de X. Lo cuento porque ... no con odio.")
CONDEMN_REACH = 2
# "Shame on", "should be ashamed": a condemnation of someone's conduct, about the hateful
# words only when its target is their speaker (a pronoun, "whoever wrote this", someone who
# said them), not "the club should be ashamed of ..." beside the writer's own slur.
_SHAME_CUES = frozenset({"should be ashamed", "shame on", "ought to be ashamed"})
_SPEAKER_WORDS = frozenset(
    {"you", "he", "she", "they", "him", "her", "them", "whoever", "anyone", "anybody",
     "people", "those", "whoever said", "whoever wrote", "whoever wrote this", "u", "ya"}
)  # fmt: skip
# "Report", "reported": a complaint made ("I reported it", "report this", "lo reporté"), not
# a document ("the police report", "the county reported", "report back to Beijing").
_REPORTS = frozenset({"report", "reported", "reporting", "reporta", "reportado", "reportada"})
_REPORT_OBJECTS = frozenset(
    {"it", "this", "that", "him", "her", "them", "these", "those", "you", "the comment",
     "the post", "the account", "the user", "this comment", "this post"}
)  # fmt: skip
_REPORTERS = frozenset({"i", "we", "please", "just", "i just", "we just", "already", "and"})


def condemned_near(an: Analysis, first: int, last: int) -> bool:
    """Words condemning hateful speech about the words at first..last: in their sentence or
    the next or last one, and, for shame or a report, aimed at their speaker or at the speech
    itself. A condemnation of something else further off ("the club should be ashamed of
    ...", "read the police report") leaves the writer's own claim standing."""
    units = an.units
    last = quote_closes(an, first, last)
    lo = units[first].sentence - CONDEMN_REACH
    hi = units[last].sentence + CONDEMN_REACH
    for k in an.by_class.get("condemn", ()):
        if first <= k <= last or not lo <= units[k].sentence <= hi:
            continue
        if _negated_unit(an, units[k]):
            continue
        if _listed_after(an, last, k):
            continue  # "X are stupid and ignorant": one more word said of them, not a verdict
        if units[k].text in _SHAME_CUES and not _shame_at_speaker(an, k):
            continue
        if units[k].text in _REPORTS and not _report_made(an, k):
            continue
        return True
    return False


def _listed_after(an: Analysis, last: int, k: int) -> bool:
    """The condemning word at k only continues the list of words the match ends with ("X are
    lazy, dirty and ignorant", "son flojos e ignorantes", "X are all lazy racist pigs"): joined
    by "and", or standing on the list's noun, in the same sentence with nothing else between."""
    units = an.units
    if not last < k <= last + 4 or units[k].sentence != units[last].sentence:
        return False
    between = units[last + 1 : k]
    if not all(u.code in ("B", "X") for u in between):
        return False
    if between and between[-1].code == "B":
        return True
    # or it stands on the list's noun with no pause before it: "X are all lazy racist pigs"
    # ("X are lazy, racist garbage" labels the claim)
    nxt = units[k + 1] if k + 1 < len(units) else None
    return (
        nxt is not None
        and nxt.sentence == units[k].sentence
        and nxt.code == "D"
        and not any(c in an.norm.text[units[last].end : units[k].start] for c in ",;:-")
    )


def _shame_at_speaker(an: Analysis, k: int) -> bool:
    units = an.units
    s = units[k].sentence
    if units[k].text == "shame on":
        nxt = units[k + 1] if k + 1 < len(units) else None
        return nxt is None or nxt.sentence != s or nxt.text.split()[0] in _SPEAKER_WORDS
    prev = units[k - 1] if k > 0 else None
    if prev is None or prev.sentence != s:
        return True  # "Should be ashamed." said of the words just quoted
    return prev.text.split()[0] in _SPEAKER_WORDS or _SPOKE.search(prev.text) is not None


def _report_made(an: Analysis, k: int) -> bool:
    units = an.units
    s = units[k].sentence
    prev = units[k - 1] if k > 0 and units[k - 1].sentence == s else None
    nxt = units[k + 1] if k + 1 < len(units) and units[k + 1].sentence == s else None
    if prev is not None and prev.code == "A":
        return False  # "the report", "a report": a document
    return (
        (prev is None and nxt is not None and nxt.text in _REPORT_OBJECTS)
        or (prev is not None and (prev.text in _REPORTERS or prev.code == "I"))
        or (nxt is not None and nxt.text in _REPORT_OBJECTS)
    )


# "En la marcha gritaron 'fuera indios'. Qué asco de gente.", "Alguien pintó 'fuera negros' en
# la barda. Qué asco me da.", "Someone yelled 'go back to Mexico' at my mom. Disgusting people.":
# the writer's disgust, in a sentence that names no group, right after hateful words quoted as
# someone's (shouted, painted, written): it is for those who said them. Not when a group is the
# one said to speak ("Los X gritaron ... Qué asco de gente").
_DISGUST_OPENS = re.compile(
    r"(?:(?:y|and|pero|but|la verdad|honestly|simplemente)\s+)?(?:que asco|que verguenza|"
    r"me da asco|me dan asco|da asco|dan asco|what (?:a )?(?:disgrace|disgusting)|disgusting|"
    r"sickening|vile|makes me sick|made me sick|shameful|que gentuza|que lacras)\b"
)
_SPOKE = re.compile(
    r"\b(?:grito|gritaron|gritaba|gritaban|gritan|pinto|pintaron|escribio|escribieron|"
    r"dijo|dijeron|decia|decian|le dijeron|corearon|coreaban|rayaron|publico|publicaron|"
    r"yelled|shouted|screamed|wrote|painted|sprayed|spray-painted|scrawled|said|called|"
    r"chanted|posted|tweeted)\b"
)


def disgust_at_speakers(an: Analysis, first: int) -> bool:
    units = an.units
    base, codes = an.sentence_of(first)
    if "G" in codes or "S" in codes:
        return False
    text = an.norm.text
    if not _DISGUST_OPENS.match(text, units[base].start):
        return False
    s = units[base].sentence
    for prev in range(s - 1, max(-1, s - 3), -1):
        run = [u for u in units if u.sentence == prev]
        if not run:
            continue
        quoted = [u for u in run if u.quoted]
        if not any(u.code in "GSXDVK" for u in quoted):
            continue
        outside = text[run[0].start : run[-1].end]
        m = _SPOKE.search(outside)
        if m is None:
            continue
        speaker_side = [u for u in run if not u.quoted and u.start < m.start()]
        return not any(u.code == "G" for u in speaker_side)
    return False


# "Send the refugees home? They have no home, it was bombed.", "Deport them all? Most of them
# were born here.": a call repeated as a bare question (its verb first, no one asked whether
# we should) and answered against it in the next sentence: counter-speech. The answer must
# rebut (a negation, "where?", born here) and carry no hate of its own ("... ? Yes, all of
# them", "... ? No, they should be shot" stay read).
_SLOGAN_LEAD = frozenset({"so", "just", "then", "and", "y", "entonces", "o sea", "pues"})
_NOT_AN_ANSWER = frozenset(
    {"yes", "yeah", "yep", "yup", "sure", "exactly", "absolutely", "definitely", "please",
     "good", "great", "si", "claro", "obvio", "exacto", "ojala", "por supuesto", "of course",
     "damn right", "hell yes", "hell yeah", "about time", "ya era hora", "why not", "por que no",
     "do it", "hagamoslo"}
)  # fmt: skip
_REBUTTAL_WORDS = frozenset(
    {"where", "which", "whose", "born", "nowhere", "donde", "adonde", "cual", "nacio",
     "nacieron", "nacidos", "nacidas"}
)  # fmt: skip


def slogan_answered(an: Analysis, first: int) -> bool:
    """A call ("Send the refugees home?") or a claim ("Mexicans are lazy?") repeated as a bare
    question, then answered against it in the next sentence with nothing hateful of its own."""
    units = an.units
    base, codes = an.sentence_of(first)
    k = base
    while k < first and (units[k].code == "A" or units[k].text in _SLOGAN_LEAD):
        k += 1
    if any(c in "IFUMO" for c in codes):
        return False  # "Should we send them home?" asks; a bare call repeated is an echo
    call = units[k].code == "V" and len(codes) <= 9
    # a claim in the order of a statement, the group first ("X are lazy?"), not "Are X lazy?"
    claim = (
        units[k].code == "G" and len(codes) <= 12 and any(c in "CXDZ" for c in codes[k - base :])
    )
    if not (call or claim):
        return False
    end = base + len(codes)
    if end >= len(units):
        return False
    answer = [u for u in units[end:] if u.sentence == units[end].sentence]
    words = " ".join(u.text for u in answer[:3]).split()
    if any(" ".join(words[:n]) in _NOT_AN_ANSWER for n in range(1, len(words) + 1)):
        return False
    text = an.norm.text
    if _AFFIRMING_NO.match(text, units[end].start):
        return False  # "No problem.", "No doubt about it", "No me tiembla la mano": a yes
    rebuts = _REBUTTAL_OPENER.match(text, units[end].start) is not None
    if call and not rebuts:
        # a question back ("Back where?"), a word of place or birth, or a negation said of
        # them ("They have no home", "No tienen casa"), not a bare "No mercy"
        rebuts = (
            is_question(an, end)
            or any(u.text.split()[0] in _REBUTTAL_WORDS for u in answer)
            or (any(u.code == "N" for u in answer) and _them_in(an, answer))
        )
    if not rebuts:
        return False
    return says_no_hate(an, units[end].start, len(text))


# A negation that agrees: "No problem", "No doubt", "Not a bad idea", "No mercy", "Never been
# a better time", "No estaría mal", "No me tiembla la mano", "No lo dudes", "Sin piedad".
_AFFIRMING_NO = re.compile(
    r"(?:no|not|never|nunca|nada|sin|ni)\b(?:\s+\w+){0,3}?\s+(?:problem|problems|problema|"
    r"doubt|doubts|duda|dudas|dudes|dudo|question|questions|hesitation|hesitating|mercy|piedad|"
    r"bad|mal|mala|malo|brainer|objection|objections|complaints?|regrets?|"
    r"better (?:time|idea|plan)|time to (?:waste|lose)|tiempo que perder|excuses?|excusas?|"
    r"tiembla|temblaria|pienses|pensarlo|lo pienso|wait|esperar|argument|argumento|"
    r"kidding|joke|broma|wonder|surprise|sorpresa|cabe|hay otra|other way|"
    r"choice|opcion|alternative|alternativa|exceptions?|excepciones?|excepcion)\b"
)


def _them_in(an: Analysis, answer: list[Unit]) -> bool:
    """The answer speaks of the people themselves: "they", the group, or (Spanish) a plural
    verb with its subject dropped ("no tienen casa")."""
    for u in answer:
        if u.code in ("G", "g", "t") or u.text in ("they", "ellos", "ellas"):
            return True
        word = u.text.split()[-1]
        if (
            an.lang == "es"
            and u.code in ("w", "C")
            and word.endswith(("an", "en"))
            and word not in _NOT_VERBS_IN_N
        ):
            return True
    return False


# How an answer opens when it sets a fact or a person against the claim just echoed: "Tell
# that to the guys roofing in July heat", "There are about five of them", "Los datos dicen lo
# contrario", "Díselo a los albañiles", a denial.
_REBUTTAL_OPENER = re.compile(
    r"(?:no|nope|nah|not at all|never|nunca|jamas|of course not|claro que no|para nada)\s*[,.!;:]"
    r"|(?:(?:go |try )?(?:tell|say) (?:that|it) to|try telling that to|"
    r"there (?:are|were) (?:only |just |about |maybe |like |barely )?(?:\d+|a few|a handful|two|"
    r"three|four|five|six|ten|twelve)|(?:the )?(?:data|numbers|stats|statistics|studies|facts|"
    r"census|fbi|records?) (?:says?|shows?|disagrees?|tells? (?:a )?different)|"
    r"diselo a|dile eso a|diganselo a|preguntale a|pregunten a|preguntales a|"
    r"hay (?:solo |apenas |como |unos |unas )?(?:\d+|cinco|cuatro|tres|dos|diez|doce|un punado)|"
    r"(?:los )?(?:datos|numeros|cifras|estudios|hechos|registros) (?:dicen|muestran|demuestran)|"
    r"mi (?:vecino|vecina|abuelo|abuela|papa|mama|jefe|jefa|cunado|cunada|suegro|suegra))\b"
)


# A refusal of the words just said, closing the clause or sentence after them ("..., stop
# saying that.", "... Deja de decir eso."): the writer tells someone to stop saying them.
_REFUSED_AFTER = re.compile(
    r"^[^.!?]*?[.!?,;:]+\s*(?:(?:so|please|and|y|por favor|asi que),?\s+){0,2}"
    r"(?:(?:you should|you need to|you have to|deberias|debes|tienes que|hay que)\s+)?(?:"
    r"(?:stop|quit) (?:saying|repeating) (?:that|this|it|so)|don'?t (?:say|repeat) (?:that|this)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:decir|repetir) (?:eso|esto|esas cosas|esa tonteria)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:decirlo|repetirlo)|"
    r"no (?:digas|digan|repitas|repitan|vuelvas a decir) (?:eso|esto)|no lo (?:digas|digan)|"
    r"(?:ya )?basta de decir (?:eso|esto)|basta de decirlo|"
    r"(?:stop|quit) calling (?:them|us|her|him) (?:that|so)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:llamarlos|llamarlas|llamarles|llamarnos|decirles) "
    r"(?:asi|eso))\s*(?:[.!?,;]|$)"
)


def denied_then_refused(an: Analysis, first: int, last: int) -> bool:
    """The words are denied in their own sentence ("X are not Y", "Los X no son Y") and then
    refused as speech right after ("..., stop saying that", ". Deja de decir eso."): the
    writer rejects the label, counter-speech. Without the denial ("X are Y, stop saying
    otherwise") the claim stays the writer's own."""
    sentence = an.units[first].sentence
    if not any(
        u.sentence == sentence and (u.code == "N" or u.text in _NEGATIONS)
        for u in an.units[max(0, first - 4) : first]
    ):
        return False
    return bool(_REFUSED_AFTER.match(an.norm.text[an.units[last].end :]))


# Denials said of a claim held up by a noun frame ("... is not true", "... es mentira"); the
# Spanish "no es cierto/cierta" is its own lexicon class, `deny`, longer than the endorsing
# "es cierto", and counts only here: alone it may close a tag question ("..., ¿no es cierto?").
_CLAIM_DENIALS = frozenset(
    {"not true", "untrue", "false", "is false", "is a lie", "nonsense", "a myth", "is a myth",
     "bullshit", "no es verdad", "es mentira", "falso", "falsa", "un mito"}
)  # fmt: skip
_CLAIM_OPENERS = _FRAME_ARTICLES | {"eso", "lo"}


def _claim_frame(an: Analysis, first: int) -> int | None:
    """The unit of the noun frame that holds up the claim at `first` earlier in its sentence
    ("the idea that", "the claim that", "la idea de que", "eso de que"), with no "but"
    between; None when there is none."""
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - FRAME_REACH), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in _CONTRAST:
            return None
        words = u.text.split()
        if u.has("report") and words[0] in _CLAIM_OPENERS and words[-1] in ("that", "que"):
            return k
    return None


def claim_denied(an: Analysis, first: int, last: int) -> bool:
    """A claim held up by a noun frame and denied later in the same sentence ("La idea de que
    los X ... no es cierta", "The claim that X ... is a lie", "Eso de que ... es un bulo"):
    counter-speech, even beside agreement elsewhere. "... is true", "... no es mentira" or a
    "but" before the denial leave the claim the writer's own."""
    if _claim_frame(an, first) is None:
        return False
    units = an.units
    sentence = units[last].sentence
    negated = False
    for u in units[last + 1 :]:
        if u.sentence != sentence or u.text in _CONTRAST or u.has("endorse"):
            return False
        if u.text in _TRUE_WORDS and not negated:
            return False  # "... is true, not a lie": affirmed first
        if u.has("deny") or u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            return not negated
        if u.code == "N" or u.text in _NEGATIONS:
            negated = True
    return False


def claim_vouched(an: Analysis, first: int) -> bool:
    """The claim at `first` follows a noun frame whose sentence calls it no lie."""
    k = _claim_frame(an, first)
    return k is not None and _denial_denied(an, k)


# Articles between a negation and the label it denies ("is not a lie", "no es un bulo").
_ARTICLES = frozenset({"a", "an", "un", "una"})


def _denial_denied(an: Analysis, k: int) -> bool:
    """A noun frame whose claim the sentence goes on to call no lie ("Eso de que los X ... no
    es mentira", "The claim that X ... is not a lie"): a double denial vouches for it."""
    units = an.units
    sentence = units[k].sentence
    for j in range(k + 1, len(units)):
        u = units[j]
        if u.sentence != sentence or u.text in _CONTRAST:
            return False
        if u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            i = j - 1
            while i > k and (units[i].code == "C" or units[i].text in _ARTICLES):
                i -= 1
            return i > k and (units[i].code == "N" or units[i].text in _NEGATIONS)
    return False


# What a claim is called when the writer names it in order to reject it.
_FALSE_LABELS = frozenset(
    {"trope", "tropes", "myth", "lie", "lies", "canard", "stereotype", "conspiracy theory",
     "conspiracy", "hoax", "smear", "tropo", "mito", "mentira", "mentiras", "estereotipo",
     "bulo", "calumnia", "teoria conspirativa", "conspirativa", "conspiracion",
     "conspiranoia", "conspiranoica", "infundio", "patrana"}
)  # fmt: skip
_LABEL_WINDOW = 6


def labelled_false(an: Analysis, first: int, last: int) -> bool:
    """The sentence goes on to call the matched claim a trope, a myth or a lie ("... is the
    dual loyalty trope", "... y eso es una mentira"): a copula (inside the match or after
    it), then one of those labels after the match, a few words on, in the same clause and
    with no negation between."""
    units = an.units
    last = quote_closes(an, first, last)  # a quoted claim: its label may sit inside the match
    sentence = units[last].sentence
    copula = None
    for k in range(first + 1, min(len(units), last + 1 + _LABEL_WINDOW + 4)):
        u = units[k]
        if u.sentence != sentence:
            return False
        if k > last and (u.text in _CONTRAST or u.code == "N" or u.text in _NEGATIONS):
            return False
        if u.code == "C":
            copula = k
            continue
        if copula is None or k <= last:
            continue
        if k - copula > _LABEL_WINDOW or _PUNCT.search(an.norm.text[units[copula].end : u.start]):
            return False
        if _listed_after(an, last, k):
            continue  # "X are all lazy racist pigs": a word of the list, not a label
        if u.text in _FALSE_LABELS or u.text.split()[-1] in _FALSE_LABELS:
            return True
        if _hate_label(an, k):
            return True  # "... running Congress, which is the oldest hate in the book"
    return False


# What the writer calls a claim when naming it as bigotry ("which is racist", "eso es
# racismo", "the oldest hate in the book").
_HATE_LABELS = frozenset(
    {"racist", "racism", "antisemitic", "antisemitism", "anti semitic", "bigotry", "bigoted",
     "xenophobic", "xenophobia", "homophobic", "homophobia", "hate speech", "hate", "racista",
     "racistas", "racismo", "antisemita", "antisemitismo", "xenofobo", "xenofoba", "xenofobia",
     "homofobo", "homofoba", "homofobia", "discurso de odio", "odio"}
)  # fmt: skip
_LABEL_SUBJECTS = frozenset({"i", "we", "you", "they", "yo", "me", "te", "los", "les", "them"})


def _hate_label(an: Analysis, k: int) -> bool:
    """A bigotry label as a noun or adjective said of the claim, not a verb with a subject of
    its own ("which is why I hate them" is no label)."""
    u = an.units[k]
    if u.text not in _HATE_LABELS:
        return False
    prev = an.units[k - 1]
    return prev.code not in ("I", "U", "G") and prev.text not in _LABEL_SUBJECTS


# Demonstratives that take up the sentence before as a subject ("That is a lie.", "Eso es
# falso y racista.", "That word is a smear.").
_TAKE_UP = frozenset({"that", "this", "eso", "esto", "ese", "esa", "este", "esta", "it"})
_FALSE_WORDS = frozenset({"false", "untrue", "wrong", "falso", "falsa", "mentira"})


def _quoted_in(an: Analysis, first: int, last: int) -> bool:
    return any(an.units[k].quoted for k in range(first, last + 1))


# What a quoted claim is called in the next sentence when the writer dismisses it as junk
# ("Es la misma basura de siempre."): only for a claim held up in quotes.
_JUNK_LABELS = frozenset(
    {"garbage", "rubbish", "nonsense", "crap", "bullshit", "drivel", "basura", "tonteria",
     "tonterias", "estupidez", "estupideces", "porqueria", "disparate", "disparates"}
)  # fmt: skip


def _group_in(run: list[Unit]) -> bool:
    """A group named in the words ("es la misma basura que los X"): junk said of them."""
    return any(x.code in ("G", "t", "g") for x in run)


def labelled_next(an: Analysis, last: int, quoted: bool = False) -> bool:
    """The sentence after the claim takes it up with a demonstrative (and at most one noun:
    "that word", "ese comentario") and calls it false, a myth or bigotry ("Alguien publicó que
    'X'. Le respondimos que eso es falso y racista."), with no negation or "but" between.
    After a claim in quotes, a Spanish copula with no subject ("Es la misma basura de
    siempre.") takes it up too, and junk words count as labels."""
    units = an.units
    s = units[last].sentence + 1
    run = [u for u in units[last + 1 : last + 40] if u.sentence == s]
    if quoted and an.lang == "es" and run and run[0].code == "C":
        run = [run[0]._replace(text="eso"), *run]  # the dropped subject is the claim
    for j, u in enumerate(run[:8]):
        if u.text not in _TAKE_UP or (j and run[j - 1].text in ("if", "si")):
            continue  # "If that's racist, then I'm a racist": a condition, not a verdict
        rest = run[j + 1 :]
        if rest and rest[0].code == "w" and rest[0].entry is None and len(rest) > 1:
            rest = rest[1:]  # "that word", "ese comentario"
        if not rest or rest[0].code != "C":
            continue
        for x in rest[1:7]:
            if x.code == "N" or x.text in _NEGATIONS or x.text in _CONTRAST:
                return False
            if (
                x.text in _FALSE_LABELS
                or x.text in _FALSE_WORDS
                or x.text.split()[-1] in _FALSE_LABELS
                or _hate_label(an, x.index)
                or (quoted and x.text in _JUNK_LABELS and not _group_in(rest))
            ):
                return True
        return False
    return False


# Verbs of depicting a group as something ("slandering X as 'terrorists'", "paint X as
# criminals", "que se hable de los X como enfermos"): what follows "as" is someone's picture.
_DEPICT_EN = frozenset(
    {"slander", "slanders", "slandered", "slandering", "smear", "smears", "smeared",
     "smearing", "brand", "brands", "branded", "branding", "paint", "paints", "painted",
     "painting", "portray", "portrays", "portraying", "depict", "depicts", "depicted",
     "depicting", "describe", "describes", "described", "describing", "label", "labels",
     "labeled", "labelled", "labeling", "labelling", "caricature", "caricatures",
     "caricatured", "caricaturing", "demonize", "demonizes", "demonized", "demonizing",
     "stereotype", "stereotypes", "stereotyped", "stereotyping", "cast", "casts", "casting",
     "talk about", "talks about", "talked about", "talking about", "speak of", "speaks of",
     "spoke of", "speaking of", "write about", "writes about", "wrote about", "writing about"}
)  # fmt: skip
_DEPICT_ES = frozenset(
    {"hable", "hablen", "habla", "hablan", "hablaba", "hablaban", "hablaron",
     "hablar", "hablando", "pinta", "pintan", "pintaba", "pintaban", "pintaron",
     "pintar", "pintando", "retrata", "retratan", "retrataron", "retratar",
     "retratando", "presenta", "presentan", "presentaron", "presentar",
     "presentando", "describe", "describen", "describio", "describieron", "describir",
     "describiendo", "tacha", "tachan", "tacharon", "tachar", "tachando", "tilda",
     "tildan", "tildaron", "tildar", "tildando", "etiqueta", "etiquetan",
     "etiquetar", "etiquetando", "caricaturiza", "caricaturizan", "caricaturizar",
     "estigmatiza", "estigmatizan", "estigmatizar", "estigmatizando", "escribe", "escriben",
     "escribir", "escribiendo"}
)  # fmt: skip
_DEPICT_BETWEEN = frozenset({"de", "a", "al", "sobre", "los", "las", "el", "la", "a los",
                             "a las", "the", "all", "todos", "todas", "of", "about"})  # fmt: skip
_AS = frozenset({"as", "like", "como", "como si"})
_WRITER_OR_MODAL = frozenset({"i", "we", "yo", "nosotros", "i would", "we would", "let us",
                              "lets", "hay que", "deberiamos", "debemos"})  # fmt: skip


def depicted_as(an: Analysis, first: int, last: int) -> bool:
    """The matched group is the object of a verb of depicting or speaking of it, and what is
    said of it follows "as"/"como" ("people slandering Sikhs as 'terrorists'", "no acepto que se
    hable de los homosexuales como enfermos"): someone's picture of the group, reported. Not
    when the writer or a modal is the verb's subject ("I'd describe them as ...", "we should
    paint X as ...")."""
    units = an.units
    gs = [k for k in range(first, last + 1) if units[k].code == "G"]
    if not gs or not any(units[k].text in _AS for k in range(gs[0] + 1, last + 1)):
        return False
    g = gs[0]
    verbs = _DEPICT_ES if an.lang == "es" else _DEPICT_EN
    s = units[g].sentence
    k = g - 1
    while k >= 0 and units[k].sentence == s and units[k].text in _DEPICT_BETWEEN:
        k -= 1
    if k < 0 or units[k].sentence != s or units[k].text not in verbs:
        return False
    if an.lang == "en" and (k == 0 or units[k - 1].sentence != s):
        return False  # "Describe X as what they are": an imperative, the writer's own call
    for j in range(k - 1, max(-1, k - 3), -1):
        p = units[j]
        if p.sentence != s:
            break
        if p.code in ("I", "M") or p.text in _WRITER_OR_MODAL:
            return False
    return True


_NEGATIONS = frozenset({"not", "no", "never", "nunca", "ningun", "ninguna", "ni"})
_PUNCT = re.compile(r"[,;:()]")


# Words that show a quoted phrase is someone else's, held up rather than said: what is said
# of the quote right after it ("the 'lazy' thing", "lo de 'plaga' que repiten"), verbs of
# hearing, reading or saying before it, and disgust anywhere in the comment.
_QUOTE_NOUNS = frozenset(
    {"thing", "stuff", "line", "talk", "narrative", "myth", "trope", "label", "crap", "nonsense",
     "rhetoric", "argument", "claim", "idea", "garbage", "bit", "used", "crowd",
     "cosa", "discurso", "cuento", "mito", "rollo", "narrativa", "que repiten", "que dicen",
     "etiqueta", "estereotipo", "is a joke", "es un chiste", "es una mentira", "is a lie",
     "comment", "comments", "post", "posts", "meme", "memes", "chant", "chants", "tweets",
     "comentario", "comentarios", "consigna", "consignas", "story", "stories", "stereotype",
     "stereotypes", "talking point", "talking points", "slogan", "framing", "headline", "lie",
     "excuse", "theory", "thread", "discursos", "narrativas", "cuentos", "historia"}
)  # fmt: skip
# "lo de 'X'", "eso de que 'X'": the quote named as a topic, someone else's phrase.
_TOPIC_OPENERS = frozenset({"lo", "eso", "esto", "aquello"})
_HEARD = frozenset(
    {"read", "hear", "heard", "see", "seeing", "saw", "said", "says", "say", "claim", "claims",
     "claimed", "yelled", "yelling", "chanted", "tweeted", "wrote", "posted", "called", "leo",
     "lei", "oigo", "oi", "escucho", "escuche", "veo", "vi", "dijo", "dice", "dicen", "dijeron",
     "grito", "gritaron", "escribio", "repiten", "repite", "llaman", "publico", "tuiteo",
     "told", "tell", "tells", "telling", "arguing", "argue", "argues", "argued", "insist",
     "insists", "insisted", "saying", "decia", "decian", "contaba", "contaban",
     "aseguran", "aseguraba", "insisten", "insistia", "repetia", "repetian"}
)  # fmt: skip
# Someone's words as a thing: what a quote that follows them in the sentence came from.
_SPEECH_NOUNS = frozenset(
    {"comment", "comments", "post", "posts", "tweet", "tweets", "meme", "memes", "chant",
     "chants", "sign", "signs", "slogan", "comentario", "comentarios", "publicacion",
     "pancarta", "consigna", "tuit", "tuits", "mensaje", "mensajes"}
)  # fmt: skip
_MINE = frozenset({"my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"})
_DISGUST = frozenset({"que asco", "asco", "asqueroso", "asquerosa", "disgusting", "vile",
                      "gross", "repugnante", "sickening", "shameful", "vergonzoso"})  # fmt: skip


def quoted_claim(an: Analysis, first: int, last: int) -> bool:
    """Part of the match is in quotes (the hateful words themselves), and the comment shows
    they are held up, not said: a word about the quote right after it, a verb of hearing or
    saying before it in the sentence, or disgust or condemnation elsewhere."""
    units = an.units
    quoted = [k for k in range(first, last + 1) if units[k].quoted]
    if not quoted:
        return False
    after = quoted[-1] + 1
    while after < len(units) and units[after].quoted:
        after += 1
    if after < len(units) and units[after].sentence == units[quoted[-1]].sentence:
        nxt = units[after]
        if nxt.text in _QUOTE_NOUNS or nxt.text.split()[0] in _QUOTE_NOUNS:
            return True
    sentence = units[quoted[0]].sentence
    for k in range(quoted[0] - 1, -1, -1):
        if units[k].sentence != sentence:
            break
        if units[k].text in _HEARD or units[k].text.split()[-1] in _HEARD:
            return True
        if _topic_opener(an, k):
            return True
        if units[k].text in _SPEECH_NOUNS and not (
            k > 0 and units[k - 1].text.split()[-1] in _MINE
        ):
            return True  # "the comment earlier about 'X'": someone else's post, not "my post"
    return any(
        (u.text in _DISGUST or u.has("condemn")) and not u.quoted and not first <= u.index <= last
        for u in units
    )


def _topic_opener(an: Analysis, k: int) -> bool:
    """ "lo de", "eso de (que)" right before a quote: the quoted words held up as a topic."""
    words = an.units[k].text.split()
    if words[-1] == "que" and len(words) == 1 and k > 0:
        k, words = k - 1, an.units[k - 1].text.split()
    if words[-1] != "de":
        return False
    before = words[-2] if len(words) > 1 else (an.units[k - 1].text.split()[-1] if k else "")
    return before in _TOPIC_OPENERS


_DENIALS = frozenset(
    {"no", "nope", "nah", "of course not", "not at all", "hell no", "absolutely not",
     "obviously not", "certainly not", "definitely not", "not really", "no way",
     "not in the slightest", "not even close", "far from it", "not one bit",
     "claro que no", "por supuesto que no", "para nada", "nada de eso", "desde luego que no",
     "en absoluto", "de ninguna manera", "ni de broma", "ni mucho menos", "obvio que no",
     "ni de lejos", "qué va", "que va", "i doubt it", "i doubt that", "i do not think so",
     "i very much doubt it", "lo dudo", "no lo creo"}
)  # fmt: skip
_NO_AFFIRMS = frozenset({"doubt", "question", "wonder", "kidding", "joke", "duda", "hay",
                         "cabe", "surprise", "sorpresa", "me"})  # fmt: skip
_DENIAL_WORDS = max(len(d.split()) for d in _DENIALS)


def _answered_no(an: Analysis, first: int) -> bool:
    """'Are immigrants really criminals? No, ...', '... Not at all.', '... En absoluto.': the
    writer asks only to deny it. The next sentence opens with a denial of one to four words
    (read over the units' words, since "not at all" may be split into several units)."""
    s = an.units[first].sentence + 1
    units = an.units
    for k in range(first + 1, len(units)):
        if units[k].sentence == s:
            words: list[str] = []
            j = k
            while j < len(units) and units[j].sentence == s and len(words) < _DENIAL_WORDS:
                words.extend(units[j].text.split())
                j += 1
            if words[1:2] and words[0] == "no" and words[1] in _NO_AFFIRMS:
                return False  # "No doubt.", "No hay duda.": a yes
            if _AFFIRMING_NO.match(an.norm.text, units[k].start):
                return False  # "No problem.", "No mercy.", "No me tiembla la mano": a yes
            if _own_hate_denied(an, k):
                return False  # "No es odio, es curiosidad": the writer's motive, no answer
            if any(" ".join(words[:n]) in _DENIALS for n in range(1, len(words) + 1)):
                return True
            # "Of course not.", "Claro que no."
            j = k + 2 if k + 2 < len(units) and units[k + 1].text == "que" else k + 1
            nxt = units[j] if j < len(units) else None
            return (
                units[k].text in _AFFIRM_WORDS
                and nxt is not None
                and nxt.sentence == s
                and (nxt.code == "N" or nxt.text in ("not", "no"))
            )
    return False


# What a writer denies of their own words to pass them off ("no es odio, es curiosidad", "not
# hate, just asking", "no offense, but"): hate and offence named under a leading "no".
_OWN_MOTIVES = frozenset(
    {"odio", "hate", "hatred", "racismo", "racista", "racist", "racism", "ofensa", "offense",
     "offence", "ofender", "ofendas", "ofendan", "malicia", "malice", "xenofobia", "homofobia",
     "bigotry", "prejuicio", "prejudice", "discriminacion", "discriminar"}
)  # fmt: skip


def _own_hate_denied(an: Analysis, k: int) -> bool:
    """The sentence opening at unit `k` is a bare "no"/"not" run straight into a hate or
    offence word of its clause ("No es odio", "No hate, just asking", "No te ofendas"): the
    writer disowns a motive, which answers nothing and condemns nothing."""
    units = an.units
    if units[k].text not in ("no", "not"):
        return False
    if _PUNCT.search(an.norm.text[units[k].end : units[k].end + 2]):
        return False  # "No, ..." answers the question
    s = units[k].sentence
    for u in units[k + 1 : k + 5]:
        if u.sentence != s or _PUNCT.search(an.norm.text[units[k].end : u.start]):
            return False
        if u.text in _OWN_MOTIVES or u.text.split()[-1] in _OWN_MOTIVES:
            return True
    return False


_AFFIRM_WORDS = frozenset(
    {"of course", "obviously", "absolutely", "claro", "claro que", "por supuesto",
     "por supuesto que", "certainly", "definitely"}
)  # fmt: skip


# "Si odias a los X, ...", "Quien odia a los X ...": the group is the object of a hater the
# sentence describes, and what follows is said of that hater.
_HATER_OPENERS = frozenset(
    {"si", "quien", "quienes", "el que", "la que", "los que", "las que", "la gente que",
     "cualquiera que", "todo el que", "aquel que", "aquellos que"}
)  # fmt: skip
_WRITER_HATES = ("odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto")


def _hater_described(an: Analysis, first: int, last: int) -> bool:
    if an.lang != "es":
        return False
    sentence = an.units[first].sentence
    gs = [k for k in range(first, last + 1) if an.units[k].code == "G"]
    if not gs:
        before = (k for k in range(first - 1, -1, -1) if an.units[k].sentence == sentence)
        gs = [next((k for k in before if an.units[k].code == "G"), -1)]
    g = gs[0]
    if g < 0 or any(
        an.units[k].code == "C" and an.units[k].text.startswith(("son", "eran", "seran", "sean"))
        for k in range(first, last + 1)
    ):
        return False  # "..., son unos X": a plural verb is said of the group, not the hater
    for k in range(g - 1, max(-1, g - 4), -1):
        u = an.units[k]
        if u.sentence != sentence:
            return False
        if u.code == "H":
            if u.text.split()[0] in _WRITER_HATES or u.text.startswith(_WRITER_HATES) or k == 0:
                return False
            prev = an.units[k - 1]
            return prev.sentence == sentence and prev.text in _HATER_OPENERS
        if u.code not in ("A", "w"):
            return False
    return False


def suppressed(an: Analysis, first: int, last: int, *, allow_negation: bool = False) -> bool:
    if not allow_negation and negated_before(an, first):
        return True
    if _hater_described(an, first, last):
        return True
    if recanted(an, first, last):
        return True  # "I used to think X were ... until I met", "no porque ellos sean ..."
    if counter_speech(an, first, last):
        return True
    return denied_for_another_cause(an, first, last)


# A speech verb after the words, with someone else as its subject ("..., dijo el acusado",
# "..., said the defendant", "..., según el fiscal"): the sentence reports them.
_SAID_AFTER = re.compile(
    r"^[^,;:.!?]*[,;:]\s*(?:(?:dijo|dice|dicen|dijeron|declaro|declararon|afirmo|afirman|"
    r"grito|gritaron|escribio|escribieron|publico|tuiteo|contesto|respondio|anadio|agrego|"
    r"aseguro|sostuvo|insistio|repitio|segun)\s+(?:el|la|los|las|un|una|su|sus|ese|esa|"
    r"aquel|este|esta|[a-z]+ (?:de|del) )|(?:dices|dijiste|afirmas|sostienes|opinas|segun tu|"
    r"segun usted|eso es lo que (?:dijiste|dices|dijo|dicen|piensas))\b|"
    r"(?:said|says|wrote|shouted|yelled|tweeted|posted|"
    r"told|added|claimed|insisted|according to)\s+(?:the|a|an|his|her|their|one|this|that|"
    r"he|she|they|someone|somebody|some)\b)"
)
_WRITER_NAMED = re.compile(r"^[^,;:.!?]*[,;:]\s*\S+\s+(?:yo|i|me|myself)\b")

# "No es que los X sean sucios, es que el barrio no tiene drenaje", "It's not that X are
# thieves; it's that nobody will hire them": a claim named in order to deny it, its cause put
# elsewhere. The opener heads the clause of the match; the cause follows in the same sentence
# or the next. The denial clears the first clause only when the cause says nothing hateful of
# its own ("no es que vengan, es que vienen a reemplazarnos" re-asserts: coded words, a
# derogatory predicate, a slur, a doom or exclusion verb, all keep it read).
_DENIAL_OPENER = re.compile(
    r"(?:^|[,;:(—–-]\s*|\b(?:and|but|y|pero|mira|look|ojo|o sea)\s+)"
    r"(?:(?:it(?:'s| is) not|it isn'?t|its not|it was not|it wasn'?t|"
    r"the (?:problem|issue|point|thing|reason) (?:is not|isn'?t|was not|wasn'?t)|"
    r"(?:y |pero )?(?:no es|no era|tampoco es|el problema no es|la cosa no es))\s+"
    r"(?:(?:just|only|simply|solo|simplemente)\s+)?"
    r"(?:that|because|que|porque|por que))\s+"
    r"(?:(?:we|i|they|you|people|folks|nosotros|yo|ellos|ellas|la gente)\s+)?"
    r"(?:(?:the|all|los|las|todos los|todas las|unos|unas|algunos|algunas|some)\s+)?$"
)
_DENIAL_CAUSE = re.compile(
    r"(?P<gap>[^.!?;:,—–]{0,40}?(?:\s*[,;:.—–]\s*[^.!?;:,—–]{1,60}?)?)"
    r"\s*(?:[,;:.—–]|\s-\s|\.\.\.)\s*"
    r"(?:(?:but|pero|sino|and|y|no|nope)\s*[,]?\s+)?"
    r"(?P<cue>(?:it(?:'s| is| was)|its)(?: (?:just|simply|more|really|only|all))? (?:that|because)"
    r"|rather(?: that| because)?|the (?:real )?(?:problem|issue|reason|thing) (?:is|was)(?: that)?"
    r"|(?:es|era)(?: (?:solo|simplemente|mas bien|nada mas|sencillamente))? (?:que|porque)"
    r"|sino(?: que| porque)?|lo que pasa es que|el problema es(?: que)?"
    r"|(?:simplemente |solo )?pasa que"
    r"|mas bien(?: que| porque)?)\b"
)
_RE_ASSERTING = frozenset("SHWVKZDXEY")


def denied_for_another_cause(an: Analysis, first: int, last: int) -> bool:
    """The match sits in a "no es que ..., es que ..." / "it's not that ..., it's that ..."
    denial whose second clause gives another cause and carries no hate of its own."""
    units, text = an.units, an.norm.text
    base = an.sentence_of(first)[0]
    opener = _DENIAL_OPENER.search(text[units[base].start : units[first].start])
    if opener is None:
        return False
    m = _DENIAL_CAUSE.match(text, units[last].end)
    if m is None or any(u.code in "NSDX" for u in units if m.start() <= u.start < m.end("gap")):
        return False  # "... are dirty and not ..., it's that": only a plain tail before the cue
    if not says_no_hate(an, m.start(), m.end("gap")):
        return False  # "it isn't that we hate them; half of us married one. It's that ..."
    start = m.end("cue")
    stop = next((j for j in range(start, len(text)) if text[j] in ".!?"), len(text))
    rest = [u for u in units if start <= u.start < stop]
    if not rest or not says_no_hate(an, start, stop):
        return False
    return not _group_said_again(an, rest) or bool(_DEPRIVED.match(text, rest[0].start))
    # "es que son así", "it's that they ...": the group is the cause again, a new claim


# A violent or doom word that tells what happened to people or what they cannot do, not what
# should be done to them: a past passive ("it was bombed", "fueron expulsados") and an
# impossibility ("they have nowhere to go back to", "no tienen adónde volver").
_PAST_PASSIVE = frozenset(
    {"was", "were", "been", "got", "fue", "fueron", "sido", "era", "eran", "estaba", "estaban"}
)
_CANNOT_BEFORE = re.compile(
    r"(?:nowhere to|no place to|can'?t|cannot|can not|could not|couldn'?t|no pueden|no podian|"
    r"no tienen (?:a )?donde|no tienen adonde|no hay (?:a )?donde|no hay adonde)\s+$"
)


def says_no_hate(an: Analysis, start: int, stop: int) -> bool:
    """The text between start and stop (norm offsets) carries nothing hateful of its own: no
    slur, insult, derogatory, dehumanising or doom word, no hate verb, no violent verb except
    one in a past passive or an impossibility, and no row of coded.tsv."""
    units, text = an.units, an.norm.text
    for u in units:
        if not start <= u.start < stop:
            continue
        if u.has("INS") or u.has("PROF") or u.has("S"):
            return False
        if u.code in ("V", "K"):
            prev = units[u.index - 1] if u.index else None
            if u.code == "V" and prev is not None and prev.text in _PAST_PASSIVE:
                continue  # "it was bombed", "fueron deportados"
            if _CANNOT_BEFORE.search(text, max(start, u.start - 30), u.start):
                continue  # "they have nowhere to go back to"
            return False
        if u.code in _RE_ASSERTING:
            return False
    return not _coded_between(an, start, stop)


# The group as the second clause's subject again is read as a new claim about it, unless the
# clause says what they lack ("es que no tienen drenaje", "it's that they can't afford it").
_DEPRIVED = re.compile(
    r"(?:(?:they|ellos|ellas|los \w+|las \w+)\s+)?(?:"
    r"(?:can'?t|cannot|can not|could not|couldn'?t|don'?t|do not|never|did not|didn'?t)\s+"
    r"(?:afford|have|get|got|find)|have no|had no|lack|are not (?:given|allowed|paid|hired)|"
    r"(?:no|nunca)\s+(?:tienen|tuvieron|les dan|les dieron|pueden pagar|consiguen|encuentran)|"
    r"carecen|no les (?:dan|pagan|alcanza|llega|llegan))\b"
)
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se", "nos", "me", "te"})
_NOT_VERBS_IN_N = frozenset(
    {"quien", "quienes", "bien", "tambien", "segun", "razon", "nadie", "alguien", "son"}
)  # fmt: skip


def _group_said_again(an: Analysis, rest: list[Unit]) -> bool:
    """The first word of the clause past fillers is the group (or "they"), or, in Spanish, a
    verb whose dropped subject is plural ("es que son así", "es que lo llevan en la sangre")."""
    for u in rest:
        if u.code in ("A", "N") or u.text in _CLITICS:
            continue
        if u.code in ("G", "g", "t") or u.text in ("they", "ellos", "ellas"):
            return True
        word = u.text.split()[0]
        return an.lang == "es" and (
            word == "son" or (word.endswith(("an", "en", "on")) and word not in _NOT_VERBS_IN_N)
        )
    return False


def _coded_between(an: Analysis, start: int, stop: int) -> bool:
    """A row of coded.tsv matches inside text[start:stop] ("vienen a reemplazarnos")."""
    text = an.norm.text
    rows, search, needles = an.lex.coded, an.lex.coded_search, an.lex.coded_needles
    if needles is None:
        return False
    for k in needles.candidates(text):
        if rows.head(k)[1] not in ("*", an.lang):
            continue
        rx, group = search[k]
        for mm in rx.finditer(text):
            if start <= mm.start(group) < stop:
                return True
    return False


def reported_after(an: Analysis, last: int) -> bool:
    """The matched words are followed, after a comma in the same sentence, by a verb of saying
    whose subject is someone else ("No soporto a ningún X, dijo el acusado", "X are vermin,
    said the man on trial"): a report of their words, not the writer's claim."""
    units = an.units
    end = last
    reach = min(len(units) - 1, last + FRAME_REACH)
    while end < reach and units[end + 1].sentence == units[last].sentence:
        end += 1
    rest = an.norm.text[units[last].end : units[end].end + 1]
    return bool(_SAID_AFTER.match(rest)) and not _WRITER_NAMED.match(rest)


# Someone's old belief told before the words ("mi abuela decía que", "los colonizadores decían
# que", "nos enseñaron que") and regretted or blamed right after ("y qué vergüenza me da", "y
# así justificaron el despojo", "y se equivocaba"): the belief held up to be rejected.
_OLD_BELIEF = re.compile(
    r"\b(?:decia|decian|pensaba|pensaban|creia|creian|repetia|repetian|solia decir|"
    r"solian decir|nos ensenaron|me ensenaron|nos decian|me decian|ensenaban|predicaban)"
    r"(?: \w+){0,2} que (?:\w+ ){0,2}$"
)
_REGRET_AFTER = re.compile(
    r"^[^.!?]{0,60}?[,;:.!?]\s*(?:(?:y|pero|hoy|ahora)\s+)*(?:que (?:verguenza|pena|ignorancia|"
    r"horror|tristeza)|me da (?:verguenza|pena)|asi justifica\w*|con eso justifica\w*|"
    r"se equivoca\w*|estaba\w* equivocad\w*|era mentira|eran mentiras|sabemos que no|"
    r"se que no es (?:cierto|verdad|asi)|(?:hoy|ahora) se que (?:no|es mentira))"
)


def belief_then_regretted(an: Analysis, first: int, last: int) -> bool:
    """The words are an old belief told after its teller ("mi abuela decía que") and
    regretted, blamed or refuted right after ("y qué vergüenza me da ahora")."""
    text = an.norm.text
    start = an.units[first].start
    opening = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if _OLD_BELIEF.search(text, opening, start) is None:
        return False
    return _REGRET_AFTER.match(text[an.units[last].end :]) is not None


# Someone named as the speaker of the words before, after a comma ("..., decía mi abuelo",
# "..., my uncle used to say", "..., según mi suegra"), not the writer.
_SPEAKER_AFTER = re.compile(
    r"^[^.!?;]*?[,:]\s*(?:(?:como|as)\s+)?(?:"
    r"(?:decia|decian|dice|dicen|dijo|dijeron|solia decir|solian decir|repetia|repetian|"
    r"repite|opina|opinaba|pensaba|piensa|creia|cree|aseguraba|segun|me decia|nos decia|"
    r"me dijo|nos dijo)\s+(?!yo\b)\w+"
    r"|(?!i\b|we\b)(?:\w+\s+){1,3}?(?:says|said|used to say|would say|keeps saying|"
    r"always says|always said|thinks|thought|believes|believed|claims|claimed|told me|told us)"
    r"|(?:says|said|according to)\s+(?!i\b|me\b)\w+)"
)
# The writer's verdict after it, in the same sentence or the next: an exclamation or a relative
# clause that calls the words nonsense, or the speaker wrong ("qué tontería", "what nonsense",
# "which is rubbish", "he was wrong", "estaba equivocado").
_DISMISSAL = re.compile(
    r"[^.!?]*?[,;:.!?]\s*(?:(?:and|but|y|pero|lol|jaja\w*)\s+)?"
    r"(?:(?:que|menuda|menudo|vaya|pura|puras|valiente|valientes)\s+"
    r"(?:tonteria|tonterias|estupidez|estupideces|barbaridad|burrada|disparate|mentira|"
    r"ignorancia|idiotez|sandez|bobada|pendejada|cosa mas tonta)"
    r"|what (?:a load of )?(?:nonsense|rubbish|garbage|bs|bullshit|crap|a load of crap|"
    r"an idiotic thing|a dumb thing|a stupid thing)"
    r"|(?:which|that|and that|lo cual|lo que|cosa que|y eso)\s+(?:is|was|es|era)\s+"
    r"(?:(?:total|complete|utter|pure|absolute|pura|una|un|an?|so)\s+)*"
    r"(?:rubbish|nonsense|garbage|false|untrue|wrong|bs|bullshit|crap|tonteria|mentira|falso|"
    r"una tonteria|una mentira|una estupidez|estupidez|disparate|un disparate|absurdo)"
    r"|(?:he|she|they)(?:'s|'re| is| are| was| were)\s+(?:so |completely |dead |totally )?"
    r"(?:wrong|full of it)"
    r"|(?:estaba|estaban|esta|estan|estaria|estabas)\s+(?:muy |tan |totalmente )?equivocad[oa]s?"
    r"|(?:se equivocaba|se equivocaban|se equivoca|se equivocan))\b"
)


def dismissed_after(an: Analysis, last: int) -> bool:
    """The words are someone else's, named after them ("..., decía mi abuelo"), and the writer
    then dismisses them ("qué tontería", "which is rubbish", "he was wrong"): quoted in
    order to be rejected, counter-speech. Named and not dismissed ("..., como dice mi tío")
    they may be the writer's own view, and stay read as such."""
    units = an.units
    rest = an.norm.text[units[last].end :]
    sentence = units[last].sentence
    k = last
    while k and units[k - 1].sentence == sentence:
        k -= 1
    if told_as_history(an.norm.text[units[k].start :]):
        return True  # "..., decían los nazis de los judíos, y así empezó todo": history told
    m = _SPEAKER_AFTER.match(rest)
    return m is not None and bool(_DISMISSAL.match(rest, m.end()))


# A speaker other than the writer named after the words, closing their clause ("..., dice mi
# vecino.", "..., según mi suegra", "..., says my uncle", "..., my neighbor thinks"): the words
# are reported. Not dismissed (`dismissed_after`), they are no counter-speech either, so the
# rules hold them rather than reject them as the writer's own voice.
_SPEAKER_CLOSES = re.compile(
    r"^[^.!?;]*?[,:]\s*(?:(?:como|as)\s+)?(?:"
    r"(?:dice|decia|dijo|dicen|decian|dijeron|opina|opinaba|piensa|pensaba|cree|creia|asegura|"
    r"aseguraba|repite|repetia|segun|me dice|me dijo|me decia|nos dice|nos dijo|solia decir)\s+"
    r"(?:mi|mis|su|sus|el|la|los|las|un|una|nuestro|nuestra|nuestros|tu|tus|ese|esa)\s+\w+"
    r"|(?:says|said|according to|claims|insists)\s+(?:my|our|his|her|their|the|a|an|your|that)"
    r"\s+\w+"
    r"|(?:my|our|his|her|their|the|a|an|your)\s+(?:\w+\s+){1,2}?(?:says|said|used to say|"
    r"would say|always says|keeps saying|thinks|believes|claims|told me|told us|insists))"
    r"(?:\s+\w+){0,2}\s*(?:[,.;!?)]|$)"
)


def speaker_named_after(an: Analysis, last: int) -> bool:
    """The words up to unit `last` are followed, in their sentence, by a third-party speaker
    that closes the clause ("Los X son tal, dice mi vecino"): a report of someone's words."""
    rest = an.norm.text[an.units[last].end :]
    m = _SPEAKER_CLOSES.match(rest)
    return m is not None and not _SPEAKER_BACKED.search(rest, m.start(), m.end() + 80)


# The writer siding with the speaker right after ("..., dice mi vecino, y tiene razón").
_SPEAKER_BACKED = re.compile(
    r"\b(?:tiene razon|tenia razon|no se equivoca(?:ba|ban|n)?|no miente|estoy de acuerdo|"
    r"y yo tambien|"
    r"(?:he|she|they)(?:'s|'re| is| are| was| were) (?:right|not wrong|correct)|i agree|"
    r"me too|so do i|says so|said so|look it up|it'?s true|es verdad|es cierto|lo dice|"
    r"buscalo|busquenlo)\b"
)
