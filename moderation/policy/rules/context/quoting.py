"""Words held up as someone else's: quoted with a sign that they are held up (a word about the
quote, a verb of hearing before it, disgust elsewhere), or a group depicted "as" something.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

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
     "spoke of", "speaking of", "write about", "writes about", "wrote about", "writing about",
     # the one-word units of those, "about"/"of" read between (`_DEPICT_BETWEEN`)
     "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking"}
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
# A picture of the group someone made ("a cartoon of a Mexican guy as a rat", "una caricatura de
# un judío como ..."): what follows "as" is the picture's, described.
_DEPICTIONS = frozenset({"cartoon", "cartoons", "drawing", "drawings", "caricature", "caricatures",
                         "meme", "memes", "poster", "posters", "flyer", "flyers", "sketch",
                         "caricatura", "caricaturas", "dibujo", "dibujos", "cartel", "carteles",
                         "volante", "volantes"})  # fmt: skip
_DEPICTION_ARTICLES = frozenset({"a", "an", "un", "una", "unos", "unas"})


_WRITER_OR_MODAL = frozenset({"i", "we", "yo", "nosotros", "i would", "we would", "let us",
                              "lets", "hay que", "deberiamos", "debemos"})  # fmt: skip


# "... talks about those families like they're animals", "writing about us like we're
# foreigners", "treats them like they were dogs": the "like" of a way of talking, writing or
# treating opens the clause the match begins with. Not the writer's own ("I/we talk ... like").
_SPOKEN_LIKE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|write|"
    r"writes|wrote|writing|treat|treats|treated|treating|describe|describes|described|"
    r"describing|portray|portrays|portrayed|portraying)\b[^.!?,;]{0,60}\blike\s+$"
)


_WRITER = frozenset({"i", "we", "lets", "let", "yo", "nosotros"})


def depicted_like(an: Analysis, first: int) -> bool:
    """The match opening at unit `first` follows a verb of talking, writing or treating and
    its "like" in the same sentence (`_SPOKEN_LIKE`): a way of speaking of people, told. Not
    the writer's own wish, as in `depicted_as`: an imperative ("Treat them like they're rats")
    or the writer or a modal before the verb ("We should treat migrants like ...")."""
    if an.lang != "en":
        return False
    start = an.units[first].start
    m = _SPOKEN_LIKE.search(an.norm.text, max(0, start - 80), start)
    if m is None:
        return False
    k = an.unit_at(m.start())
    if k is None:
        return False
    return not _writer_or_modal_before(an, k)


def _writer_or_modal_before(an: Analysis, k: int) -> bool:
    """The verb at unit k opens its sentence (an English imperative), or the writer or a
    modal stands in the two units before it: the writer's own call, not one reported."""
    units = an.units
    s = units[k].sentence
    if an.lang == "en" and (k == 0 or units[k - 1].sentence != s):
        return True
    for j in range(k - 1, max(-1, k - 3), -1):
        p = units[j]
        if p.sentence != s:
            break
        if p.code in ("I", "M") or p.text in _WRITER_OR_MODAL or p.text.split()[0] in _WRITER:
            return True  # "I", "we", a modal, "we should", "I'd"
    return False


def depicted_as(an: Analysis, first: int, last: int) -> bool:
    """The matched group is the object of a verb of depicting or speaking of it, and what is
    said of it follows "as"/"como" ("people slandering Sikhs as 'terrorists'", "no acepto que se
    hable de los homosexuales como enfermos"): someone's picture of the group, reported. Not
    when the writer or a modal is the verb's subject ("I'd describe them as ...", "we should
    paint X as ..."). Or the match opens after such a verb's "like" (`depicted_like`)."""
    if depicted_like(an, first):
        return True
    units = an.units
    gs = [k for k in range(first, last + 1) if units[k].code in ("G", "g")]  # "g": migrants
    if gs and _made_to_seem(an, gs[0]):
        return True
    if not gs or not any(units[k].text in _AS for k in range(gs[0] + 1, last + 1)):
        return False
    g = gs[0]
    verbs = _DEPICT_ES if an.lang == "es" else _DEPICT_EN
    s = units[g].sentence
    k = g - 1
    while k >= 0 and units[k].sentence == s and units[k].text in _DEPICT_BETWEEN:
        k -= 1
    if k >= 0 and units[k].sentence == s and units[k].text in _DEPICTION_ARTICLES:
        k -= 1  # "a cartoon of a Mexican guy as a rat"
        while k >= 0 and units[k].sentence == s and units[k].text in _DEPICT_BETWEEN:
            k -= 1
    if k >= 0 and units[k].sentence == s and units[k].text in _DEPICTIONS:
        return True  # the picture someone made of the group, described
    if k < 0 or units[k].sentence != s or units[k].text not in verbs:
        return False
    # "Describe X as what they are" (an imperative), "we should paint X as ...": the writer's
    return not _writer_or_modal_before(an, k)


_MAKE = frozenset({"make", "makes", "made", "making", "hace", "hacen", "hacia", "hacian",
                   "hizo", "hicieron", "hacer", "haciendo"})  # fmt: skip
_SEEM = frozenset({"sound", "look", "seem", "appear", "sound like", "look like", "seem like",
                   "ver", "parecer", "quedar"})  # fmt: skip
_MADE_BETWEEN = frozenset({"the", "all", "our", "those", "these", "a los", "a las", "los",
                           "las", "returning", "new", "local"})  # fmt: skip


_WHAT_THEY_ARE = re.compile(
    r"\b(?:que son|lo que son|porque lo son|they are|they'?re|what they are)\b"
)


def _made_to_seem(an: Analysis, g: int) -> bool:
    """ "The article makes returning migrants sound like a burden", "los noticieros hacen ver
    a los X como delincuentes": someone's picture of the group, reported; not the writer's own
    ("I'll make them look like fools")."""
    units = an.units
    s = units[g].sentence
    end = max(x.end for x in an.sentence_run(g))
    if _WHAT_THEY_ARE.search(an.norm.text, units[g].end, end):
        return False  # "... hace ver a los X como la plaga que son": the writer's own verdict
    after = units[g + 1] if g + 1 < len(units) and units[g + 1].sentence == s else None
    k = g - 1
    while k >= 0 and units[k].sentence == s and units[k].text in _MADE_BETWEEN:
        k -= 1
    seem_after = after is not None and after.text in _SEEM
    if an.lang == "es" and k >= 1 and units[k].text == "ver" and units[k - 1].text in _MAKE:
        return not _writer_or_modal_before(an, k - 1)  # "hacen ver a los X como ..."
    if k < 0 or units[k].sentence != s or units[k].text not in _MAKE or not seem_after:
        return False
    return not _writer_or_modal_before(an, k)


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
     "insists", "insisted", "saying", "decia", "decian", "contaba", "contaban", "repeat",
     "repeats", "repeated", "repeating",
     "aseguran", "aseguraba", "insisten", "insistia", "repetia", "repetian",
     # talking of a group holds the quote up too ("when people talk about X 'bringing ...'")
     "talk", "talks", "talked", "talking"}
)  # fmt: skip


# Someone's words as a thing: what a quote that follows them in the sentence came from.
_SPEECH_NOUNS = frozenset(
    {"comment", "comments", "post", "posts", "tweet", "tweets", "meme", "memes", "chant",
     "chants", "sign", "signs", "slogan", "comentario", "comentarios", "publicacion",
     "pancarta", "consigna", "tuit", "tuits", "mensaje", "mensajes", "statement", "statements",
     "declaracion", "declaraciones"}
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
        return _inner_quote_heard(an, first, last)
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
        if _heard(units[k]):
            if _writer_repeats(an, k):
                continue  # "I'll repeat it: X are 'animals'": the writer's own line again
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


def _heard(u: Unit) -> bool:
    """A verb of hearing or saying (`_HEARD`): the unit, or its first or last word."""
    words = u.text.split()
    return u.text in _HEARD or words[0] in _HEARD or words[-1] in _HEARD


_REPEATS = frozenset({"repeat", "repeats", "repeated", "repeating"})


def _writer_repeats(an: Analysis, k: int) -> bool:
    """A verb of repeating at k with the writer one or two units before it ("I'll repeat it:
    ..."): the writer's own words said again, not someone else's held up."""
    return an.units[k].text.split()[-1] in _REPEATS and _writer_says(an, k, reach=2)


# A quote mark that opens a quotation inside a phrase unit ("son 'una carga'", "are 'all
# terrorists'"): after a space, before a letter.
_INNER_OPEN = re.compile(r"(?<= )['\"\u201c\u00ab](?=\w)")
_CLOSES = {"'": "'", '"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
_CONTRASTS = frozenset({"but", "pero", "though", "yet", "aunque", "sino", "however", "sin embargo"})
_IMPERATIVE_HEARD = frozenset({"read", "see", "say", "tell", "told", "talking", "lee", "lean",
                               "vean", "digan"})  # fmt: skip
_WRITER_SUBJECTS = frozenset({"i", "we", "yo", "nosotros", "i'm", "im", "i am", "i will", "i'll",
                              "let me", "me", "myself", "i keep", "we keep"})  # fmt: skip


def _writer_says(an: Analysis, k: int, reach: int = 3) -> bool:
    """The verb of saying at k has the writer as its subject, up to `reach` units before it
    ("I keep telling", "Like I told you", "yo digo"): the writer's own words, not held up."""
    before = an.units[max(0, k - reach) : k]
    return any(
        x.sentence == an.units[k].sentence and (x.text in _WRITER_SUBJECTS or x.code == "I")
        for x in before
    )


def _inner_quote_heard(an: Analysis, first: int, last: int) -> bool:
    """A quotation that opens inside a phrase of the match and closes in its sentence ("Cuando
    leo que los X son 'una carga'", "people keep repeating that X are 'all terrorists'"), with
    a verb of hearing or saying before it in the same clause: someone else's words. Stricter
    than a whole quoted unit: the verb must sit after any "but" ("Everyone says be nice, but X
    are a 'plague'" is the writer's), not open the sentence as an imperative ("Read the budget:
    X are a 'burden'"), and disgust elsewhere does not count."""
    units = an.units
    text = an.norm.text
    inner = None
    for k in range(first, last + 1):
        u = units[k]
        m = _INNER_OPEN.search(text, u.start, u.end)
        if m is None:
            continue
        run = an.sentence_run(k)
        close = text.find(_CLOSES[m.group(0)], m.end(), run[-1].end + 2)
        if close != -1:
            inner = k
            break
    if inner is None:
        return False
    sentence = units[inner].sentence
    for k in range(inner - 1, -1, -1):
        u = units[k]
        if u.sentence != sentence or u.text in _CONTRASTS:
            return False
        if _heard(u):
            if _writer_says(an, k):
                return False  # "I keep telling my wife that X are a 'threat'": the writer's
            opens = k == 0 or units[k - 1].sentence != sentence
            return not (opens and u.text.split()[0] in _IMPERATIVE_HEARD)
    return False


def _topic_opener(an: Analysis, k: int) -> bool:
    """ "lo de", "eso de (que)" right before a quote: the quoted words held up as a topic."""
    words = an.units[k].text.split()
    if words[-1] == "que" and len(words) == 1 and k > 0:
        k, words = k - 1, an.units[k - 1].text.split()
    if words[-1] != "de":
        return False
    before = words[-2] if len(words) > 1 else (an.units[k - 1].text.split()[-1] if k else "")
    return before in _TOPIC_OPENERS
