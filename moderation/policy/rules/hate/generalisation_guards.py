"""What keeps a generalisation from counting for `hate.derogation` and `hate.broad`: opinion on
institutions, laws and costs, a wish for peace, a nuisance about a matter, words judged rather
than people, and a predicate that does not belong to the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.words import marked_between
from moderation.policy.rules.hate.credited import credited_with_good, group_is_the_object
from moderation.policy.rules.hate.guards import (
    plural_group,
)
from moderation.policy.rules.hate.helpers import (
    INFINITIVE_ES,
    WE,
    generic_one,
    person_noun,
)

# Governments and powers a group's feelings can be about ("resentidos con el régimen").
_POWERS = frozenset(
    {"regimen", "gobierno", "dictadura", "estado", "sistema", "policia", "ejercito", "partido",
     "presidente", "congreso", "gobiernos", "regimenes", "regime", "government", "dictatorship",
     "state", "system", "police", "army", "party", "president", "congress", "governments",
     "regimes", "junta", "chavismo", "sandinismo", "dictador", "dictator", "autoridades",
     "authorities", "militares", "military"}
)  # fmt: skip
_TOWARD = frozenset({"con", "contra", "hacia", "with", "at", "toward", "towards", "against"})


def toward_institution(an: Analysis, pred: Unit) -> bool:
    """A feeling word followed by "with/at/con/contra" and a government or power within three
    words ("están resentidos con el régimen", "are bitter at the government"): what the group
    feels about who rules them, not what the group is."""
    units = an.units
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != pred.sentence or units[k].text not in _TOWARD:
        return False
    return any(
        x.sentence == pred.sentence and x.text.split()[-1] in _POWERS for x in units[k + 1 : k + 4]
    )


# Words that make a sentence about what the law says ("es la ley", "by law", "legalmente").
_LAW = re.compile(
    r"\b(?:ley|leyes|law|laws|legal|legally|legalmente|constitucion|constitution|"
    r"codigo|statute|estatuto|juridicamente|decreto|decree)\b"
)


def law_stated(an: Analysis, pred: Unit) -> bool:
    """A predicate about rights ("no tienen derechos", "have no rights") in a sentence that
    names the law it describes ("..., es la ley", "by law", "under the constitution"): a
    statement of legal fact (often to criticise it), not a claim about the group's worth."""
    if not any(w in pred.text for w in ("derecho", "rights")):
        return False
    units = [x for x in an.units if x.sentence == pred.sentence]
    text = an.norm.text[units[0].start : units[-1].end]
    return bool(_LAW.search(text))


_IF = frozenset({"if", "unless", "si", "mientras", "as long as", "siempre que", "when", "cuando"})


def on_our_condition(an: Analysis, pred: Unit) -> bool:
    """'X will never integrate if we keep them in camps', 'no se integrarán si los seguimos
    encerrando': right after the predicate, a condition on what we (or the state) do to them:
    the writer blames the treatment, not the group. Not for violence or crime."""
    if pred.has("crime") or pred.has("V") or pred.has("D"):
        return False
    units = an.units
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != pred.sentence or units[k].text not in _IF:
        return False
    nxt = [x for x in units[k + 1 : k + 6] if x.sentence == pred.sentence]
    if not nxt or not (nxt[0].text in WE or (an.lang == "es" and nxt[0].text.endswith("mos"))):
        return False
    return any(x.text.split()[0] in _TREATMENT for x in nxt[:5])


# Harsh treatment a condition can blame ("if we keep them in camps", "si los seguimos
# encerrando"); "if we let them in" blames the group and is not among them.
_TREATMENT = frozenset(
    {"keep", "keeps", "lock", "treat", "isolate", "segregate", "exclude", "deny", "ghettoize",
     "marginalize", "marginalise", "cage", "detain", "humiliate", "ban", "shut", "push",
     "encerrando", "encerramos", "tratando", "tratamos", "marginando", "marginamos",
     "excluyendo", "excluimos", "aislando", "aislamos", "negando", "negamos", "humillando",
     "humillamos", "manteniendo", "mantenemos", "segregando", "segregamos", "discriminando",
     "discriminamos", "persiguiendo", "perseguimos"}
)  # fmt: skip


_COST = re.compile(
    r"^(?:(?:en|at|in) (?:el|la|los|las|the|their|sus|su)? ?(?:super|supermercado|tienda|"
    r"tiendas|mercado|caja|gasolinera|bomba|precio|precios|recibo|recibos|impuestos|bolsillo|"
    r"grocery|groceries|store|stores|supermarket|checkout|pump|pumps|prices|price|taxes|"
    r"bills?|wallets?|pockets?)\b|(?:mas|more|higher|extra)\b"
    # how much less, or what for: a price, a fee or a service ("will pay less for insurance",
    # "van a pagar menos por el seguro", "will pay $20 a month", "will pay for their own
    # insurance"); "will pay the price" and "pay for what they did" stay threats
    r"|(?:less|lower|fewer|menos|nothing|nada|zero|cero|half|la mitad|only|solo|solamente|"
    r"just|no more than|no mas de|the same|lo mismo|\$|\d|[a-z]+ (?:dollars|pesos|euros|"
    r"cents|centavos|bucks)\b)|(?:for|por) (?:the |their |su |sus |el |la |los |las |own |"
    r"propio |propia )*(?:insurance|seguro|seguros|rent|renta|alquiler|tuition|colegiatura|"
    r"matricula|medicine|medicines|medicinas|medicamentos|transit|transporte|bus|metro|"
    r"tickets|boletos|childcare|guarderia|housing|vivienda|healthcare|doctor|tolls?|peajes?|"
    r"fees?|cuotas?|tarifas?|permits?|permisos?|licen[cs]es?|licencias?|visas?|services?|"
    r"servicios?|water|agua|electricity|luz|gas|coverage|cobertura)\b)"
)


def pays_a_price(an: Analysis, pred: Unit) -> bool:
    """'Will pay' followed by where or how much ('lo van a pagar en el súper', 'will pay
    more at the pump'): the group bears a cost, nobody is threatened."""
    if pred.text.split()[-1] not in ("pagar", "pay", "pagaran", "pagan"):
        return False
    nxt = [u.text for u in an.units[pred.index + 1 : pred.index + 5] if u.sentence == pred.sentence]
    return bool(nxt) and bool(_COST.match(" ".join(nxt)))


# What follows "should not vote" when it is advice on a ballot, not a group barred from it:
# "X shouldn't vote for him", "... against their own interests", "... based on one issue".
_BALLOT_ADVICE = frozenset({"for", "against", "based", "por", "contra"})


# Groups named by a legal status rather than a people: whether they may vote is a question
# of citizenship law, debated in the open ("immigrants shouldn't be allowed to vote").
BY_STATUS = frozenset(
    {"immigrants", "immigrant", "migrants", "migrant", "non citizens", "noncitizens",
     "non-citizens", "green card holders", "residents", "foreigners", "inmigrantes",
     "migrantes", "extranjeros"}
)  # fmt: skip


def status_vote(an: Analysis, g: int, pred: Unit) -> bool:
    """'Immigrants shouldn't be allowed to vote': the vote denied to a legal status, a policy
    position (citizenship decides it); 'X shouldn't be allowed to live here' is no such thing.
    """
    words = pred.text.split()
    return words[-1] in ("vote", "votar") and "allowed" in words and an.units[g].text in BY_STATUS


_CLAUSE_MARKS = frozenset(",;:()")


def clause_mark_between(an: Analysis, p: int, g: int) -> bool:
    """A clause mark between a modifier and the group word after it ("when they're sick,
    women included"): the word ends one phrase and the group opens the next, so it is not on it.
    """
    return marked_between(an, p, g, _CLAUSE_MARKS)


def vote_advised(an: Analysis, pred: Unit) -> bool:
    """'Should not vote' followed by whom or how to vote ('Catholics shouldn't vote for him',
    'Evangelicals shouldn't vote based on one issue'): a choice at the ballot advised, the
    vote itself left alone ('X shouldn't vote', 'X shouldn't vote on bonds' stay)."""
    if pred.text.split()[-1] not in ("vote", "votar"):
        return False
    nxt = next((u for u in an.units[pred.index + 1 : pred.index + 2]), None)
    return nxt is not None and nxt.sentence == pred.sentence and nxt.text in _BALLOT_ADVICE


# What people only want when the wish is harmless: "solo quieren trabajar", "just want to live".
_PEACEFUL = frozenset(
    {"trabajar", "vivir", "estudiar", "sobrevivir", "paz", "ser", "estar", "existir", "respeto",
     "igualdad", "casarse", "jugar", "ayudar", "salir", "una", "un", "lo", "que", "llegar",
     "comer", "descansar", "volver", "regresar", "to", "peace", "respect", "equality", "a"}
)  # fmt: skip


_WHAT_ALL_WANT = re.compile(
    r"^(?:what (?:everyone|everybody|anyone|anybody|we all|all of us|any \w+)|"
    r"lo (?:mismo|que (?:todos|todo el mundo|cualquiera)))\b"
)


def peaceful_wish(an: Analysis, pred: Unit) -> bool:
    """'Solo quieren' / 'only want' followed by an ordinary wish (to work, to live, peace, a
    life): the writer says what the group wants, and it is no charge ("only want handouts" is
    one phrase of its own and does not reach here)."""
    if pred.text not in ("solo quieren", "solo quiere", "only want", "just want"):
        return False
    k = pred.index + 1
    if k >= len(an.units) or an.units[k].sentence != pred.sentence:
        return False
    words = [u.text for u in an.units[k : k + 3] if u.sentence == pred.sentence]
    if _WHAT_ALL_WANT.match(" ".join(words)):
        return True  # "only want what everyone else wants", "solo quieren lo mismo que todos"
    if words[0].split()[0] not in _PEACEFUL:
        return False
    rest = " ".join(words)
    return not any(w in rest.split() for w in ("de", "del", "costa", "gratis", "off", "free"))


_RISKY = frozenset(
    {"peligroso", "peligrosa", "arriesgado", "riesgoso", "mortal", "dangerous", "risky", "deadly"}
)


def risk_of_being(an: Analysis, g: int, pred: Unit) -> bool:
    """ "Ser gay en Honduras es peligroso", "being trans there is dangerous": the group word
    follows an infinitive of being, so the danger is the one its members run ("ser gay es
    una enfermedad" still names the state itself a fault and is read)."""
    if g == 0 or pred.text not in _RISKY:
        return False
    k = g - 1
    if k > 0 and an.units[k].text in ("a", "an", "un", "una"):
        k -= 1  # "being a woman in Kabul is dangerous", "ser una mujer allí es peligroso"
    prev = an.units[k]
    return prev.sentence == an.units[g].sentence and prev.text in ("ser", "siendo", "being")


def comparative_object(an: Analysis, g: int, pred: Unit) -> bool:
    """Spanish: a group introduced by the object marker "a" and followed at once by "peor" or
    "mejor" ("trata a los migrantes peor que a delincuentes"): the comparison is of how they
    are treated, not of what they are."""
    if an.lang != "es" or pred.text not in ("peor", "mejor", "peores", "mejores"):
        return False
    if pred.index != g + 1 or g == 0:
        return False
    prev = an.units[g - 1]
    return prev.sentence == an.units[g].sentence and prev.text.split()[0] in ("a", "al")


def as_if(an: Analysis, g: int, p: int) -> bool:
    """'como si fueran una plaga', 'as if they were animals': a counterfactual comparison
    says the group is treated or seen that way, not that it is so."""
    for k in range(g + 1, p):
        t = an.units[k].text
        if t in ("como si", "as if", "as though") or (t == "si" and an.units[k - 1].text == "como"):
            return True
    return False


# "Migrants are forced to live like animals in those camps", "Los refugiados son obligados a
# dormir como animales", "A los migrantes los tratan como animales": an animal comparison made
# of how the group is forced, made or kept to live by others, a complaint about that treatment,
# not dehumanisation. A modal or a wish ("should be kept like animals", "hay que tratarlos como
# animales", "merecen vivir como ...") keeps it read.
_LIKE = ("like ", "como ")
_MADE_TO = re.compile(
    r"\b(?:(?:are|were|is|was|being|been|get|gets|got|getting)\s+(?:\w+\s+)?"
    r"(?:forced|made|compelled|obliged|left|kept|held|housed|herded|packed|crammed|caged|"
    r"locked up|transported|shipped|hunted|treated|handled|stacked|penned|stuffed|loaded|"
    r"worked|paid|fed|used|driven|exploited)"
    r"|(?:have|has|had|having) (?:had )?to (?:live|sleep|eat|wait|travel|work|survive|queue)"
    r"|(?:son|fueron|eran|estan|estaban|han sido|siendo|viven|vivian)\s+(?:\w+\s+)?"
    r"(?:obligad|forzad|tratad|hacinad|encerrad|amontonad|metid|tenid|retenid|trasladad|"
    r"transportad|enjaulad|apilad)\w*"
    # others' doing, the group its object: "a los X los transportan como ganado"
    r"|\b(?:los|las|les)\s+(?:\w+\s+)?(?:tratan|trataban|trataron|transportan|transportaban|"
    r"transportaron|traen|traian|trajeron|llevan|llevaban|llevaron|meten|metian|metieron|tienen|"
    r"tenian|encierran|encerraban|encerraron|amontonan|amontonaban|hacinan|apilan|suben|subian|"
    r"subieron|cargan|avientan|aventaron|echan|echaron|enjaulan|usan|explotan|explotaban|"
    r"contratan|pagan|acarrean|acarreaban|arrean|arreaban)\b"
    r"|(?:los|las|les) (?:tratan|trataban|trataron|obligan|obligaron|obligaban|hacen|hicieron|"
    r"tienen|tenian|meten|metieron|encierran|encerraron|hacinan|amontonan)"
    r"|tienen que (?!ser\b)|tuvieron que|les toca)\b"
)
_PRESCRIBED = re.compile(
    r"\b(?:should|must|ought|need to|needs to|deserve|deserves|have to be|has to be|let|"
    r"hay que|deberian|deben|debe|merecen|merece|tienen que ser|que los|que las|ojala|"
    r"quiero|want|wish)\b"
)


# The same for a place of confinement or a comparison of treatment stated as done to the group:
# "Migrants are kept in cages at the border", "los tienen encerrados en jaulas", "Immigrants are
# treated worse than dogs" (the participle may open the predicate, so it is read up to its end).
_CONFINED = re.compile(
    r"\b(?:cages?|camps|jaulas?|campos|pens|kennels|perreras|hieleras|corrales|filth|"
    r"squalor|mugre|inmundicia)\b"
)
_WORSE = frozenset({"worse than", "worse", "peor que", "peor", "peores que", "peores"})
# The treating verb said before the group ("en la garita tratan a los haitianos como animales",
# "they treat migrants like cattle"): others' treatment told in the indicative, a complaint.
# The imperative ("Trata a los X como ...", "Treat X like ...", "Just treat X ...") and the
# first person ("trato") are left read: a bare "trata"/"treat" needs a subject before it, not
# an adverb or a conjunction that opens a command.
# The subjunctive ("que traten a ...") only after a word of shame ("es una vergüenza que traten
# a ..."); the infinitive ("hay que tratar a ...") is left read.
_TREAT_BEFORE = re.compile(
    r"\b(?:(?:mal)?(?:tratan|trataba|trataban|trataron|tratando|tratado)|"
    r"(?<=\w )(?<!solo )(?<!nomas )(?<!mejor )(?<!y )(?<!pues )(?:mal)?trata|"
    r"(?<=\w )(?<!just )(?<!please )(?<!simply )(?<!and )(?<!so )(?<!then )(?:mis)?treat|"
    r"(?:verguenza|vergonzoso|indignante|triste|terrible|inaceptable|injusto|me indigna|"
    r"me duele) que (?:\w+ ){0,3}?(?:mal)?traten|"
    r"(?:mis)?treat(?:s|ed|ing)|(?:meten|metian|metieron|arrean|arreaban|arrea|amontonan|"
    r"amontonaban|hacinan|transportan|trasladan|suben|cargan|encierran)|(?:herd|herds|herded|"
    r"herding|pack|packs|packed|packing|shove|shoves|shoved|cram|crams|crammed|haul|hauls|"
    r"hauled|ship|ships|shipped|load|loads|loaded)) (?:a )?(?:(?:los|las|esos|esas|estos|estas|"
    r"the|these|those|our) )?(?:\w+ )?$"
)


def made_to_live_so(an: Analysis, g: int, pred: Unit) -> bool:
    like = pred.text.startswith(_LIKE) or (
        pred.index > 0 and an.units[pred.index - 1].text in ("like", "como")
    )
    confined = not like and (pred.text in _WORSE or _CONFINED.search(pred.text) is not None)
    if not (like or confined):
        return False
    base = an.sentence_of(g)[0]
    text = an.norm.text
    between = text[an.units[g].end : pred.end if confined else pred.start]
    opening = text[an.units[base].start : an.units[g].start]
    treated = (
        like
        and between.strip() in ("", "como", "like")
        and _TREAT_BEFORE.search(opening[-60:]) is not None
    )
    if not treated and (_MADE_TO.search(between) is None or re.search(r"[,;:]", between)):
        return False
    return _PRESCRIBED.search(text[an.units[base].start : pred.start]) is None


# A mild complaint about particular people who happen to belong to a group, limited to an
# everyday matter ("my gay neighbors are a pain in the ass about parking", "mis suegros judíos
# son insoportables con lo de la cena"): the neighbours are judged, on the parking, not the
# group. It needs all three: people the writer knows (a possessive, or "next door"), a mild
# nuisance word, and "about"/"con" + a matter that is no group, no identity and not everything.
_NUISANCE = re.compile(
    r"^(?:(?:are |is |were |was )?(?:so |really |such |very )?(?:a |an )?"
    r"(?:real |total |huge |big )?pains? in the (?:ass|arse|butt|neck)"
    r"|(?:are |is |were |was )?(?:so |really |very )?(?:annoying|irritating|exhausting|picky|fussy)"
    r"|a nuisance|nuisances?|a headache"
    r"|(?:unos |unas )?(?:pesad|insoportabl|molest|latos|fastidios|encimos|quisquillos)\w*)$"
)
_KNOWN_PEOPLE_BEFORE = frozenset(
    {"my", "our", "mis", "nuestros", "nuestras", "mi", "nuestro", "nuestra"}
)  # fmt: skip
_KNOWN_PEOPLE_AFTER = re.compile(
    r"\b(?:next door|across the (?:street|hall)|upstairs|downstairs|de al lado|de enfrente"
    r"|de arriba|de abajo)\b"
)
_ABOUT_A_MATTER = frozenset(
    {"about", "over", "with", "when it comes to", "con", "por", "sobre", "cuando se trata de"}
)
_NOT_A_MATTER = frozenset(
    {"everything", "anything", "all", "nothing", "it all", "lifestyle", "religion", "faith",
     "culture", "agenda", "identity", "sexuality", "gender", "being", "existing", "pride",
     "todo", "nada", "estilo", "fe", "cultura", "identidad", "ser",
     "existir", "orgullo", "costumbres", "customs", "their", "them", "sus", "su"}
)  # fmt: skip


def nuisance_about_a_matter(an: Analysis, g: int, pred: Unit) -> bool:
    if not _NUISANCE.match(pred.text):
        return False
    units = an.units
    s = pred.sentence
    before = [u for u in units[max(0, g - 3) : g] if u.sentence == s]
    known = any(u.text in _KNOWN_PEOPLE_BEFORE for u in before) or bool(
        _KNOWN_PEOPLE_AFTER.search(an.norm.text, units[g].end, pred.start)
    )
    if not known:
        return False
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != s or units[k].text not in _ABOUT_A_MATTER:
        return False
    matter = [u for u in units[k + 1 :] if u.sentence == s]
    if not any(u.code not in ("A", "Y") for u in matter):
        return False  # "... about" with nothing after it
    return not any(
        u.code in ("G", "g", "S", "t", "U")
        or u.text in _NOT_A_MATTER
        or u.text.startswith("being ")
        for u in matter
    )


# A group's "place" as others want it, told by the writer as a complaint about exclusion ("They
# want women in the kitchen, not in the Senate", "Quieren al latino en la cancha y en la cocina,
# pero no en el cabildo", "A las mujeres las quieren en la cocina"): "they"/a third person
# plural verb of wanting, the group its object. Not the writer's own wish ("We want X in the
# kitchen", "Queremos al X en ...") nor a group that wants ("Los X quieren ...").
_OTHERS_WANT_ES = frozenset(
    {"quieren", "los quieren", "las quieren", "lo quieren", "la quieren", "nos quieren",
     "prefieren", "los prefieren", "las prefieren", "nos prefieren", "aceptan", "los aceptan",
     "las aceptan", "nos aceptan", "aplauden"}
)  # fmt: skip
_OTHERS_WANT_EN = frozenset({"want", "like", "prefer", "love", "accept", "cheer"})
_WRITER_WANTS = frozenset({"i", "we", "i want", "we want", "yo", "nosotros", "queremos",
                           "quiero", "prefiero", "preferimos"})  # fmt: skip
_OBJECT_MARKS = frozenset({"a", "al", "a los", "a las", "a la", "a el"})


def wanted_there_by_others(an: Analysis, g: int, pred: Unit) -> bool:
    if pred.code != "Z":
        return False
    run = an.sentence_run(pred.index)
    if any(u.text in _WRITER_WANTS for u in run):
        return False
    for v in run:
        if v.index >= pred.index:
            return False
        if an.lang == "es" and v.text in _OTHERS_WANT_ES:
            break
        if (
            an.lang == "en"
            and v.text in _OTHERS_WANT_EN
            and v.index > 0
            and an.units[v.index - 1].text == "they"
            and an.units[v.index - 1].code != "G"
        ):
            break
    else:
        return False
    return all(
        u.index > v.index or an.units[u.index - 1].text in _OBJECT_MARKS
        for u in run
        if u.code == "G" and u.index > 0
    ) and not any(u.code == "G" and u.index == 0 for u in run)


# The subject is an act done to the group or words said about it, and the copula's predicate
# is said of that: "Blaming immigrants for the housing shortage is lazy", "los comentarios de
# odio contra la comunidad coreana fueron asquerosos", "the jokes about Muslims are vile".
_BLAME_GERUNDS = frozenset({"blaming", "scapegoating", "calling", "labeling", "labelling",
                            "attacking", "insulting", "mocking", "stereotyping", "demonizing",
                            "demonising", "harassing", "targeting", "profiling", "smearing",
                            "bashing", "vilifying", "dehumanizing", "dehumanising"})  # fmt: skip
# Verbs and nouns of using a word: a quoted group word after them is mentioned, not used
# ('Using "illegals" in headlines is lazy', 'Poner "ilegales" en cada titular es flojo').
_WORD_USE = frozenset({"using", "use", "writing", "write", "printing", "print", "saying",
                       "say", "word", "term", "label", "usar", "utilizar", "escribir", "poner",
                       "decir", "palabra", "termino", "etiqueta", "publicar"})  # fmt: skip
_AIMED_AT = frozenset({"against", "toward", "towards", "about", "at", "contra", "hacia",
                       "sobre", "en contra de", "en contra"})  # fmt: skip
_FRAME_FIRST = frozenset({"the", "those", "these", "all", "los", "las", "el", "la", "esos",
                          "esas", "estos", "estas", "todos", "todas", "tantos",
                          "tantas"})  # fmt: skip


def act_or_words_subject(an: Analysis, g: int, p: int) -> bool:
    """The group is named inside a subject headed by an act or by words aimed at it (a
    gerund of blame, or a noun with "against"/"contra" before the group), and a copula after
    the group says the predicate of that subject."""
    units = an.units
    sentence = units[g].sentence
    if units[p].sentence != sentence or not any(units[k].code == "C" for k in range(g + 1, p)):
        return False
    base, _codes = an.sentence_of(g)
    # the subject opens after a contrast: "I don't know about you, but X are ..." has none
    turns = [k for k in range(base, g) if units[k].code == "B" and units[k].text == "but"]
    if turns:
        base = turns[-1] + 1
    # the subject opens after a report verb too: in "A guy at the store says X are ...", "at"
    # is where the speaker stood, not what the words were aimed at
    said = [k for k in range(base, g) if units[k].code == "r"]
    if said:
        base = said[-1] + 1
    head = [u for u in units[base:g] if u.text not in _FRAME_FIRST]
    if not head or head[0].code == "G" or any(u.code in ("C", "M", "V") for u in head):
        return False
    if head[0].text in _BLAME_GERUNDS:
        return True
    if units[g].quoted and any(u.text in _WORD_USE for u in head):
        return True  # 'Using "illegals" in every headline is lazy': the word's use is judged
    return any(u.text in _AIMED_AT for u in head[1:])


# "qué estereotipo tan flojo", "qué idea más vieja": the exclamation's adjective is of its
# noun, a thing (not a word for people, "qué gente tan floja").
_EXCLAIMED_DEGREE = frozenset({"tan", "mas", "so"})


def exclaimed_thing(an: Analysis, pred: Unit) -> bool:
    k = pred.index
    if an.lang != "es" or k < 3:
        return False
    units = an.units
    degree, noun, que = units[k - 1], units[k - 2], units[k - 3]
    return (
        degree.text in _EXCLAIMED_DEGREE
        and que.text == "que"
        and noun.code in ("w", "c")
        and que.sentence == pred.sentence
        and not person_noun(noun.text)
        and noun.text not in ("gente", "raza", "pueblo", "bola", "monton")
    )


# Nouns for words said: "the joke about the migrant horde", "el chiste de la 'horda' de X".
_WORDS_SAID = frozenset({"joke", "jokes", "word", "words", "term", "label", "line", "meme",
                         "memes", "slogan", "chant", "talk", "language", "comment", "comments",
                         "chiste", "chistes", "palabra", "palabras", "termino", "etiqueta",
                         "frase", "lema", "consigna", "comentario", "comentarios", "discurso",
                         "lenguaje"})  # fmt: skip
_WORDS_OF = frozenset({"about", "of", "de", "del", "sobre", "like"})


def words_judged(an: Analysis, first: int, last: int) -> bool:
    """The match is what a joke, a word or a slogan says ("that joke about the migrant horde",
    'el chiste de la "horda" de X'), and its sentence then judges those words: a negation
    ("is not funny", "no es gracioso") or a condemnation after it."""
    units = an.units
    sentence = units[first].sentence
    head = [u for u in units[max(0, first - 4) : first] if u.sentence == sentence]
    if not any(
        u.text in _WORDS_SAID and j + 1 < len(head) and head[j + 1].text in _WORDS_OF
        for j, u in enumerate(head)
    ):
        return False
    after = [u for u in units[last + 1 : last + 8] if u.sentence == sentence]
    return any(u.code == "N" or u.has("condemn") for u in after)


_SINGULAR_COPULA_ES = frozenset({"es", "era", "fue", "sera", "seria", "es una", "es un"})


def copula_disagrees(an: Analysis, g: int, p: int) -> bool:
    """A plural group, then a singular copula before the predicate: the copula's subject is
    something else ("tu odio hacia las X es patético", "el trato a los X es cruel")."""
    if not plural_group(an.units[g]) or generic_one(an, g):
        return False
    if an.lang == "en":  # "the visa paperwork for X is a pain": the paperwork is
        base, _codes = an.sentence_of(g)
        if all(u.code in ("A", "B") for u in an.units[base:g]):
            return False
        before = " ".join(u.text for u in an.units[max(base, g - 4) : g]).split()
        if any(w in before for w in ("every", "each", "one", "any", "none", "neither")):
            return False  # "every one of these X is ...": one member, every time
        copulas = [an.units[k] for k in range(g + 1, p) if an.units[k].code == "C"]
        return bool(copulas) and all(c.text in ("is", "was", "has been") for c in copulas)
    if an.lang != "es":
        return False
    before = " ".join(u.text for u in an.units[max(0, g - 4) : g])
    if any(w in before.split() for w in ("cada", "uno", "una", "cualquiera", "ninguno", "ninguna")):
        return False  # "cada uno de los X es ...": one member, every time
    base, _codes = an.sentence_of(g)
    if all(
        u.code in ("A", "B") and not INFINITIVE_ES.search(u.text.split()[0])
        for u in an.units[base:g]
    ):
        return False  # "Los X es lo peor": the group opens the sentence, its topic (not
        # "echarle la culpa a los X es ...", where the infinitive is the subject)
    copulas = [an.units[k] for k in range(g + 1, p) if an.units[k].code == "C"]
    return bool(copulas) and all(c.text in _SINGULAR_COPULA_ES for c in copulas)


def singular_after_comma(an: Analysis, g: int, p: int) -> bool:
    """A plural group, a comma, then a singular Spanish copula: a new clause about what was
    said or done, not about the group."""
    if an.lang != "es" or not plural_group(an.units[g]):
        return False
    for k in range(p - 1, g, -1):  # the copula nearest the predicate
        u = an.units[k]
        if u.code == "C":
            return u.text in _SINGULAR_COPULA_ES and "," in an.norm.text[an.units[g].end : u.start]
    return False


# "Judío bueno o malo, eso no importa", "Good Jew or bad Jew, it doesn't matter": after the
# group a comma opens a clause whose subject is a neuter pronoun; what follows is said of that
# (the question, the difference), not of the group.
_NEUTER = frozenset(
    {"eso", "esto", "ello", "aquello", "lo cual", "nada", "it", "that", "this", "which",
     "nothing"}
)  # fmt: skip


def neuter_subject_after_comma(an: Analysis, g: int, p: int) -> bool:
    text = an.norm.text
    for k in range(g + 1, p):
        u = an.units[k]
        if u.text in _NEUTER and re.search(r"[,;:]\s*$", text[an.units[k - 1].end : u.start]):
            return p - k <= 3
    return False


_OR_WORDS = frozenset({"o", "u", "or", "ni", "nor"})


def either_way(an: Analysis, k: int) -> bool:
    """ "Buenos o malos, los X ...", "clean or dirty, X are welcome": the bad word is one of a
    pair of opposites joined by "or" (one of them a good word): whatever they are, not a
    label put on them ("dirty or lazy" joins two bad words and stays read)."""
    units = an.units
    u = units[k]

    def good(j: int) -> bool:
        return 0 <= j < len(units) and units[j].sentence == u.sentence and units[j].code == "P"

    def joined(j: int) -> bool:
        return (
            0 <= j < len(units) and units[j].sentence == u.sentence and units[j].text in _OR_WORDS
        )

    return (joined(k - 1) and good(k - 2)) or (joined(k + 1) and good(k + 2))


_OWN_POSSESSIVES = frozenset(
    {"our", "my", "your", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "tu", "tus"}
)  # fmt: skip


def reader_called(an: Analysis, g: int, pred: Unit) -> bool:
    """A singular insult closing the sentence after a comma and a plural group ("Respeta a los
    X, imbécil", "Respect X, you idiot"): a reader addressed, not the group described."""
    if not pred.has("INS") or pred.text.endswith("s") or not plural_group(an.units[g]):
        return False
    nxt = pred.index + 1
    if nxt < len(an.units) and an.units[nxt].sentence == pred.sentence:
        return False
    between = an.norm.text[an.units[g].end : pred.start]
    return "," in between and all(
        an.units[k].text in ("you", "u", "tu", "pedazo de") for k in range(g + 1, pred.index)
    )


def own_subject_after_comma(an: Analysis, g: int, p: int) -> bool:
    """After the group a comma opens a clause whose subject is the writer's or the reader's
    own ("a Jewish guy, our kids are ..."): the predicate is about them, not the group.
    "Their" is left out: "X, their kids are ..." still speaks of the group."""
    text = an.norm.text
    for k in range(g + 1, p):
        u = an.units[k]
        if u.text in _OWN_POSSESSIVES and "," in text[an.units[k - 1].end : u.start]:
            return True
    return False


# Verbs that pin a disease or filth word on the group that carries it.
_BRING = frozenset({"traen", "contagian", "propagan", "transmiten", "esparcen", "bring",
                    "spread", "carry"})  # fmt: skip


def loose_link(an: Analysis, g: int, p: int) -> bool:
    """Between group and predicate there are other words but no copula or modal: the
    predicate probably describes something else ("migrants suffer terrible abuse")."""
    if an.units[g].sentence != an.units[p].sentence:
        return False  # the group was named in an earlier sentence (dropped subject)
    between = an.units[g + 1 : p]
    if not any(u.code == "w" and u.text not in _BRING for u in between):
        return False  # "los X traen la peste": what they bring is said of them
    return not any(u.code in ("C", "M") for u in between)


# Words for a people as a kind: an adjective on one of them, right after the copula, is said of
# the subject ("X are a lazy race", "los X son una raza floja", "son un pueblo flojo").
KIND_NOUNS = frozenset(
    {"race", "breed", "tribe", "nation", "culture", "species", "bunch", "lot", "raza", "pueblo",
     "cultura", "especie", "tribu", "bola", "gentuza", "nacion"}
)  # fmt: skip


def _postnominal(an: Analysis, u: Unit) -> bool:
    """'violencia brutal', 'abusos terribles': an adjective right after another noun; not
    after a word for a people said of the subject ("son una raza floja")."""
    if u.index == 0:
        return False
    prev = an.units[u.index - 1]
    if prev.text in KIND_NOUNS and _predicate_after_copula(an, prev.index):
        return False
    return (
        prev.sentence == u.sentence and prev.code == "w" and not prev.text.endswith(("ly", "mente"))
    )


def object_pronoun(an: Analysis, g: int) -> bool:
    return an.units[g].text in ("them", "los", "las", "les")


# A Spanish adjective right after the noun of a phrase with a preposition ("huyen de barrios
# violentos", "salen de matrimonios violentos", "viven en colonias peligrosas") is that noun's,
# not the group's; not after a word for a people's nature ("de naturaleza violenta", "de
# sangre caliente"), which says it of them.
_PREPOSITIONAL_NOUN = re.compile(
    r"\b(?:de|del|en|con|desde|entre|hacia|por|sin)\s+(?:(?:los|las|el|la|unos|unas|sus|su|"
    r"esos|esas|estos|estas|aquellos|aquellas)\s+)?(?P<noun>[a-z]{4,})\s+$"
)
_NATURE_NOUNS = frozenset(
    {"naturaleza", "sangre", "cultura", "raza", "caracter", "genes", "genetica", "indole",
     "costumbre", "costumbres", "mentalidad", "nacimiento", "origen", "general", "verdad",
     "sistema", "definicion", "esencia", "instinto", "herencia", "siempre", "mayoria",
     "promedio", "regla", "principio", "fondo", "serie"}
)  # fmt: skip


def _after_prepositional_noun(an: Analysis, u: Unit) -> bool:
    """The Spanish adjective `u` follows a noun after a preposition, with no stop between,
    and that noun is no group and no word for a people's nature."""
    text = an.norm.text
    m = _PREPOSITIONAL_NOUN.search(text, max(0, u.start - 60), u.start)
    if m is None or m.group("noun") in _NATURE_NOUNS:
        return False
    noun = m.group("noun")  # a group unit may span a clause after its word: ask its text
    return not any(v.code in ("G", "g") and noun in v.text.split() for v in an.units)


def attributive(an: Analysis, u: Unit) -> bool:
    """An adjective directly followed by an unknown word modifies that word, not the group."""
    if u.code == "X" and an.lang == "es" and _postnominal(an, u):
        return True
    if u.code == "X" and an.lang == "es" and _after_prepositional_noun(an, u):
        return True  # "las mujeres que salen de matrimonios violentos"
    if " " in u.text or u.text.endswith("s"):
        return False
    k = u.index + 1
    if k >= len(an.units):
        return False
    nxt = an.units[k]
    paused = _PAUSE.search(an.norm.text[u.end : nxt.start]) is not None
    if an.lang == "en" and paused and _predicate_after_copula(an, u.index):
        return False  # "X are lazy, period.", "..., that's a fact": the predicate ends there
    if (_insult_noun(nxt) or nxt.text in KIND_NOUNS) and _predicate_after_copula(an, u.index):
        return False  # "X are disgusting bastards", "a lazy race": the adjective is theirs
    if nxt.text.endswith("ly") or nxt.text.endswith("mente") or nxt.text in _NOT_A_NOUN:
        return False  # "inferior intellectually", "dangerous to", "peligrosos para"
    return nxt.sentence == u.sentence and nxt.code == "w"


def _insult_noun(u: Unit) -> bool:
    """A plural swear word or insult for people ("bastards", "assholes", "shits"): an
    adjective before it is said, with it, of whoever the sentence is about."""
    return u.code == "w" and u.text.endswith("s") and (u.has("INS") or u.has("PROF"))


_PAUSE = re.compile(r"[,;:.!?()\u2014]")
_LINKS = frozenset({"of", "de", "by", "por", "from", "with", "con", "for", "para"})


def _predicate_after_copula(an: Analysis, k: int) -> bool:
    """Unit k follows a copula over fillers only ("are (a bunch of) disgusting ..."), not a
    preposition ("victims of violent ..."): it is the predicate of the sentence's subject."""
    s, j = an.units[k].sentence, k - 1
    while j >= 0 and an.units[j].sentence == s and an.units[j].code in ("A", "Y"):
        if an.units[j].text in _LINKS:
            return False
        j -= 1
    return j >= 0 and an.units[j].sentence == s and an.units[j].code == "C"


_NOT_A_NOUN = frozenset(
    {"to", "than", "in", "at", "for", "with", "by", "from", "and", "or", "but", "because",
     "para", "que", "con", "en", "por", "y", "o", "pero", "porque", "as", "like", "too",
     "enough", "now", "anyway", "today", "tbh", "lol", "af", "without", "when", "whenever",
     "if", "after", "before", "compared", "sin", "cuando", "si"}
)  # fmt: skip


# Verbs of blaming whose object the group is ("culpar a los X de todo", "blaming X for ...").
_BLAME_VERBS = frozenset({"blame", "blaming", "scapegoat", "scapegoating", "culpar", "culpando",
                          "culpabilizar", "culpabilizando"})  # fmt: skip
# Blaming told of someone else ("el cabildo culpa a los X de la basura", "the mayor blamed X
# for ..."): a report of their words. "culpo" is also "I blame": a subject must stand before it.
_BLAME_TOLD = frozenset({"culpa", "culpan", "culpo", "culparon", "culpaba", "culpaban",
                         "blames", "blamed"})  # fmt: skip
# Words before such a verb that leave the writer its subject ("yo culpo", "y culpo", "also blamed").
_WRITER_BEFORE = frozenset({"yo", "i", "we", "nosotros", "nosotras", "me", "also", "tambien",
                            "solo", "just", "y"})  # fmt: skip
# What refuses the blaming before the verb ("stop", "dejen de", "no hay que").
_BLAME_STOPS = frozenset({"stop", "quit", "don't", "dont", "never", "not", "dejen de", "deja de",
                          "dejar de", "dejemos de", "no", "nunca"})  # fmt: skip


def blame_refused(an: Analysis, g: int, p: int) -> bool:
    """The group is the object of a verb of blaming that the writer refuses ("stop blaming X
    for ...", "dejen de culpar a los X de todo, el problema es otro") or names as an act that
    opens the sentence ("Culpar a la gente X de un virus es otra cosa"); what comes before the
    next copula is what they are blamed for, not what the writer calls them. A copula or modal
    between the group and the predicate ("stop blaming X, they are ...") keeps the predicate
    on the group."""
    units = an.units
    sentence = units[g].sentence
    if units[p].sentence != sentence or any(u.code in ("C", "M") for u in units[g + 1 : p]):
        return False
    k = g - 1
    while k >= 0 and units[k].sentence == sentence and units[k].code in ("A", "P"):
        k -= 1  # "a los", "la gente", "the"
    if k < 0 or units[k].sentence != sentence:
        return False
    before = units[k - 1] if k else None
    if units[k].text in _BLAME_TOLD:
        # someone named before the verb blames them, not the writer ("culpo a los X": I do)
        return (
            before is not None
            and before.sentence == sentence
            and (before.text in _BLAME_STOPS or before.text not in _WRITER_BEFORE)
        )
    if units[k].text not in _BLAME_VERBS:
        return False
    if before is not None and before.sentence == sentence:
        if before.text == "de" and k >= 2 and units[k - 2].text in ("dejen", "deja", "dejar"):
            return True
        return before.text in _BLAME_STOPS
    return units[k].text in ("blaming", "scapegoating", "culpar", "culpabilizar")


# Nouns for a post, an office or a programme a group word can name the purpose of ("the
# immigrant liaison post", "the refugee office", "the LGBT outreach budget").
_POST_NOUNS = frozenset(
    {"post", "position", "office", "program", "programs", "programme", "budget", "fund", "funds",
     "funding", "grant", "grants", "desk", "department", "hotline", "agency", "policy",
     "policies", "ordinance", "initiative", "committee", "commission", "task force", "center",
     "centre", "outreach", "liaison",
     # a policy or its debate ("the trans bathroom ordinance debate was ugly", "the Muslim ban
     # ruling was a disgrace"): criticism of a measure or of how it was argued, not of a people
     "debate", "debates", "ruling", "rulings", "bill", "bills", "ban", "law", "laws", "hearing",
     "hearings", "vote", "lawsuit", "mandate", "measure", "proposal", "referendum",
     "amendment", "guidance", "rollout", "coverage"}
)  # fmt: skip


def post_named(an: Analysis, g: int, p: int) -> bool:
    """English: the group word modifies a noun for a post, an office or a programme that heads
    the subject ("the council's immigrant liaison post is a waste of money"): the predicate is
    said of that post, not of the people it serves."""
    if an.lang != "en":
        return False
    units = an.units
    nouns = []
    for u in units[g + 1 : p]:
        if u.sentence != units[g].sentence or (u.code != "w" and u.text not in _POST_NOUNS):
            break
        nouns.append(u.text)
    # the head: the last post noun of the first three ("the trans bathroom ordinance debate")
    heads = [i for i, w in enumerate(nouns[:3]) if w in _POST_NOUNS]
    if not heads:
        return False
    k = g + 2 + heads[-1]
    if units[k].text in _PLACE_PREPOSITIONS:  # "... debate at the school board was ugly"
        k += 1
        while k < p and k - g <= 9 and units[k].code in ("A", "w"):
            k += 1
    return units[k].code == "C"  # "... post is", not "... post they run"


# A place or a time after the head noun, before its verb ("the debate at the school board was
# ugly", "the hearing on Tuesday was a farce")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "during", "before", "over", "last", "this"})


# The sex of an animal: "female", "male", "hembra" before an animal noun names no people.
_ANIMAL_SEX = frozenset({"female", "females", "male", "males", "hembra", "hembras", "macho",
                         "machos"})  # fmt: skip
_ANIMALS = frozenset({"dog", "dogs", "puppy", "pup", "cat", "cats", "horse", "horses", "pig",
                      "pigs", "cow", "cows", "goat", "goats", "rat", "rats", "bird", "birds",
                      "fox", "foxes", "wolf", "wolves", "perro", "perra", "perros", "perras",
                      "gato", "gata", "cerdo", "cerda", "yegua", "caballo", "rata", "ratas",
                      "animal", "animals", "animales"})  # fmt: skip


def animal_sex(an: Analysis, g: int) -> bool:
    """The group word is an animal's sex, right before or after the animal noun ("a bitch is a
    female dog", "una perra hembra"): a definition of the literal word, about no people."""
    units = an.units
    if units[g].text not in _ANIMAL_SEX:
        return False
    near = [units[k] for k in (g - 1, g + 1) if 0 <= k < len(units)]
    return any(u.sentence == units[g].sentence and u.text in _ANIMALS for u in near)


# A Z phrase whose words turn on what follows or precedes it: a threat "to no one", plenty
# that a group has ("a los migrantes les sobran ganas"), a smell a group notices ("could smell
# the tear gas"). Said of the group itself ("X are a threat to us", "X sobran", "X smell") it
# stands.
_NO_ONE = frozenset(
    {"no one", "nobody", "nadie", "ninguno", "ninguna", "anyone", "nothing", "nada"}
)
_DATIVES = frozenset({"les", "le", "nos", "me", "te"})
_SAME = frozenset(
    {"all the same", "are all the same", "son todos iguales", "todos iguales", "todos son iguales",
     "no valen nada", "worth nothing", "are worth nothing"}
)  # fmt: skip
_PLENTY = frozenset({"talento", "ganas", "razones", "motivos", "virtudes", "cualidades"})
_STOLEN_HEARTS = frozenset({"show", "corazon", "corazones", "atencion", "miradas", "escena"})
# Words that make the phrase a thing's, not a people's: youth teams, second-hand goods
_SECOND_HAND = frozenset({"ropa", "carro", "carros", "autos", "muebles", "cosas", "llantas",
                          "libros", "mano", "division", "troca", "trocas"})  # fmt: skip
_THINGS_BEFORE = {
    "inferiores": frozenset({"fuerzas", "divisiones", "categorias", "ligas", "equipos"}),
    "de segunda": _SECOND_HAND,
}
_DETERMINERS = frozenset({"the", "a", "an", "that", "this", "those", "these", "their", "our"})
# "de segunda" as an ordinal: a generation, a round, a division ("de segunda o tercera
# generación", "de segunda vuelta"), not a lower rank of people
_ORDINAL_AFTER = re.compile(
    r"\s+(?:(?:o|y|a|e) (?:de )?(?:primera|tercera|cuarta|quinta) )?(?:generacion|generaciones|"
    r"vuelta|ronda|division|temporada|mano|fila|planta|etapa|ola)\b"
)
# What a people is said to lack when the sentence tells its hardship, not its worth: "many
# Navajo voters lack street addresses", "the families lack access to clinics".
_HARDSHIP_LACKS = frozenset(
    {"access", "street", "addresses", "insurance", "health", "internet", "broadband",
     "transportation", "transport", "cars", "documents", "papers", "ids", "housing", "water",
     "electricity", "funding", "resources", "clinics", "lawyers", "interpreters",
     "translators", "representation", "childcare", "running", "reliable", "affordable",
     "doctor", "doctors", "physician", "physicians", "healthcare", "care", "hospital",
     "hospitals", "clinic", "pharmacy", "pharmacies", "license", "licenses", "visas", "status",
     "shelter", "savings", "credit", "banking", "coverage", "paperwork"}
)  # fmt: skip
# Words between "lack" and the thing lacked: "lack a primary doctor", "lack basic insurance".
_BEFORE_LACKED = frozenset(
    {"a", "an", "the", "any", "primary", "regular", "family", "basic", "legal", "stable",
     "proper", "steady", "local", "nearby"}
)  # fmt: skip


def _lacks_hardship(units: list[Unit], k: int) -> bool:
    """The words after "lack" at unit k name a hardship of `_HARDSHIP_LACKS`, past up to two
    articles or plain adjectives ("lack a primary doctor"); "lack basic decency" is a want of
    worth."""
    sentence = units[k].sentence
    for j in range(k + 1, min(len(units), k + 4)):
        if units[j].sentence != sentence:
            return False
        if units[j].text in _HARDSHIP_LACKS:
            return True
        if units[j].text not in _BEFORE_LACKED:
            return False
    return False


# What an argument is called when a fact knocks it down: "destroys the whole 'X bring crime'
# argument", "kills the myth that ...", "tumba el mito de que ...".
_ARGUMENT_NOUNS = frozenset(
    {"argument", "arguments", "myth", "myths", "narrative", "claim", "claims", "theory",
     "stereotype", "stereotypes", "trope", "talking", "notion", "lie", "lies", "argumento",
     "argumentos", "mito", "mitos", "narrativa", "teoria", "estereotipo", "estereotipos",
     "discurso", "cuento", "mentira"}
)  # fmt: skip
# What ends the verb's object: a comma's clause, a conjunction.
_OBJECT_ENDS = frozenset({"and", "but", "or", "y", "pero", "o", "because", "porque"})


def argument_object(an: Analysis, pred: Unit) -> bool:
    """A verb predicate whose object is an argument or a myth ("X's record destroys the whole
    'immigrants bring crime' argument", "the data on X kills the myth that ..."): it is said
    of that argument, not of the people. Read up to eight units on, in the clause."""
    units = an.units
    for j in range(pred.index + 1, min(len(units), pred.index + 9)):
        u = units[j]
        if u.sentence != pred.sentence or u.text in _OBJECT_ENDS:
            return False
        if "," in an.norm.text[units[j - 1].end : u.start]:
            return False
        if not _ARGUMENT_NOUNS.isdisjoint(u.text.split()):
            return True
    return False


def said_of_something_else(an: Analysis, pred: Unit) -> bool:
    if credited_with_good(an, pred) or group_is_the_object(an, pred):
        return True  # "X are the reason the farms still run", "a los X los contaminan ..."
    units = an.units
    k = pred.index
    nxt = units[k + 1] if k + 1 < len(units) and units[k + 1].sentence == pred.sentence else None
    prev = units[k - 1] if k > 0 and units[k - 1].sentence == pred.sentence else None
    if nxt is not None and nxt.text in _NO_ONE and pred.text.endswith((" to", " on", " para")):
        return True
    if pred.text in ("sobran", "sobra") and prev is not None and prev.text in _DATIVES:
        return True
    if nxt is None:
        return False
    if pred.code == "Z" and argument_object(an, pred):
        return True  # "destroys the whole 'X bring crime' argument": the argument is
    if pred.text in _SAME and nxt.text in ("to", "para"):
        return True  # "all the same to the cartels", "no valen nada para el gobierno"
    if pred.text in ("sobran", "sobra") and nxt.text == "en" and _next_word(units, k + 2, _PLENTY):
        return True  # "sobran en talento": plenty of it ("sobran en este país" stands)
    if pred.text == "vienen a robar" and _next_word(units, k + 2, _STOLEN_HEARTS):
        return True  # "vienen a robar el show": an idiom of praise
    if prev is not None and prev.text in _THINGS_BEFORE.get(pred.text, ()):
        return True  # "las fuerzas inferiores" (youth teams), "ropa de segunda" (second-hand)
    if pred.text == "de segunda" and _ORDINAL_AFTER.match(an.norm.text, pred.end):
        return True  # "mexicanos de segunda o tercera generación": an ordinal, no rank
    if pred.text.endswith(" welfare") and nxt.text in _WELFARE_BODIES:
        return True  # "are all on welfare committees": a board they sit on
    if pred.text in ("lack", "lacking") and _lacks_hardship(units, k):
        return True  # "lack street addresses": a hardship told, not a want of worth
    if pred.text == "overrun" and nxt.text in ("with", "by"):
        return True  # "overrun with paperwork": what they suffer
    if pred.text in ("ruin", "ruined", "ruining") and nxt.text in ("their", "his", "her"):
        return True  # "ruined their backs in those fields": their own harm
    return pred.text == "smell" and nxt is not None and nxt.text in _DETERMINERS


# Nouns after "welfare" that make it the name of a body or a policy ("welfare committee").
_WELFARE_BODIES = frozenset(
    {"committee", "committees", "board", "boards", "council", "panel", "panels", "office",
     "department", "reform", "policy", "team", "teams", "staff", "fund", "drive", "ministry",
     "rights", "workers", "caseworkers", "advocates", "programs", "program"}
)  # fmt: skip


def _next_word(units, k: int, words: frozenset[str]) -> bool:
    """Unit k exists, stands in the sentence of unit k - 1 and is one of `words`."""
    return k < len(units) and units[k].sentence == units[k - 1].sentence and units[k].text in words
