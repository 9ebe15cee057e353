"""Spam (clause `spam`): links (hold at PolicyConfig.links_to_hold, as WordPress does),
link-only comments, known spam patterns (self-promotion, pills, casinos, crypto, SEO, loans,
work from home, giveaways, "write to me on WhatsApp"), phone numbers offering services, and
repeated promotion.

`spam.pattern` adds up the weights of the patterns in lexicons/spam.tsv (the file explains the
scale) and of a few signals read here from the raw text: a shortened or referral link, a link
written to dodge filters ("example dot com"), a crypto wallet address. A link, a phone number
or a personal e-mail address adds weight to a real cue, never to a weak hint alone, so an
ordinary comment citing one source passes. Self-promotion alone can hold but not reject.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import load, skipping
from moderation.policy.normalize import Normalized, fold_text
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.spam_bare_pitch import bare_pitch
from moderation.policy.rules.spam_customer import (
    STORY_DROPS,
    answers_asker,
    customer_story,
    told_unpaid,
)
from moderation.policy.rules.spam_link_offers import LINK_OFFERS
from moderation.policy.rules.spam_soft import SOFT, soft_pitch
from moderation.policy.types import Category, Submission

# Newer endings that sell (loans, one-click sites) that are also English words: a missing space
# glues them to a full stop ("6am.Today we march", "port.Space is limited"), which `links`
# drops (`_word_glued`).
_WORD_ENDINGS = ("loan", "icu", "buzz", "space", "today")
# Top-level domains a bare link is read by ("example.com"), in _URL and in its prefilter.
_TLDS = "|".join(
    ("com", "net", "org", "info", "biz", "ru", "cn", "xyz", "top", "io", "co", "me", "ly",
     "online", "site", "shop", "store", "club", "click", "link", "tk", "tv", "nl", "pl", "eu",
     "pw", "ws", "cc", "uk", "mx", "ar", "br", "ca", "gl", "gd", "app", "website", "blog", "gg",
     "win", "bet", "vip", "lat", "us", "pro", "ai", "live", "news", "example", "blogspot",
     # country domains of the Americas a pitch to border readers ends in (not those that are
     # Spanish words a missing space glues to a full stop: "casa.Ni modo", "algo.Ve")
     "gt", "hn", "sv", "cr", "cl", "ec", "bo", *_WORD_ENDINGS)
)  # fmt: skip
# A bare host runs on past its first known ending ("informes.example.gob.mx/x" is one link,
# not "informes.example" and "gob.mx/x").
_URL = re.compile(
    rf"https?://\S+|www\.\S+|\b[\w-]+\.(?:{_TLDS})\b(?:\.[\w-]+)*(?:/\S*)?",
    re.IGNORECASE,
)
# An optional "+", then 10+ digits and separators, with no digit just before or after. It opens
# with the class [+\d], so the engine jumps from digit to digit instead of trying every position.
_PHONE = re.compile(r"[+\d](?<!\d[+\d])(?:(?<=\+)\d|(?<=\d))[\d ()\-.]{8,}\d(?!\d)")
# A sum written with thousands separators ("1.250.000.000 de pesos", "3,400,000"): all groups
# of three after the first, which no phone number has (their last group has four digits).
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")


def _phone_search(text: str) -> re.Match | None:
    """The first `_PHONE` match that is no sum of money."""
    return next((m for m in _PHONE.finditer(text) if not _AMOUNT.fullmatch(m.group())), None)


_SERVICE = re.compile(
    r"\b(call|text|whatsapp|telegram|contact|services?|available|24/7|hire|book|booking|"
    r"llama|llamanos|llamame|contacta|contactanos|servicios?|disponible|escribe|escribenos|"
    r"mandenme|mandame|mandanos|marcame|marcanos|escribanme|informes|cotizaciones|citas|"
    r"cel|celular|whats|pedidos|llamen|marquen|escriban|contacten|agenda|agende|cita|reserva|"
    r"reservaciones|interesados|appointments?|estimates?|orders?|inquiries|escribeme|"
    r"escribanme|whatsappeame|mensajeame|pide|pidan|pida|pregunte|pregunten|"
    r"ask for)\b"
)
# A number given beside a price, a sale, a guarantee or a business's name offers something
# even without "call" ("Need a fast eviction? Landlord Legal Express, <number>, $149 flat").
_PHONE_OFFER = re.compile(
    r"\b(cheap\w*|barat\w*|discount\w*|descuento\w*|precio especial|a buen precio|flat fee|"
    r"flat rate|for sale|\w+ sale on|on sale|se venden?|vendo|vendemos|venta de|compra y venta|"
    r"financiamiento|sin enganche|meses sin intereses|mayoreo|wholesale|garantizad[oa]s?|"
    r"guaranteed|discreet|discreto|discreta|no paperwork|sin papeleo|sin examen|ofertas?|"
    r"delivered|envios|inc|llc|gestoria|cerrajeria|plomeria|fumigacion|destapamos|"
    r"2x[1i]|3x2|"  # "2x1": the normalised text reads its 1 as an i
    r"realty|ofrezco|ofrecemos|we offer|"
    r"(?:precios?|tarifas?|cuotas?) (?:justos|justas|accesibles|economic[oa]s|de risa)|"
    # a service of this blog's topics, or the seller vouched for: the number is the way to it
    r"recomendad[oa]s?|recommended|confiables?|reliable|trusted|licensed|certified|"
    r"certificad[oa]s?|notari[oa]s?|notary|abogad[oa]s?|attorney|lawyer|lic|licenciad[oa]|"
    r"tramites?|paperwork|papeles|permisos? de trabajo|work permits?|visas?|itin|taxes|"
    r"impuestos|mudanzas?|movers|moving (?:company|services?|truck)|fletes|credit repair|"
    r"credito|prestamos?|loans?|"
    r"negocio|compro|compramos|we buy|en efectivo|pago al momento|pago en partes|"
    r"family rates|cruces?|crossing|guias?|con experiencia|experienced|asilo|asylum|green card|"
    r"residencia|ciudadania|citizenship|traductor|translator|traducciones|translations|"
    r"limpieza|cleaning|plomer[oa]|plumber|electricista|electrician|mecanico|mechanic|"
    r"reparamos|instalamos|"
    r"amarres?|limpias|(?:tarot|psychic|palm|card|first|1st) reading|"
    r"lectura de (?:cartas|tarot|mano))\b|"
    r"\$ ?\d[\d,.]* flat\b|(?:&|\band) (?:sons|co)\b|\by asociados\b"
)
# A number for an office of government, a crisis line or a campaign is a civic call to action.
_CIVIC = re.compile(
    r"\b(representatives?|reps?|senators?|congress\w*|legislators?|lawmakers?|governor|mayor|"
    r"council\w*|offices?|switchboard|hotline|helpline|lifeline|crisis|white house|capitol|"
    r"clerk|attorney general|polling|diputad[oa]s?|senador\w*|congreso|legislador\w*|"
    r"gobernador\w*|alcald\w*|oficinas?|linea de ayuda|consulado|embajada|bureau|department|"
    r"agency|commission|ombudsman|police|sheriff|fbi|tip line|fiscalia|cndh|profeco|comision|"
    r"procuraduria|dependencia|consulates?|embassy|uscis|irs|ssa|inm|comar|acnur|unhcr|pd|"
    r"policia|crime stoppers|(?:fraud|tip|crisis|help|info|support|victims?|abuse) line|"
    r"linea (?:de|para) (?:atencion|ayuda|la vida|crisis|emergencias?|denuncia|apoyo|"
    r"orientacion|victimas))\b"
)
# An office named as what the offer spares you ("sin ir al consulado", "skip the embassy line")
# is the seller's pitch, not a civic call.
_SPARED = re.compile(
    r"\b(?:sin (?:(?:ir|pasar|acudir|vueltas)(?: a| al| a la| por| por el| por la)?)?|"
    r"without (?:going to|visiting|calling)(?: the| a)?|skip(?:ping)? the|no need to (?:go to|"
    r"call)(?: the)?|olvidate (?:de la|del|de))\s*$"
)
# A firm's office, read on the raw text: "our office", "nuestra oficina", or "la oficina Futuro
# Seguro" (a capitalised name after it, not an agency's acronym nor a name followed by the body
# it belongs to: "la oficina Enlace Migrante del municipio" is the town's).
_FIRM_OFFICE = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Nn]uestras?|[Mm]is?) (?:\w+ )?(?:offices?|oficinas?)\b|"
    r"\b(?:[Oo]ffices?|[Oo]ficinas?) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Downtown|Central|Regional|Estatal|Federal|Consular|"
    r"Municipal|Nacional|General|Lunes|Martes|Jueves|Viernes|Sabado|Domingo)\b)"
    r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ ){0,2}[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b(?! [A-ZÁÉÍÓÚÑ])"
    r"(?! (?:del|de la|de los) (?:municipio|ayuntamiento|condado|gobierno|estado|ciudad)\b)"
)
_OFFICE_WORD = re.compile(r"(?:offices?|oficinas?)$")
_FIRM_SELLS = re.compile(r"\b(?:consulta gratis|free consultation|primera consulta|flat fee)\b")
# An office named as the trouble a seller fixes ("IRS debt relief", "problemas con el SAT").
_OFFERED_AS = re.compile(r" (?:debt |tax )?(?:relief|problems?|trouble|issues|solutions?)\b")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Two or more white-space characters, or one that is not a plain space. Opening with \s, the
# regex engine only stops at white space.
_SPACES = re.compile(r"\s(?:\s+|(?<=[^\S ]))")

# Link shorteners hide where a link goes; referral parameters pay whoever posts them.
_SHORTENER = re.compile(
    r"(?<![a-z0-9.-])(?:bit\.ly|goo\.gl|tinyurl\.com|adf\.ly|ow\.ly|is\.gd|buff\.ly|cutt\.ly|"
    r"rebrand\.ly|tiny\.cc|rb\.gy|shorte\.st|linkbucks\.com|bc\.vc|v\.gd|shorturl\.at|t\.ly|"
    r"shhort\.com|lnkd\.in)/",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"[?&](?:aff|aff_id|affiliate|referral|refid|ref_id|invite|partner|ref|r)=[a-z]*\d\w*|"
    r"/(?:ref|refer|referral|invite|aff)/\w",
    re.IGNORECASE,
)
# "example dot com", "example (dot) com", "example . com", "examplesite com": a link written so
# that filters miss it.
# Endings of a link written so that filters miss it: after a space, a star or a bracket
# ("example com", "example (dot) com"), and the ones read only after a spelled-out dot
# ("example dot vip").
_HIDDEN_TLDS = ("com", "net", "org", "info", "biz", "tk", "ru", "mx", "io")
_SPELLED_TLDS = ("example", "vip", "app", "shop", "store", "online", "site", "xyz")
_HIDDEN_LINK = re.compile(
    r"\b(?!(?:the|a|an|dot|punto|that|this|his|her|their|our|my|your)\b)[a-z0-9][a-z0-9-]{2,}"
    r"(?:(?:\s?(?:\(dot\)|\[dot\]|\{dot\}|\(punto\)|\[\.\]|\(\.\))\s?|\s(?:dot|punto)\s|\s?\*\s?)"
    rf"(?:{'|'.join(_HIDDEN_TLDS + _SPELLED_TLDS)})\b"
    r"|(?:\s\.\s?|\.\s)(?-i:com|net|org|mx)\b)",  # "example. com"; "Ryan. TK" ends a sentence
    re.IGNORECASE,
)
# "examplesite com": a dropped dot; often only punctuation lost in copying, so it counts as a
# link (weight for a real cue), not as a cue of its own.
_SPACED_LINK = re.compile(
    r"\b(?!(?:the|a|an|dot|punto)\b)[a-z0-9][a-z0-9-]{3,} com\b", re.IGNORECASE
)
# Links to a profile, a channel, a shop, a fundraiser or a chat group promote someone; links to
# one post, one video or one article (evidence) do not match.
_PROMO_LINK = re.compile(
    r"(?<![\w-])(?:https?://)?(?:www\d*\.|m\.|[a-z]{2}\.)?(?:"
    r"youtube\.com/(?:user/|channel/|c/|@)|"
    r"(?:twitter|x)\.com/@?\w+/?(?![\w.-]|/\w)|"
    r"instagram\.com/(?!p/|reels?/|tv/|stories/)[\w.]+|"
    r"(?:facebook|fb)\.com/(?!(?:video|story|photo|permalink|watch|events|share|sharer|groups)"
    r"\b)(?:pages/)?[\w.-]+(?:/\d+)?/?(?![\w.-]|/\w)|"
    r"tiktok\.com/@[\w.]+/?(?![\w.-]|/\w)|"
    r"soundcloud\.com/|twitch\.tv/|reverbnation\.com/|bandcamp\.com|mixcloud\.com/|"
    r"audiomack\.com/|linktr\.ee/|beacons\.ai/|onlyfans\.com/|patreon\.com/|ko-fi\.com/|"
    r"buymeacoffee\.com/|gofundme\.com/|indiegogo\.com/|kickstarter\.com/|vakinha\.com|"
    r"teespring\.com/|redbubble\.com/|etsy\.com/shop/|ebay\.[a-z.]+/(?:itm|usr|str)/|"
    r"play\.google\.com/store/|apps\.apple\.com/|itunes\.apple\.com/[a-z]{2}/app/|"
    r"plus\.google\.com/|t\.me/|telegram\.me/|wa\.me/|chat\.whatsapp\.com/|discord\.gg/)",
    re.IGNORECASE,
)
_HIDDEN_HINT = re.compile(
    rf"(?:[\s*)\]]|\s\.)(?:{'|'.join(_HIDDEN_TLDS)})\b|"
    rf"(?:dot|punto|\]|\))\s?(?:{'|'.join(_SPELLED_TLDS)})\b",
    re.IGNORECASE,
)


def _lower_case(regex: re.Pattern) -> re.Pattern:
    """A case-insensitive regex of lower-case letters as a case-sensitive one for lower-cased
    ASCII text: the same matches at the same offsets, since lower-casing ASCII keeps every
    offset and no ASCII letter folds to anything but its other case. Python's engine compares
    every character both ways for a case-insensitive pattern."""
    letters = re.sub(r"\\.", "", regex.pattern)  # escapes such as \S are no letters
    if letters != letters.lower() or "(?-i" in letters or not regex.flags & re.IGNORECASE:
        raise ValueError(f"not a case-insensitive pattern of lower-case letters: {regex.pattern}")
    return re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)


def _case_sensitive(regex: re.Pattern) -> tuple[re.Pattern, int]:
    """`_lower_case`, searched with `lexicon.skipping` (the engine jumps between the
    characters a match opens with; it tries a case-insensitive pattern at every position)."""
    return skipping(_lower_case(regex))


# (id, weight, regex, the same for lower-cased ASCII text and its group)
_LINK_CUES = tuple(
    (ident, weight, rx, *_case_sensitive(rx))
    for ident, weight, rx in (
        ("link.shortened", 0.2, _SHORTENER),
        ("link.referral", 0.3, _REFERRAL),
        ("promo.link_profile", 0.3, _PROMO_LINK),
    )
)
_HIDDEN_HINT_LOWER = _case_sensitive(_HIDDEN_HINT)[0]
# The endings the hint needs: a text holding none of them (most) is answered without the
# regex, which stops at every white-space character.
# Every ending `_HIDDEN_HINT` reads: an ASCII comment with none of them skips the regex.
_HIDDEN_ENDINGS = _HIDDEN_TLDS + _SPELLED_TLDS
# bc1..., 1.../3... or 0x...: opening with the class of those first characters (the rest of each
# form checks which one it was), the regex engine stops only at them.
_WALLET = re.compile(
    r"[b130](?<=\b[b130])"
    r"(?:(?<=b)c1[a-z0-9]{25,59}|(?<=[13])[a-km-zA-HJ-NP-Z1-9]{25,34}|(?<=0)x[a-fA-F0-9]{40})\b"
)
_EMAIL = re.compile(
    r"[a-z0-9._%+-]+@(?:gmail|googlemail|yahoo|hotmail|outlook|aol|protonmail|proton|icloud|"
    r"live|ymail|gmx|yandex|mail)\.[a-z.]{2,8}",
    re.IGNORECASE,
)

# A public body's site (.gov, .gob.mx, .edu, .mil, .int) is a source, never the poster's shop:
# it is no way to reach the poster and no place a pitch sends readers to.
_PUBLIC_HOST = re.compile(r"\.(?:gov|gob|edu|mil|int)(?:\.[a-z]{2})?$", re.IGNORECASE)
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:www\d*\.)?([^/\s?#:,;()\[\]!'\"]+)", re.I)
# A word of sale in a link's host ("quickcash-loans.net", "pastillasgratis.mx"): a weak hint,
# since news sites have such words too; it adds to another cue.
_SALES_HOST = re.compile(
    r"cash|loan|casino|slots|pills?|pharma|profit|income|money|gift|promo|offer|deal|bonus|"
    r"barat[oa]s?|recarga|earn|"
    r"jackpot|crypto|forex|bitcoin|followers|likes|cheap|discount|replica|gratis|dinero|"
    r"prestamo|credito|apuesta|oferta|sorteo|seguidores|adelgaz|ganar|\bbet"
)
# "visit", "sign up at", "regístrate en", "cotiza en" just before a link (same sentence): a
# weak hint, as readers also send each other to sources this way.
_SEND_TO = re.compile(
    r"\b(visit\w*|go to|head (?:over )?to|sign up|register|apply|order|book|buy|shop|join|"
    r"click|learn more|more info|find out more|get (?:it|yours|started)|"
    r"download (?:the|our|my) app|"
    r"entra|entren|registr\w+|inscrib\w+|pide\w*|pidan|compra|compren|cotiza\w*|"
    r"agenda|reserva|informes|mas informacion|pasate|unete|unanse|descarga\w*)\b[^.!?\n]{0,40}$"
)
# A handle named with its platform ("on TikTok @name", "IG: @name"), read just before an "@".
_PLATFORM_BEFORE = re.compile(
    r"\b(?:tiktok|instagram|insta|ig|twitter|youtube|telegram|twitch|threads|facebook|fb|"
    r"snapchat|kick)[\s:]{0,3}$"
)
# A quoted stretch: a pattern wholly inside one is mentioned ("those 'earn $500 a day' ads"),
# not used, unless the comment also gives a way to reach the poster.
_QUOTED = re.compile(
    r'"[^"\n]{2,200}"|\u201c[^\u201d\n]{2,200}\u201d|\u00ab[^\u00bb\n]{2,200}\u00bb'
    r"|(?<!\w)['\u2018][^'\u2018\u2019\n]{2,200}['\u2019](?!\w)"  # 'single', not "it's"
)
_QUOTE_MARKS = ('"', "\u201c", "\u00ab", "'", "\u2018")


@lru_cache(maxsize=16)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The quoted stretches of the comment (`_QUOTED`): spam.pattern and spam.phone both ask,
    so the comment is scanned once."""
    if not any(q in text for q in _QUOTE_MARKS):
        return ()
    return tuple(m.span() for m in _QUOTED.finditer(text))


# A pattern that names a scam is a warning about it ("those crypto recovery scams", "cuidado
# con los préstamos sin buró, son fraude"): the words right after a cue call it a scam.
_CALLED_SCAM = re.compile(
    r"(?:(?!\b(?:not|no|never|nunca|ni)\b|n't)[^.!?\n]){0,25}?"
    r"\b(scams?|scammers?|frauds?|fraudulent|estafas?|estafadores?|fraudes?|fraudulent[oa]s?)\b"
)
# A seven-digit local number ("555-0142", "call 723.4410"), read only when no full number is
# there; "2010-2014" and prices are no numbers: a year cannot be its last four digits.
_LOCAL_PHONE = re.compile(r"\d(?<![\d,.$/\-]\d)\d\d[-.](?!(?:19|20)\d\d\b)\d{4}(?![\d\-]|[.,]\d)")
# A number given for a community or nonprofit service (a food drive, a church, a legal aid
# clinic, a shelter) is no sale, wherever the comment names it.
_COMMUNITY = re.compile(
    r"\b(food (drive|bank|pantry|distribution)|pantry|soup kitchen|parish|church|congregation|"
    r"mosque|synagogue|community (center|centre|clinic|fridge|kitchen|group|meeting|event)|"
    r"non-?profit|not for profit|legal aid|legal clinic|free clinic|volunteers?|shelter|"
    r"mutual aid|library|pta|school district|free of charge|at no cost|no cost to|"
    r"banco de alimentos|despensa comunitaria|comedor comunitario|centro comunitario|iglesia|"
    r"parroquia|capilla|sin fines de lucro|asociacion civil|albergue|casa del migrante|"
    r"clinica (legal|juridica) gratuita|"
    # free care and food for whoever needs it: "la clínica gratuita", "el banco de comida", "la
    # defensoría pública", "free vaccine clinic", "the tenants' union hotline"
    r"clinicas? (gratuitas?|gratis|comunitarias?|publicas?|municipal(es)?)|"
    r"consultorios? (gratuitos?|comunitarios?|parroquial(es)?)|banco de (comida|ropa|viveres)|"
    r"(despensas?|comida|vacunas?|vacunacion|consultas medicas|atencion medica) (gratis|"
    r"gratuitas?)|defensoria publica|defensor(es)? de oficio|abogad[oa]s? de oficio|"
    r"free (health|medical|dental|vaccine|flu|legal|tax|meal|meals|food) (clinic|care|shots?|"
    r"screenings?|help|services?|hotline|line|boxes|distribution)|free meals|free groceries|"
    r"public defender'?s?|health department|departamento de salud|tenants'? (union|association)|"
    r"planned parenthood|"
    r"(asesoria|ayuda|atencion) (legal|juridica) (gratuita|gratis)|"
    r"voluntari[oa]s|biblioteca|sin costo alguno|totalmente gratuit[oa]|health fair|"
    r"jornadas? (de salud|medicas?|de vacunacion)|centro de salud|dif|municipal|"
    # care passed on to whoever needs it: "walk-in care", "por si alguien lo necesita" (a
    # clinic's or a shelter's line given, not sold; "sin cita", "sin papeles" sell visas)
    r"walk-?in (care|clinic|hours)|"
    r"for anyone who needs (it|help|care|a bed)|in case anyone needs (it|help)|"
    r"para quien lo necesite|para quienes lo necesiten|por si alguien lo necesita|"
    r"refugio (para|de) (mujeres|familias|migrantes)|women'?s shelter)\b"
)
# A business's own name or a sale beside the community word: "Weekend sale on church pews,
# Holy Furnishings Inc.", "Gestoría Hermanos Alcalá, trámites garantizados para miembros de
# iglesia". A church's bake sale or a parish's yard sale stays a community notice.
_SALE_OVER_COMMUNITY = re.compile(
    r"(?:&|\band) sons\b|\b(inc|llc|ltd|gestoria|bienes raices|realty|muebles|"
    r"for sale|(?<!bake )(?<!yard )(?<!garage )(?<!rummage )(?<!book )sale on|"
    r"se venden?|vendo|vendemos|financiamiento|sin enganche|precio especial|"
    r"guaranteed|garantizad[oa]s?|discount|descuento)\b|"
    # a price asked beside the free service: "consultas privadas a 500 pesos", "only $49"; not
    # a budget ("only $20 million")
    r"\b(?:a|por|desde|for|only|just|solo) (?:\$ ?\d[\d,.]*+|\d[\d,.]*+ ?(?:pesos|dolares|dlls|"
    r"usd|bucks|dollars)\b)(?! ?(?:million|billion|trillion|millones|mil millones|[mbk]\b))"
)


# A neighbour's reason to be messaged: a pet or a wallet lost or found, a meeting or a vigil, a
# ride offered, or something asked of the reader ("DM me the source", "pásame la fuente").
# "DM me" / "escríbanme al privado" there is how neighbours reach each other, not a pitch.
_NEIGHBOURLY = re.compile(
    r"\b(?:lost|missing|found|runaway|stray) (?:\w+ ){0,2}(?:dogs?|cats?|pets?|pupp(?:y|ies)|"
    r"kittens?|parrots?|wallet|keys|bike|chihuahua|horses?|goats?|cows?|calf|tortoise|"
    r"donkeys?|mules?|hens?|chickens?|roosters?|birds?|parakeets?)\b|"
    r"\b(?:perr[oai]\w*|gat[oai]\w*|mascota|cartera|llaves|cachorr\w*)\b(?: \w+){0,3} "
    r"(?:perdid[oa]s?|extraviad[oa]s?)\b|"
    r"\b(?:se (?:me |nos )?(?:perdio|escapo|salio)|perdi|perdimos|extravie|encontre|encontramos) "
    r"(?:\w+ ){0,2}(?:perr[oai]\w*|gat[oai]\w*|mascota|cartera|llaves|cachorr\w*|chihuahua|"
    r"caballo|yegua|becerr[oa]|chiv[oa]|perico|loro|conejo|tortuga|burr[oa]|gallinas?|gallo)\b|"
    r"\bif (?:you|anyone|anybody) (?:see|sees|spot|spots|find|finds) (?:him|her|it|them)\b|"
    r"\bsi (?:alguien|alguno|ustedes) (?:lo|la|los|las) (?:ve|ven|vio|encuentra|encuentran)\b|"
    r"\b(?:community|neighbou?rhood|town hall|council|hoa|pta|block|school board|parents) "
    r"meetings?\b|\b(?:junta|reunion|asamblea) (?:de vecinos|vecinal|comunitaria|de padres|"
    r"del barrio|de la colonia)\b|\bvigil\b|\bvigilia\b|\b(?:a ride|carpool)\b|"
    r"\b(?:aventon|ir juntos|irnos juntos|vamos juntos)\b|"
    r"\b(?:dm|pm|message|send|text|inbox) me (?:the|that|your|a) (?:source|link|study|article|"
    r"paper|data|screenshot|photo|pic|picture|recipe)\b|"
    r"\b(?:pasame|mandame|enviame|pasenme|mandenme) (?:la|el|tu|su) (?:fuente|link|enlace|"
    r"estudio|articulo|nota|foto|captura|receta)\b"
)
# The cues that only say how to reach the writer ("DM me", "escríbanme al privado").
_REACH = "contact"
_REACH_IDS = frozenset({"offer.call_now"})


# Terms of a sale: "DM for rates" is a business's, whatever the notice round it.
_TERMS = re.compile(
    r"\b(?:rates|prices?|pricing|precios?|costos?|cotizacion\w*|orders?|pedidos|promos?|"
    r"promociones|business|negocio|fees?|cuotas?|cobro|cobramos)\b|\$"
)


def _neighbourly(folded: str) -> bool:
    """A neighbour's notice or request (`_NEIGHBOURLY`) with no terms of a sale."""
    return bool(_NEIGHBOURLY.search(folded)) and not _TERMS.search(folded)


def _community(folded: str) -> bool:
    """A community or nonprofit service named in the comment (folded text), and no business."""
    return bool(_COMMUNITY.search(folded)) and not _SALE_OVER_COMMUNITY.search(folded)


# A link to a site's front page or one short page of it ("example.com", "example.com/join")
# promotes the site; a link to one article (a long or dated path) cites it.
_ARTICLE_PATH = re.compile(
    r"\d{4}|[^/?#]{25}|/[^/]+/[^/]+/|[a-z]+-[a-z]+-[a-z]+-|[?&]v=|\.pdf|"
    r"/(?:status|p|video|videos|reel|watch|shorts|articles?|story|news|noticias?)/"
)
# A public body's site named in a phone number's sentence: its own number.
_PUBLIC_SITE = re.compile(r"\.(?:gov|gob|edu|mil)\b", re.IGNORECASE)
PRAISE = "praise"  # generic praise of the post: counts only beside a link to a site's front
# Words of a sale, a bet or an "investment", by family: beside a link to a site's front page or
# one short page of it they make the link a pitch ("Cheap rentals fast at <site>", "Apuestas con
# bono del 300% <site>", "Earn BTC daily <site>"); a link to one article is evidence whatever
# words surround it. One family weighs a cue, two a telling phrase.
_COMMERCE = tuple(
    re.compile(rx)
    for rx in (  # the last two name a topic (a casino, crypto), the others an offer
        # a price offered
        r"\b(?:only|just|solo|por solo|desde|starting at|starts at|a partir de) \$ ?\d[\d,.]*"
        r"(?! ?(?:million|billion|trillion|millones|mil millones|[mbk]\b))|"
        r"\$ ?\d[\d,.]* (?:usd |mxn |dolares |pesos )?(?:down|flat|per visit|la consulta|per view|"
        r"por vista|mensuales)\b|\$ ?\d+\.99\b|\$\$\$|\U0001f4b2|"
        r"\b(?:pagos|payments) (?:chiquitos|comodos|mensuales|bajos|low)\b|"
        r"\b(?:cut|cuts|save|saves|slash|slashes) (?:mine|(?:your|my) (?:costs?|bills?)|costs?|"
        r"bills?) (?:by )?\d+ ?%|\b(?:te|le|les) ahorra (?:el |tu |su )?\d+ ?%",
        # cheap, a discount, a sale
        r"\b(?:cheap|cheapest|cheaply|barat[oa]s?|baratisim[oa]s?|baratit[oa]s?|"
        r"cobran? (?:poquito|barato|muy poco)|precio especial|(?:buen|mejor) precio|discounts?|"
        r"descuentos?|\d+ ?% off|2x1|3x2|2-for-1|2 for 1|buy one,? get one|promo|promocion|"
        r"ofertas?|(?:great|good|best|hot|special) "
        r"deals?|deals? (?:on|this)|on sale|for sale|(?:big|summer|weekend|flash|clearance) sale|"
        r"rebajas?|mayoreo|wholesale|coupons?|cupon(?:es)?|running an? (?:deal|promo|sale|special)|"
        r"(?:tiene )?un costo minimo|costo simbolico)\b",
        # urgency
        r"\b(?:solo hoy|only today|today only|this week only|solo esta semana|limited time|"
        r"por tiempo limitado|ultimos lotes|last units|limited spots|cupo limitado|tonight only)\b",
        # a loan without questions
        r"\b(?:prestamos?|loans?|creditos?|dinero)\b[^.!?]{0,40}\b(?:aprobad[oa]s?|approved|"
        r"minutes|minutos|sin (?:buro|papeleo|aval|fiador)|mal historial|bad credit|"
        r"no credit check|instant\w*|al instante)\b",
        # a bonus or free tokens
        r"\b(?:bonus|bono (?:de|del) (?:\d|bienvenida|registro)|\d+ ?% (?:de )?bon(?:o|us)|"
        r"free (?:tokens|spins|bets?|btc|bitcoin|crypto)|(?:bitcoin|btc|cripto) gratis)\b",
        # a return on money
        r"\b\d+ ?% (?:mensual|monthly|a month|al mes|diario|daily|weekly|semanal)\b|"
        r"\b(?:rendimientos?|returns?|plusvalia|ganancias?|profits?) (?:del |de |of )?\d+ ?%|"
        r"\b\d+ ?% (?:de )?(?:rendimiento|plusvalia|returns?|profits?|ganancia)|"
        r"\bgana dinero\b|\bearn (?:btc|bitcoin|crypto)\b",
        # quick weight lost or easy money promised, with a figure
        r"\b(?:lose|drop|burn) \d+ ?(?:pounds|lbs?|kilos|kg)\b(?! (?:ago|last|since))|"
        r"\b(?:pierde|pierda|baja|adelgaza|adelgace) \d+ ?(?:kilos|kg|libras)\b|"
        r"\b(?:make|earn|makes|earns) \$ ?\d[\d,.]*k? ?/ ?(?:wk|week|day|mo|month)\b|"
        r"\b(?:make|earn|makes|earns) \$ ?\d[\d,.]*k? (?:daily|a day|per day|a week|per week|"
        r"weekly|from home)\b|"
        r"\b(?:gana|gane|ganas) \$ ?\d[\d,.]* (?:diarios|al dia|por dia|a la semana|semanales|"
        r"desde (?:tu |su )?casa)\b",
        # a free first try
        r"\b(?:first (?:week|month|class|lesson|visit|session|\d+) (?:is |are )?free|"
        r"primer[oa]? (?:semana|clase|consulta|mes|sesion) (?:es )?gratis|"
        r"free (?:course|webinar|trial|installation|valuation|home valuation|claim review|"
        r"consultations?|consults?)|(?:curso|webinar|instalacion|asesoria|consultas?) gratis|"
        r"prueba gratis|gratis la primera)\b",
        # a guarantee, a speed or a multiple promised, no experience asked
        r"\b(?:guaranteed|garantizad[oa]s?|100 ?% (?:working|garantizad[oa]|natural(?:es)?|"
        r"segur[oa]|real|legit)|(?:en|in) (?:24|48|72) ?(?:h|hrs|horas|hours)|x ?10|"
        r"multiplica(?:s|r)?|chollos?|gangas?|meses sin intereses|sin enganche|primera gratis|"
        r"no experience|sin experiencia|sin ingles)\b",
        # a prize, money put in, a service sold to businesses, a price "from", ...
        *LINK_OFFERS,
        # a casino or a bet
        r"\b(?:casinos?|apuestas?|apuesten|betting|bets|odds|picks|bankroll|jackpot)\b",
        # crypto and forex
        r"\b(?:crypto|cryptos|cryptocurrency|cripto|criptomonedas?|bitcoin|btc|forex)\b",
    )
)
# The same first matches, found jumping between the characters one can open with (most open
# with r"\b(?:...)", which the engine would try at every position).
_COMMERCE_SEARCH = tuple(skipping(rx) for rx in _COMMERCE)


def _host(text: str, span: tuple[int, int]) -> str:
    m = _HOST.match(text, span[0], span[1])
    return m.group(1).rstrip(".").lower() if m else ""


def _plain(text: str) -> str:
    """Lower case without accents (a short window; `fold_text` keeps its one memo for the
    whole comment)."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _outside_links(text: str) -> tuple[tuple[int, int], ...]:
    """The links of a comment that do not point at a public body."""
    return tuple(sp for sp in links(text) if not _PUBLIC_HOST.search(_host(text, sp)))


def _site_link(text: str) -> bool:
    """A link (or a link written to dodge filters) that points at a site rather than at one
    article: what generic praise of a post is written to carry."""
    for span in _outside_links(text):
        m = _HOST.match(text, span[0], span[1])
        path = text[m.end() if m else span[0] : span[1]].rstrip("/.,;:!?)")
        if not _ARTICLE_PATH.search(path.lower()):
            return True
    return bool(_HIDDEN_HINT.search(text) and _HIDDEN_LINK.search(text))


_TOPICS = 2  # the last families of `_COMMERCE` name a topic, not an offer
_CHEAP = 1  # the family of "cheap", "discount", "sale": words of complaint as well
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _front_link(text: str, outside: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The first link to a site's front page or one short page of it (not to one article)."""
    for span in outside:
        m = _HOST.match(text, span[0], span[1])
        path = text[m.end() if m else span[0] : span[1]].rstrip("/.,;:!?)")
        if not _ARTICLE_PATH.search(path.lower()):
            return span
    return None


def _site_pitch(
    text: str, outside: tuple[tuple[int, int], ...]
) -> tuple[str, float, tuple[int, int]] | None:
    """Words of a sale (`_COMMERCE`) in a comment that links to a site's front page or one
    short page of it: the link is the pitch's. Not when the link goes to one article, nor in a
    community notice unless two families of such words are there ("the food bank's sign-up
    page, free consultations" passes; "crypto ministry returns 18% monthly" does not)."""
    front = _front_link(text, outside)
    if front is None:
        return None
    norm = fold_text(text)
    folded = norm.text
    found = [
        (i, m.span(group))
        for i, (rx, group) in enumerate(_COMMERCE_SEARCH)
        if (m := rx.search(folded))
    ]
    if not found or (len(found) == 1 and _community(folded)):
        return None
    if len(found) > 1:
        return (
            "offer.site_pitch",
            0.4,
            min(s for _, s in found) if len(folded) == len(text) else front,
        )
    family, span = found[0]
    if len(folded) != len(text):  # an accent or an emoji: the word's span as typed
        span = norm.span(*span)
    # One offer word is the pitch ("Only $29.99", "first week free"); "cheap" only in the link's
    # own sentence ("Cheap rentals at <site>", not "<site>. Nothing is cheap now"); a topic word
    # (a casino, crypto) only hints.
    between = text[min(span[1], front[1]) : max(span[0], front[0])]
    if family >= len(_COMMERCE) - _TOPICS or (family == _CHEAP and _SENTENCE_END.search(between)):
        return ("offer.site_pitch", 0.2, span)
    return ("offer.site_pitch", 0.3, span)


def _phone_in(text: str) -> re.Match | None:
    """A full phone number (nine digits or more) or a seven-digit local one."""
    m = _phone_search(text)
    if m is not None and sum(c.isdigit() for c in m.group()) >= 9:
        return m
    return _LOCAL_PHONE.search(text) if "-" in text or "." in text else None


def _blank(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text with the given stretches turned to spaces (offsets kept)."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


HOLD_AT = 0.5  # total weight that holds (spam.tsv explains the scale)
REJECT_AT = 1.0
CUE = 0.3  # a link, a phone number or an e-mail address adds weight only to a cue this strong
CONTACT = 0.3  # what each of them adds
REPEATED = 3  # a pattern matching this often in one comment weighs more
PROMOTION = "promo"  # the kind of pattern that may hold but never reject on its own
SEND_TO = "link.send_to"  # "visit <link>": a hint that adds to a pitch, not to self-promotion


# What every match of _URL holds: "://", "www." or a dot before a top-level domain. Its three
# openings are single characters, so the regex engine jumps between them, while _URL itself
# tries its domain branch at every word of a comment (most comments hold no link).
_URL_HINT = re.compile(rf"[:w.](?:(?<=:)//|(?<=w)ww\.|(?<=\.)(?:{_TLDS})\b)", re.IGNORECASE)


# For lower-cased ASCII text: the same spans, in about half the time.
_URL_LOWER = _lower_case(_URL)
_URL_HINT_LOWER = _lower_case(_URL_HINT)


@lru_cache(maxsize=64)  # four rules ask about the same comment in a row
def links(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(span for span in _links(text) if not _word_glued(text, span))


def _word_glued(text: str, span: tuple[int, int]) -> bool:
    """A bare match ending in a `_WORD_ENDINGS` word that reads as a sentence glued on ("i
    voted.today was easy", "port.Space is limited", "UMC.ICU"): no path, scheme or "www.", and
    the label before it an ordinary word, a short one or one with a digit ("quickcash.loan",
    "dineroya-latino.loan" and "FastCash.Loan" stay links)."""
    found = text[span[0] : span[1]]
    if "://" in found or found.lower().startswith("www.") or "/" in found:
        return False
    label, _, ending = found.rpartition(".")
    if ending.lower() not in _WORD_ENDINGS:
        return False
    label = label.rsplit(".", 1)[-1]
    if "-" in label or any(c.isupper() for c in label[1:]):
        return False  # "dineroya-latino.loan", "FastCash.Loan": a brand's host
    if ending[:1].isupper():
        return True  # "port.Space is limited": a new sentence
    label = label.lower()
    return len(label) <= 3 or any(c.isdigit() for c in label) or label in load().vocab


def _links(text: str) -> tuple[tuple[int, int], ...]:
    if "." not in text and "://" not in text and "．" not in text:
        return ()  # every form of link holds one or the other
    if text.isascii():
        lower = text.lower()
        if not _URL_HINT_LOWER.search(lower):
            return ()
        return tuple(m.span() for m in _URL_LOWER.finditer(lower))
    found = tuple(m.span() for m in _URL.finditer(text)) if _URL_HINT.search(text) else ()
    if found:
        return found
    wide = unicodedata.normalize("NFKC", text)  # full-width letters: "ｗｗｗ.ｅｘａｍｐｌｅ.ｃｏｍ"
    if wide == text:
        return ()
    spans = tuple(m.span() for m in _URL.finditer(wide))
    if not spans or len(wide) == len(text):
        return spans
    return ((0, len(text)),)


@rule("spam.links", Category.SPAM)
def many_links(an: Analysis, sub: Submission) -> list[Hit]:
    found = links(sub.text)
    if len(found) >= max(1, sub.config.links_to_hold):
        return [Hit("spam.links", 0.6, tuple(found), f"{len(found)} links", True)]
    return []


@rule("spam.link_only", Category.SPAM)
def link_only(an: Analysis, sub: Submission) -> list[Hit]:
    found = links(sub.text)
    if not found:
        return []
    text = sub.text
    # the words without the links (their case does not matter here)
    rest = _URL_LOWER.sub(" ", text.lower()) if text.isascii() else _URL.sub(" ", text)
    words = _WORD.findall(rest)
    if len(words) < 3 and not _SOURCE_CUES.intersection(w.lower() for w in words):
        return [Hit("spam.link_only", 0.7, tuple(found), "a link with no comment")]
    return []


# A reader answering "source?" with a link ("Source: <link>", "Fuente: <link>") cites, not
# promotes: the word says what the link is for.
_SOURCE_CUES = frozenset(
    [
        "source",
        "sources",
        "src",
        "citation",
        "cite",
        "ref",
        "reference",
        "report",
        "study",
        "data",
        "fuente",
        "fuentes",
        "referencia",
        "informe",
        "estudio",
        "datos",
        "nota",
    ]
)


def _forms(an: Analysis) -> tuple[Normalized, ...]:
    """The comment as typed (folded) and, when different, as de-obfuscated."""
    text = an.norm.original
    if text.isascii() and an.norm.text == text.lower() and not _SPACES.search(text):
        return (an.norm,)  # nothing was read as leetspeak, joined or squeezed
    plain = fold_text(text)
    if plain.text == an.norm.text:
        return (plain,)
    if "@" in plain.text and plain.text.replace("@", "a") == an.norm.text:
        return (plain,)  # "@handles" read as leetspeak: no other word was de-obfuscated
    return (plain, an.norm)


def _lexicon_cues(an: Analysis) -> list[tuple[str, float, tuple[int, int]]]:
    """(id, weight, original span) of every spam.tsv pattern the comment matches, read as
    typed (folded) and, when it differs, as de-obfuscated ("v1agra", "c a s i n o")."""
    forms = _forms(an)
    patterns = an.lex.spam
    found = []
    needles = an.lex.spam_needles
    if len(forms) == 1:
        numbers = needles.candidates(forms[0].text)
    else:  # (plain, an.norm): the troll rule asks about an.norm again, and the plain form's
        # tokens are mostly the same; only those that differ are looked up again
        index = needles.index
        plain, norm = forms[0].text, forms[1].text
        extra = set(plain.split()).difference(norm.split())
        joined = plain + "\n" + norm
        numbers = needles.candidates(joined, index.mask(norm) | index.tokens_mask(extra))
    search = an.lex.spam_search
    for number in numbers:
        ident, w, rx, _needs = patterns[number]
        fast, group = search[number]  # the same first match, found faster (lexicon.skipping)
        for form in forms:
            m = fast.search(form.text)
            if m is not None:
                if len(rx.findall(form.text)) >= REPEATED:
                    w += 0.3  # the same promotion again and again in one comment
                found.append((ident, w, form.span(m.start(group), m.end(group))))
                break
    return found


def _text_cues(text: str) -> list[tuple[str, float, tuple[int, int]]]:
    """Signals read from the raw text: links dressed to hide or to pay, wallet addresses."""
    if not text.isascii():
        wide = unicodedata.normalize("NFKC", text)  # full-width letters spell links too
        if len(wide) == len(text):
            text = wide
    found = []
    lower = text.lower() if text.isascii() else None
    if links(text):
        for ident, weight, rx, fast, group in _LINK_CUES:
            if lower is None:
                m, group = rx.search(text), 0
            else:
                m = fast.search(lower)
            if m is not None:
                found.append((ident, weight, m.span(group)))
        outside = _outside_links(text)
        sales_host = False
        for span in outside:
            if _SALES_HOST.search(_host(text, span)):
                found.append(("link.sales_host", 0.2, span))
                sales_host = True
                break
        for span in outside:
            start = max(0, span[0] - 60)
            m = _SEND_TO.search(_plain(text[start : span[0]]))
            if m is not None:  # the verb's span: the link itself may be a sales host as well
                found.append((SEND_TO, 0.2, (start + m.start(1), start + m.end(1))))
                break
        pitch = _site_pitch(text, outside)
        if pitch is not None:
            found.append(pitch)
        front = _front_link(text, outside)
        if front is not None:
            found.extend(soft_pitch(text, links(text), front))
            if all(c[0] == "link.sales_host" for c in found):  # the fallback: it holds
                ad = bare_pitch(
                    text,
                    outside,
                    sales_host,
                    _host(text, outside[0]) if outside else "",
                    _community(fold_text(text).text),
                )
                if ad is not None:
                    found.append(ad)
    if (
        _HIDDEN_HINT.search(text)
        if lower is None
        else any(map(lower.__contains__, _HIDDEN_ENDINGS)) and _HIDDEN_HINT_LOWER.search(lower)
    ):
        m = _HIDDEN_LINK.search(text)
        if m is not None:
            found.append(("link.hidden", 0.5, m.span()))
    at = text.find("@")
    for _ in range(3):  # the first few "@": tweets hold many, handles for sale come early
        if at < 0:
            break
        if text[at + 1 : at + 2].isalnum() and _PLATFORM_BEFORE.search(
            text[max(0, at - 14) : at].lower()
        ):
            found.append(("promo.handle", 0.3, (at, at + 1)))
            break
        at = text.find("@", at + 1)
    m = _WALLET.search(text)
    if m is not None:
        found.append(("pay.wallet", 0.5, m.span()))
    return found


def _merge(cues: list[tuple[str, float, tuple[int, int]]]) -> tuple[float, list]:
    """Sum the weights, but patterns matching overlapping text count once (the heaviest):
    "check out my channel" is one piece of self-promotion, not two."""
    kept: list[tuple[str, float, tuple[int, int]]] = []
    for cue in sorted(cues, key=lambda c: (-c[1], c[2][0] - c[2][1])):  # heaviest, longest
        s, e = cue[2]
        if any(s < ke and ks < e for _, _, (ks, ke) in kept):
            continue
        kept.append(cue)
    return sum(w for _, w, _ in kept), kept


def _contact(sub: Submission, text: str | None = None) -> float:
    """Weight of the ways to reach the poster: a link, a phone number, an e-mail address
    (in `text` when given: the comment with its quotations blanked)."""
    text = sub.text if text is None else text
    weight = 0.0
    if _outside_links(text) or _SPACED_LINK.search(text):
        weight += CONTACT
        if sub.context.recent_texts:
            weight += 0.2  # the same author keeps posting links
    number = _phone_search(text)
    if number is None and not _community(fold_text(text).text):
        number = _LOCAL_PHONE.search(text)
    if number is not None and not _civic_number(text, number):
        weight += CONTACT  # a help line's or an office's number reaches no seller
    if "@" in text and _EMAIL.search(text):
        weight += CONTACT
    return weight


@rule("spam.pattern", Category.SPAM)
def pattern(an: Analysis, sub: Submission) -> list[Hit]:
    cues = _lexicon_cues(an) + _text_cues(an.norm.original)
    if not cues:
        return []
    text = an.norm.original
    quoted = _quoted_spans(text)
    if quoted and not _contact(sub, _blank(text, quoted)):  # a way to reach them: used
        cues = [c for c in cues if not any(qs <= c[2][0] and c[2][1] <= qe for qs, qe in quoted)]
        if not cues:
            return []
    folded = an.norm.text if len(an.norm.text) == len(text) else None
    if folded is not None:  # "crypto recovery scams", "préstamos sin buró ... son fraude"
        cues = [c for c in cues if not _CALLED_SCAM.match(folded, c[2][1])]
        if not cues:
            return []
    if (
        all(c[0].split(".")[0] == _REACH or c[0] in _REACH_IDS for c in cues)
        and _neighbourly(an.norm.text)
        and not _contact(sub)
    ):
        return []  # "Lost dog, brown lab. If you see him please DM me!": no offer, no pitch
    if all(c[0].split(".")[0] == "service" for c in cues) and _community(an.norm.text):
        return []  # "el albergue atiende las 24 horas al ...": a shelter's line, passed on
    if answers_asker(an.norm.text) or (
        customer_story(an.norm.text) and _front_link(text, _outside_links(text)) is None
    ):
        cues = [c for c in cues if c[0] not in STORY_DROPS]  # a customer's story, told
        if not cues:
            return []
    praised = any(c[0].split(".")[0] == PRAISE for c in cues)
    if praised and not _site_link(text):
        cues = [c for c in cues if c[0].split(".")[0] != PRAISE]  # praise of a post, no more
        if not cues:
            return []
    if not any(c[0] in _OWNER for c in cues):  # "come by", "the best X in town": a shop's
        cues = [c for c in cues if c[0] not in _OWNER_NEEDED]  # words only in its own voice
        if not cues:
            return []
    if all(c[0] == SEARCH_IT or c[0].split(".")[0] != SOFT for c in cues):
        cues = [c for c in cues if c[0] != SEARCH_IT]  # "búsquenla" sells only what is vouched
        if not cues:
            return []
    others = [c for c in cues if c[0] != "promo.link_profile"]
    if _merge(others)[0] >= CUE:  # with a real cue, a profile link is just the link
        cues = others
    if any(c[0] == SEND_TO for c in cues) and all(
        c[0] == SEND_TO or c[0].split(".")[0] == PROMOTION for c in cues
    ):  # "visit my blog <link>": the invitation is the self-promotion already counted
        cues = [c for c in cues if c[0] != SEND_TO] or cues
    weight, kept = _merge(cues)
    contact = _contact(sub) if weight >= CUE else 0.0
    if contact and not praised and _own_writing_cited(text, kept):
        contact = 0.0
    total = weight + contact
    if total < HOLD_AT:
        return []
    promotion_only = all(ident.split(".")[0] == PROMOTION for ident, _, _ in kept)
    # a soft pitch (a site vouched for, a business plugged) with its praise holds at most
    soft_only = all(ident.split(".")[0] in (SOFT, PRAISE) for ident, _, _ in kept)
    rejects = total >= REJECT_AT and not (promotion_only and not contact) and not soft_only
    names = ", ".join(ident for ident, _, _ in kept)
    spans = tuple(sorted(span for _, _, span in kept))
    return [Hit("spam.pattern", 0.9 if rejects else 0.6, spans, "spam: " + names)]


# A business's own voice ("our bakery", "tenemos paquetes desde $", "le arreglamos todo"), and
# the words that count only beside it: an invitation to come by, the best X in town.
_OWNER = frozenset({"pitch.our_business", "pitch.we_have_price", "pitch.serve_you"})
_OWNER_NEEDED = frozenset({"pitch.come_by", "pitch.best_claim"})
SEARCH_IT = "pitch.search_it"  # "just search X", "búsquenla": counts beside a product vouched
# A reader's mention of their own writing ("I wrote about this on my blog"): with a link to
# one post of it, part of an argument; with a link to the blog's front page, a plug.
_OWN_WRITING = frozenset({"promo.my_site", "promo.wrote_at", "promo.run_channel"})


_INVITED = re.compile(
    r"\b(?:if (?:anyone|anybody|you) (?:wants?|is interested|are interested|'re interested)|"
    r"for more\b|more (?:here|there|at)\b|para (?:mas|saber mas)|si a alguien le interesa|"
    r"a quien le interese|si (?:quieren|les interesa) (?:saber )?mas)"
)


def _own_writing_cited(text: str, kept: list) -> bool:
    """Every cue mentions the writer's own writing and every link goes to one post."""
    return (
        all(ident in _OWN_WRITING for ident, _, _ in kept)
        and not _INVITED.search(fold_text(text).text)
        and (
            _front_link(text, _outside_links(text)) is None
            and not (_HIDDEN_HINT.search(text) and _HIDDEN_LINK.search(text))
        )
    )


# A Spanish comment that opens with the trade it sells and a pause, as an ad does
# ("Reparación de aire acondicionado, llame al ..."); the same words inside a complaint are not.
_SERVICE_OPENING = re.compile(
    r"\W*(?:(?:reparacion(?:es)?|instalacion(?:es)?|mantenimiento) de|servicios? de) "
    r"[^.!?]{0,40}?[,:!\-]"
)


# The business's own voice or a push to reach it now: what no customer's story says.
_PHONE_PUSH = re.compile(
    r"\b(?:call now|call today|call us|text us|dm us|whatsapp (?:me|us|al|at)|por whatsapp al|"
    r"whats|inbox|llame ya|llamen ya|llama ya|reach (?:him|her|them) at|(?:call|text) \d|"
    r"llamanos|llamenos|contactanos|escribenos|visitanos|we offer|ofrecemos|our services|"
    r"nuestros servicios|free estimates?|presupuestos? gratis|cotizacion(?:es)? gratis|"
    r"(?:call|text|contact|message|email|whatsapp) (?:him|her|them)|llamenle|marquenle|"
    r"escribanle|contactenlo|contactenla|llamale|marcale|escribele)\b"
)


@rule("spam.phone", Category.SPAM)
def phone(an: Analysis, sub: Submission) -> list[Hit]:
    m = _phone_in(sub.text)
    if m is None:
        return []
    text = an.norm.text
    if not (_SERVICE.search(text) or _PHONE_OFFER.search(text) or _SERVICE_OPENING.match(text)):
        return []
    if any(qs <= m.start() and m.end() <= qe for qs, qe in _quoted_spans(sub.text)):
        return []  # a number inside a quoted message: "they texted me 'call 555 ...'"
    if _community(text) or _neighbourly(text):
        return []  # a food drive's, a church's or a legal aid clinic's number; a ride offered
    if _civic_number(sub.text, m):
        return []
    if told_unpaid(text) and not _PHONE_PUSH.search(text):
        return []  # "Ortega's Towing, <number>. Not an ad, they got my kids home at 1 am"
    return [Hit("spam.phone", 0.7, (m.span(),), "phone number offering a service")]


def _firm_office(text: str, start: int, end: int) -> bool:
    """A firm's office (`_FIRM_OFFICE`) in text[start:end], beside what it sells ("green card
    en 90 días", "consulta gratis"), in a comment naming no community service: a public worker
    says "our office" too."""
    if _FIRM_OFFICE.search(text, start, end) is None:
        return False
    window = fold_text(text[start:end]).text
    if not (_PHONE_OFFER.search(window) or _FIRM_SELLS.search(window)):
        return False
    return not _community(fold_text(text).text)


def _civic_number(text: str, m: re.Match) -> bool:
    """The number's sentence names an office of government, a help line or a public body's
    site: "the consulate takes months. Visa trouble? Call us at <number>" is a visa service, not
    a civic call, and neither is an office named as what the seller spares you ("sin ir al
    consulado")."""
    start = sentence_start(text, m.start())
    end = sentence_end(text, m.end())
    window = fold_text(text[start : min(end, m.end() + 60)]).text
    for c in _CIVIC.finditer(window):
        if _OFFICE_WORD.match(c.group(0)) and _firm_office(text, start, min(end, m.end() + 60)):
            continue  # "Llama a la oficina Futuro Seguro al ...": the firm's own line
        spared = _SPARED.search(window[max(0, c.start() - 30) : c.start()])
        if not spared and not _OFFERED_AS.match(window, c.end()):
            return True
    # "visit uscis.gov or call 1-800-...": the agency's own number
    return bool(_PUBLIC_SITE.search(text, max(0, start - 1), m.end() + 60))
