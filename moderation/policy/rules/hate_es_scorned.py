"""Everyday Mexican Spanish scorn for a people, above all indigenous and trans people
(`hate.es_scorned`, hold only).

The phone-typed lines the other Spanish families miss because they carry no insult word in
the copula slot: disgust exclaimed at a group ("qué asco los X"); a group not wanted here
("aquí no queremos X", "a los X ni agua"); a group that will never amount to anything ("los X
nunca van a progresar", "una mujer trans nunca va a ser mujer"); harm approved as earned for
being one ("se lo merecía por X", "una X menos"); a group ranked below a dog ("prefiero un
perro que un X", "son menos que nosotros"); a call to hit one on sight ("si ves un X,
pégale"); a people fit only to serve ("las X sirven para chachas"); a people blamed for the
country's backwardness ("los X son el atraso de México", "sin los X seríamos primer mundo");
a people sent back to the hills, kept out of the city or from having children; the trans
tropes of a danger to children, a fad or the devil's work; and misgendering ("ese señor que
se cree mujer", "es un hombre con falda"). Indigenous slurs the group lexicon leaves
ambiguous ("una india", "pinche india", "eso es de indios", "hablas como indio") are read here
by their frame.

The comment is read as `hate_es_short.masked_words` reads it (groups masked as `GRP`). Every hit
only holds: a moderator reads it. A negation or someone else's words just before the shape,
a comment that calls some line racist or false, and a line quoted or reported let it pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import pattern_needles
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech, dismissed_after
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate.why_not_argued import why_not_argued
from moderation.policy.rules.hate_es_short import masked_words, negated_es, units_inside
from moderation.policy.rules.hate_everyday.counter_speech import condemns, set_apart
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_scorned"
_DRESSED_UP = "a trans woman called a man dressed up"
_DISGUST = "disgust exclaimed at a group"
_SCORE = 0.75

# An indigenous person by a word the group lexicon leaves out or keeps ambiguous ("India" the
# country): read as a group only in the frames below that name a person ("una india",
# "pinche india", "como indio").
_ONE_IND = r"(?:indi[oa]|indit[oa]s?|oaxaquit[oa]s?|oaxac[oa]s?|naco|naca|priet[oa]s?)"
# Who is meant: a masked group, or one of the words above after an article or a curse.
_GX = rf"(?:GRP|(?:un|una|esa|ese|esta|este|pinche|maldita|maldito|cualquier) {_ONE_IND})"
_GY = rf"(?:GRP|{_ONE_IND})"
_IND_ANY = r"(?:indi[oa]s?|indit[oa]s?|oaxaquit[oa]s?|oaxac[oa]s?|nac[oa]s?|priet[oa]s?)"
# The diminutives of an indigenous person, scorn when called at someone ("no seas indito",
# "cállate, oaxaquito"); of a people in a plain sentence they are the group word.
_DIM = r"(?:indit[oa]s?|oaxaquit[oa]s?)"
# People from the hills called by where they live ("los paisanos del monte").
_GH = r"(?:GRP|paisan[oa]s del? (?:monte|cerro|rancho|sierra))"
_DET = r"(?:(?:a )?(?:los|las|esos|esas|estos|estas|unos|unas|un|una|el|la|ese|esa) )?"
# What a man calls a man; what the writer says a trans woman "thinks she is".
_MAN = r"(?:senor(?:es)?|vatos?|batos?|weys?|gueys?|tipos?|hombres?|cuates?|chavos?|man)"
_WOMAN = r"(?:GRP|mujer(?:es)?|viejas?|damas?|senoras?|senoritas?|chavas?|muchachas?|nina)"
# A blow or spit told to the reader ("pégale", "córrela a patadas").
_BLOW = (
    r"(?:pegale|pegarle|pegenle|pegales|pegarles|golpeale|golpealo|golpeala|escupele|escupanle|madrealo|"
    r"madreala|madreenlo|correlo|correla|corranlo|matalo|matala|matenlo|patealo|pateala|"
    r"quemalo|quemala|apedrealo|apedreala|dale (?:una|un|sus)|denle (?:una|un|sus)|"
    r"rompele|partele)"
)
_SERVE = (
    r"(?:chachas?|sirvient[ea]s?|criad[oa]s?|esclav[oa]s?|gat[oa]s?|mozos?|peones|"
    r"cargadores|limpiar(?: casas| banos| pisos)?|servir|barrer|trapear|lavar ropa)"
)
_BACKWARD = (
    r"(?:atraso|lastre|cancer|estorbo|ancla|freno|rezago|peste|verguenza|desgracia|"
    r"ruina|mal)"
)
# A group word as a subject: opening the sentence or a clause, or after a determiner (never
# after a noun, where "mexicano" is an adjective: "el sistema de salud mexicano").
_SUBJECT_GRP = (
    r"(?:(?<![a-z] )|(?<=\blos )|(?<=\blas )|(?<=\bel )|(?<=\bla )|(?<=\bese )|(?<=\besa )|"
    r"(?<=\besos )|(?<=\besas )|(?<=\bestos )|(?<=\bestas )|(?<=\bGRP ))\bGRP"
)
_HILLS = (
    r"(?:reservas?|sus pueblos|su pueblo|sus ranchos|su rancho|el monte|su monte|la sierra|"
    r"su sierra|el cerro|su cerro|sus cerros|sus comunidades|sus jacales|su jacal|la selva|"
    r"sus chozas|su choza|cuevas?|su cueva)"
)
_CHILDREN = r"(?:ninos|ninas|hijos|hijas|chamacos|escuincles|chiquillos|nuestros \w+|menores)"

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        _DISGUST,
        re.compile(
            rf"\bque (?:asco|asquito|horror|fuchi|guacala|cochinada|asquerosidad|repugnancia)"
            rf"(?: (?:de|con|ver a|ver))? {_DET}{_GY}\b|"
            rf"\b{_GY} ,? que (?:asco|fuchi|guacala|cochinada)\b|"
            rf"\b(?:guacala|wacala|fuchi|guacatelas)(?: ,)? {_DET}{_GY}\b|"
            rf"\bque verguenza {_DET}GRP(?: en (?:la calle|el centro|todos lados|la tele|mi \w+))?"
            r"(?= \.|$| ,)"
        ),
    ),
    (
        "a group not wanted here",
        re.compile(
            r"\b(?:aqui|aca|en (?:mi|esta|este|nuestra|nuestro) \w+) no (?:queremos|aceptamos|"
            r"admitimos|necesitamos|dejamos entrar)(?: a)?(?: los| las| mas)? GRP\b|"
            r"\b(?:a )?(?:los|las|esos|esas|estos|estas) GRP ni (?:agua|el saludo|los buenos dias|"
            r"madres|un vaso de agua)\b|"
            # said as its own clause: "traigan a los X a sus casas" is a dare, not a sending
            r"(?:^|(?<=\. )|(?<=, ))(?:los|las|esos|esas) GRP (?:a|pa|para) (?:su|sus) "
            r"(?:casas?|montes?|cerros?|"
            r"pueblos?|ranchos?|sierra|jaulas?|closet|cuevas?|chozas?|jacales?)\b|"
            rf"\b(?:que )?(?:los|las|esos|esas) {_GH}(?: que)? se (?:escondan|larguen|encierren|"
            rf"pudran|regresen a su \w+|queden en (?:su casa|sus casas|{_HILLS})|vayan del pais|"
            r"vayan de "
            r"(?:aqui|mexico|la ciudad|mi \w+))\b|"
            r"\bGRP\b[^.]{0,40}? (?:escuelas?|salones?|banos?|camiones|lugares?) aparte\b|"
            # a right or a job denied, unless the hours or the pay are what is refused
            r"\bGRP no (?:deberian|deben|tendrian que|tienen por que) (?:trabajar|votar|estudiar|"
            r"manejar|opinar|gobernar|mandar|ir a la escuela|tener derechos)\b"
            r"(?! (?:\d|tantas|tanto|mas de|en (?:\w+ )?condiciones|bajo|sin|gratis|de noche|"
            r"horas|asi|solos|solas|por menos))"
        ),
    ),
    (
        "a group said to never amount to anything",
        re.compile(
            rf"\b{_GX} (?:nunca|jamas) (?:va|van|vas) a (?:progresar|aprender|superarse|"
            r"salir adelante|cambiar|civilizarse|ser (?:un |una )?(?:GRP|hombres?|mujer(?:es)?|"
            r"nadie|nada|normal(?:es)?|gente|alguien|doctor\w*|licenciad\w*|profesionistas?|"
            r"de verdad|de este pais))\b|"
            rf"\b{_GX} (?:no (?:saben?|sabian?) ni|ni (?:saben?|sabian?)) "
            r"(?:hablar|leer|escribir|pensar|contar)\b"
        ),
    ),
    (
        "harm to a member approved as earned by what they are",
        re.compile(
            rf"\bse l[oa]s? (?:merecia|merecian|merece|merecen|merecio|merecieron|tenia merecido|"
            rf"tenian merecido|gano|ganaron|busco|buscaron) por {_GY}\b|"
            rf"\bpor {_GY} (?:le|les|la|lo|las|los) (?:paso|pasa|pego|pegaron|mataron|golpearon|"
            r"madrearon|quemaron|corrieron)\b|"
            rf"\b(?:le|les|lo|la|los|las) (?:pegaron|golpearon|mataron|madrearon|quemaron|"
            rf"corrieron|violaron|apedrearon)\b[^.]{{0,30}}?{_GY}\b ,? (?:bien hecho|se lo "
            r"(?:merecia|merecian|merecio|buscaron|busco|gano|ganaron)|que bueno|uno menos|una "
            r"menos|ni modo)\b|"
            r"\bGRP (?:se )?merecen (?:todo lo malo|lo que les pasa|todo lo que les pasa|que los "
            r"(?:maten|golpeen|quemen|corran)|morir|sufrir|la muerte)\b|"
            rf"\bbien hecho que (?:les|le|los|las) \w+ [^.]{{0,30}}?{_GY}\b|"
            r"\b(?:un|una) GRP menos(?: en (?:el mundo|la calle|este pais|la tierra))?"
            r"(?= \.|$| ,? (?:que bueno|bien hecho|ni modo|ojala|a la verga))|"
            r"\bque bueno que se (?:suiciden|suicidan|mueran|maten|matan) (?:los|las|esos|esas) "
            r"GRP\b"
        ),
    ),
    (
        "a group ranked below a dog or below the writer",
        re.compile(
            r"\b(?:prefiero|preferiria|vale mas|valen mas|es mejor) (?:a )?(?:un|una|mi|a mi) "
            rf"(?:perro|perra|rata|animal|gato|puerco|cerdo|burro) (?:que|a) {_DET}{_GY}\b|"
            r"\b(?:un|una|mi) (?:perro|perra|gato|gata|animal|burro|puerco|cerdo|rata) vale mas "
            rf"que (?:un |una |cualquier )?{_GY}"
            r"\b|"
            rf"\b(?:yo )?(?:valgo|valemos) mas que (?:cualquier|un|una|los|las|todos los|todas "
            rf"las) {_GY}\b|"
            rf"\bGRP (?:son|es|valen|vale) (?:menos|poco menos) que (?:nosotros|nada|un perro|una "
            r"rata|un animal|los animales|los perros|cualquier(?:a| \w+))\b"
        ),
    ),
    (
        "a call to hit a member on sight",
        re.compile(
            rf"\bsi (?:ves|miras|te encuentras|te topas con|ven|miran|veo|vemos)(?: a)? (?:un|una|"
            rf"algun|alguna|a un|a una) {_GY} ,? (?:\w+ ){{0,2}}?{_BLOW}"
        ),
    ),
    (
        "a people said to be fit only to serve",
        re.compile(
            r"\bGRP(?: \w+){0,2}? (?:solo |nomas |nada mas |nomas para |son pa |son para )?"
            rf"(?:sirven?|nacieron|nacio|son) (?:para|de|pa) {_SERVE}\b|"
            rf"\bGRP (?:son|eran) (?:puras|puros|unas|unos|pura) (?:gatas|chachas|sirvientas|"
            r"criadas|gatos)\b|"
            rf"\b{_GX} es (?:mi|la|una) (?:chacha|gata|sirvienta|criada)\b ,? para eso sirven?\b"
        ),
    ),
    (
        "a people blamed for the country's backwardness",
        re.compile(
            # the group itself as the subject, not an adjective of a noun before it ("el sistema
            # de salud mexicano es una desgracia")
            rf"{_SUBJECT_GRP} (?:son|es) (?:el|la|un|una) (?P<p>{_BACKWARD})\b|"
            r"\bGRP (?P<q>atrasan|hunden|estancan|frenan|arruinan|jalan para atras) (?:al|el|a|"
            r"la) (?:pais|mexico|estado|ciudad|region)\b|"
            r"\bpor culpa de (?:los|las|esos|esas) GRP (?:el pais|mexico|estamos|seguimos|no "
            r"(?:avanzamos|progresamos|salimos))\b|"
            r"\bsin (?:los|las) GRP (?:seriamos|estariamos|viviriamos|mexico seria|el pais "
            r"seria|ya seriamos)\b"
        ),
    ),
    (
        "a people sent back to the hills or kept from the city",
        re.compile(
            r"\bGRP (?:deberian|deben|tienen que|tendrian que|que se) (?:estar|quedarse|vivir|"
            rf"regresarse|volver|regresar|queden|regresen)\w* (?:en|a) {_HILLS}\b|"
            r"\bGRP no (?:deberian|deben|tendrian que|tienen por que) (?:venir|bajar|entrar|estar|"
            r"vivir) (?:a|en) (?:la ciudad|el centro|las ciudades|la capital|mi colonia|"
            r"nuestra \w+)\b|"
            r"\b(?:mejor que|ojala|que) (?:los|las|esos|esas)? ?GRP (?:ya )?no (?:tengan|tuvieran) "
            r"(?:mas )?hijos\b|"
            r"\b(?:operar|ligar|capar|esterilizar)(?:l[oa]s)? para que no (?:tengan|tuvieran) "
            r"(?:mas )?hijos\b"
        ),
    ),
    (
        "a call to lock up or run out a group",
        re.compile(
            r"\ba (?:los|las|esos|esas|estos|estas) GRP (?:hay que|habria que|deberian|tienen "
            r"que|hay q) (?:internar|encerrar|curar|operar|esterilizar|correr|sacar|echar|"
            r"deportar|quemar|golpear|madrear|castrar|capar|exterminar|eliminar|desaparecer|"
            r"callar|fumigar|separar|aislar|meter al manicomio|mandar al psiquiatra)l[oa]s\b|"
            r"\bhay que limpiar (?:la|el|las|los|mi|nuestra|nuestro) \w+ de GRP\b|"
            r"\bGRP\b[^.]{0,40}? ,? (?:deberian|hay que|habria que) (?:correrl|sacarl|echarl)"
            r"[oa]s?\b|"
            r"\bGRP\b[^.]{0,30}? \. que se vayan (?:a un psiquiatra|al psiquiatra|al manicomio|"
            r"a un manicomio)\b"
        ),
    ),
    (
        "trans or gay people cast as a danger to children, a fad or the devil's",
        re.compile(
            r"\bGRP (?:son|es) (?:unos |unas |puros |todos )?(?:pederastas|pedofilos|violadores|"
            r"hijos del diablo|del diablo|obra del diablo|una moda|una burla|un mal ejemplo)\b|"
            r"\bGRP (?:quieren |van a |buscan |nomas quieren |solo quieren )?"
            r"(?:pervertir|pervert ir|corromper|lavar el cerebro|lavarle el cerebro|lavarles el "
            r"cerebro|lavan el cerebro|confundir|adoctrinar|reclutar|pervierten|corrompen|"
            rf"confunden|adoctrinan|reclutan)(?: a)?(?: los| las| a los| a las)? {_CHILDREN}\b|"
            r"\bGRP\b[^.]{0,15}? (?:se van a ir|van a ir|se iran|iran|van a arder|arderan|se "
            r"van a quemar) (?:al|en el) infierno\b|"
            r"\bdios odias? a (?:los|las) GRP\b|"
            r"\b(?:transgenerismo|transexualismo|ideologia de genero|lo trans) (?:es|son) (?:una "
            r"|un )?(?:enfermedad|moda|trastorno|aberracion|locura|perversion|pecado)\b|"
            r"\bGRP no (?:deberian|deben|pueden) (?:usar|entrar a|entrar al|meterse al|meterse a)"
            r"(?: el| los)? banos? de GRP\b"
        ),
    ),
    (
        _DRESSED_UP,
        re.compile(
            rf"\b(?:ese|este|el|un|aquel|esos|estos|los|ese pinche|esa|esa cosa|eso) {_MAN} que "
            rf"se (?:cree|creen|siente|sienten|hace pasar por|hacen pasar por|viste de|visten de|"
            rf"disfraza de|disfrazan de) (?:una? )?{_WOMAN}\b|"
            rf"\besa cosa que se cree (?:una? )?{_WOMAN}\b|"
            rf"\b(?:es|son) (?:un |unos )?{_MAN} (?:con|en) (?:falda|faldas|vestido|vestidos|"
            r"peluca|pelucas|tacones)\b|"
            rf"\b(?:es|son) (?:un |unos )?(?:hombres?|senor(?:es)?) (?:vestidos?|disfrazados?)\b|"
            rf"\bse (?:cree|creen) (?:una? )?{_WOMAN} (?:pero|si|y|aunque|cuando) (?:son|es) "
            rf"(?:unos |un )?{_MAN}\b|"
            rf"\bes un hombre ,? aunque se (?:ponga|pinte|vista)\b"
        ),
    ),
    (
        "a stereotype of a people said plainly",
        re.compile(
            r"\b(?:son|es|eran|era) GRP ,? que (?:esperabas|esperaban|esperas|querias|quieres)\b|"
            r"\bque (?:esperabas|esperas|se puede esperar|mas se puede esperar|puedes esperar) de "
            # not when what is done to them follows ("... si no les dan trabajo"): sympathy
            rf"{_DET}{_GY}\b(?! ?,? si (?:no |nadie |nunca )?(?:se )?(?:les|los|las|le|lo|la) )|"
            r"\bGRP\b[^.]{0,40}? (?:\. )?(?:todos|todas) (?:apestaban|apestan|olian feo|huelen "
            r"feo|estaban mugrosos|estaban sucios)\b|"
            r"\bGRP (?:huelen|hueles|huele) a (?:\w+ ){0,3}?(?:mugre|caca|mierda|orines|meados|"
            r"chiquero|podrido|zorrillo|chivo|animal)\b|"
            r"\bGRP (?:piensan|son|actuan|razonan) como (?:ninos|ninas|chamacos|escuincles|"
            r"animales|bestias|changos|monos)\b|"
            # asked about the body or purse words the lexicon leaves out (near-word readings)
            r"\bpor que (?:los|las|esos|esas) GRP son tan (?:chaparr[oa]s|tacan[oa]s|avar[oa]s|"
            r"prietos|prietas|nacos|nacas|jodidos|jodidas)\b|"
            r"\bGRP (?:viven|vive) de (?:limosnas?|pedir|la caridad|los apoyos|las ayudas)\b"
        ),
    ),
)
# Read over the plain normalised text: the words themselves, which the group masking hides.
_RAW_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        "an indigenous person's word used as an insult",
        re.compile(
            r"\b(?:pinche|pinches|maldita|malditas|puta|putas|pinshe|pinchi) indi(?:a|as|ta|tas)"
            r"\b|"
            rf"\b(?:eso es|esas son cosas|son cosas|cosas|eso son cosas|es cosa) de {_IND_ANY}"
            r"(?=[.!?,]|$)|"
            rf"\b(?:gatas?|chachas?) (?:indias?|inditas?|oaxaquitas?)\b|"
            rf"\b(?:indias?|inditas?|oaxaquitas?) (?:gatas?|chachas?)\b|"
            # "hablan mixteco" is a language spoken: the likeness needs "como" or "a"
            r"\b(?:hablas|hablan|habla|te vistes|se visten|se viste|actuas|actuan|comes|comen) "
            rf"como (?:un |una |los |las )?{_IND_ANY}\b(?! de la india)|"
            rf"\b(?:hueles|huelen|huele|pareces|parecen|pareceis) (?:a )?(?:un |una )?{_IND_ANY}"
            r"\b(?! de la india)|"
            # the diminutives said to a reader: called one, told not to be one, hailed by it
            r"\b(?:eres|eras|sos|no seas|seas|sea|pareces|te ves|andas de|te portas como) "
            rf"(?:un |una |bien |muy |tan |todo un |toda una |como )?{_DIM}\b|"
            rf"^\W*{_DIM}\W* (?:tenias|tenia|habias|habia) que ser\b|"
            rf"^\W*(?:(?:ja)+\w*|ay|oye|ora|orale|bye|adios) ,? ?{_DIM}\W*$|"
            rf"\w ?, ?{_DIM} ?[.!?]*$|"
            rf"^\W*{_DIM}\W*$"
            # "mejorar la raza" is coded.tsv's `group_proverb_es`, with the dismissals it allows
        ),
    ),
)

# Which of the shapes may match the masked words, and whether the plain-text shape may match
# the normalised text, from the strings each must hold (as `hate_es_short._SEARCHED`): most
# Spanish comments hold those of none, and one token lookup is cheaper than fifteen searches.
_SEARCHED = pattern_needles(tuple(pattern for _what, pattern in _SHAPES))
_RAW_SEARCHED = pattern_needles(tuple(pattern for _what, pattern in _RAW_SHAPES))


# A work of fiction named in the sentence: the man who "thinks he is a woman" is a character
# of its plot ("es un personaje de la novela", "en la película, el señor que se cree mujer").
_FICTION = re.compile(
    r"\b(?:novela|novelas|telenovela|telenovelas|serie|series|pelicula|peliculas|peli|pelis|"
    r"obra de teatro|obra|cuento|libro|comedia|caricatura|comic|historieta|sketch|capitulo|"
    r"episodio|temporada|guion|sitcom|show)\b"
)


def _in_fiction(words: str, a: int, b: int) -> bool:
    """A work of fiction is named in the sentence of the span a..b."""
    start = words.rfind(" . ", 0, a)
    end = words.find(" . ", b)
    return bool(_FICTION.search(words, max(0, start), end if end >= 0 else len(words)))


def _quote_before(an: Analysis, first: int) -> bool:
    """Quoted words earlier in the sentence: the disgust after them is at what was said."""
    sentence = an.units[first].sentence
    return any(u.quoted and u.sentence == sentence for u in an.units[:first])


def _found(an: Analysis) -> tuple[int, int, str] | None:
    groups = group_units(an)
    words, offsets, index = masked_words(an, groups)
    for k in _SEARCHED.candidates(words):
        what, pattern = _SHAPES[k]
        for m in pattern.finditer(words):
            if negated_es(words, m) or OTHERS_BELIEF.search(
                words[max(0, m.start() - 40) : m.start()]
            ):
                continue
            if what == _DRESSED_UP and _in_fiction(words, m.start(), m.end()):
                continue  # "ese señor que se cree mujer es un personaje de la novela"
            inside = units_inside(offsets, index, m.start(), m.end())
            if inside and what == _DISGUST and _quote_before(an, inside[0]):
                continue  # 'escribió "pinches X" para hablar de los X, qué asco': at the words
            if inside:
                return inside[0], inside[-1], what
    text = an.norm.text
    for k in _RAW_SEARCHED.candidates(text):
        what, pattern = _RAW_SHAPES[k]
        for m in pattern.finditer(text):
            if negated_es(text, m) or OTHERS_BELIEF.search(
                text[max(0, m.start() - 40) : m.start()]
            ):
                continue
            inside = [u.index for u in an.units if m.start() <= u.start < m.end()]
            if inside:
                return inside[0], inside[-1], what
    return None


# Verbs of saying, shared by the two checks below: someone else's words, not the writer's.
_SAID = r"gritaba|gritaban|grito|gritaron|decia|decian|dijo|dijeron|dice|dicen|escribio|escribieron"
# Someone else named as the speaker right after the words ("..., me gritaba el maestro").
_TOLD_AFTER = re.compile(rf"\W{{0,3}}(?:me |nos |le |les |te )?(?:{_SAID}|repetia|repetian)\b")
# Someone else's words reported just before ("El volante decía que los X se regresen ...").
_TOLD_BEFORE = re.compile(
    rf"\b(?:{_SAID}|pedia|pedian|pide|piden|ponia|pone|exigia|exigian) (?:que )?\W*$"
)
# Words that may carry a shape when no group word or slur is in the comment.
_UNGROUPED = re.compile(
    r"\b(?:indi\w*|oaxa\w*|nac[oa]s?|priet\w*|raza|hombres?|senor\w*|vatos?|batos?|weys?|"
    r"gueys?|tipos?|cosa|paisan\w+|transgenerismo|transexualismo|ideologia)\b"
)
# Whether it may match, from the token mask the rules' gates have read for the same text.
_UNGROUPED_SEARCHED = pattern_needles((_UNGROUPED,))


@rule(_RULE, Category.HATE)
def es_scorned(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that scorns a people in one of the everyday shapes above."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    if not (
        an.by_class.get("G")
        or "S" in an.codes
        or (_UNGROUPED_SEARCHED.candidates(an.norm.text) and _UNGROUPED.search(an.norm.text))
    ):
        return []
    found = _found(an)
    if not found or condemns(an):
        return []
    first, last, what = found
    text = an.norm.text
    told = _TOLD_AFTER.match(text, an.units[last].end) or _TOLD_BEFORE.search(
        text, max(0, an.units[first].start - 30), an.units[first].start
    )
    if told or set_apart(an, first, last) or dismissed_after(an, last):
        return []
    if why_not_argued(an, first):
        return []  # "¿Por qué los X no deberían votar?": asks for a reason against, expects none
    if counter_speech(an, first, last):
        return []  # 'el que escribió "..." de los X, qué asco': the disgust is at the words quoted
    return [Hit(_RULE, _SCORE, (an.span(first, last),), what, cap_hold=True)]
