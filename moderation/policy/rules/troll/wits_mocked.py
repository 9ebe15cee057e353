"""A reader's or the author's wits mocked with no insult word (`troll.wits_mocked`): the
Spanish jabs that call someone unable to read, write or think ("no sabes ni leer", "algún día
vas a decir algo inteligente", "pídele a un adulto que te lo explique", "con ese cerebrito",
"escribes con más faltas que un niño de kínder", "se nota que te cuesta entender").

The insult lexicon cannot see these: every word is ordinary. What makes them an attack is that
they judge the person, not the argument. Held for a moderator, never rejected.

Three kinds of phrase, by how they aim:

- said in the second person ("no sabes ni leer"): the verb names the reader;
- said of someone in the third person ("no sabe ni leer", "escribe con más faltas que"): only
  when the comment points at a reader or the author (an @handle, "el autor", "el de arriba", "este
  señor", "ni le contesten", a second person);
- a wits noun ("nivel intelectual de un ladrillo", "cerebro del tamaño de un frijol"): the same.

What passes: the writer about themself ("no sé ni leer mi letra"), people out in the world
("muchos abuelos no saben ni leer"), advice ("pídele a alguien de la oficina que te lo
explique"), a quoted or reported jab, and warm banter between regulars.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.second_person import SPOKEN_TO_ES
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.context.sentence_searches import SpanSearches
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.rules.troll.kin_told import kin_told
from moderation.policy.rules.troll.said_of import OFFICE, TO_YOU, shown
from moderation.policy.types import Category, Submission

_SMART = r"(?:inteligente|coherente|sensato|util|interesante|con sentido|que valga la pena)"
_READ = r"(?:leer|escribir|sumar|redactar|pensar|razonar)"
# The verb or pronoun names the reader.
_SECOND = (
    rf"\bno sabes ni {_READ}\b|\bni (?:siquiera )?sabes {_READ}\b|"
    rf"\b(?:algun dia|a lo mejor algun dia|un dia de estos) (?:vas a|logras|podras) "
    rf"(?:decir|escribir|pensar) algo {_SMART}|"
    rf"\bcuando (?:se te ocurra|digas|escribas|aprendas a decir) algo {_SMART}|"
    rf"\bahora di algo {_SMART}|"
    r"\bsi fueras (?:un poquito|tantito|un poco|medio|mas|siquiera un poco) "
    r"(?:inteligente|list[oa]|lucid[oa]|brillante)\b|"
    r"\bse (?:nota|ve|ve clarito|notaba) que te cuesta (?:leer|entender|pensar|razonar)\b|"
    r"\bentiendo que te cuesta (?:leer|entender|pensar)\b|"
    r"\bpide?le a (?:un adulto|una persona adulta|tu mama|tu mami|tu papa|tus papas|un nino) "
    r"que te (?:lo |la )?(?:explique|lea)\b|"
    r"\bpidale a (?:un adulto|una persona adulta|sus nietos|un nino) que se (?:lo |la )?"
    r"(?:expliquen?|lean?)\b|"
    r"\bcon (?:ese|esa|tu|su)(?: gran)? (?:cerebrito|cerebro de \w+|neurona|unica neurona)\b|"
    r"\b(?:algun dia|a lo mejor|un dia de estos) vas a pensar por tu cuenta\b|"
    r"\b(?:tu|tus|con tus|con esas) (?:unica neurona|dos neuronas|neuronitas|neuronas contadas)\b|"
    r"\bse te (?:esta |estan )?(?:derritiendo|secando|pudriendo|friendo) (?:el cerebro|"
    r"las neuronas|la neurona)\b|"
    r"\bno todos nacimos con (?:neuronas|cerebro)\b|"
    r"\bescribes (?:con )?(?:mas faltas que|como (?:un )?(?:nino|nina|chamaco) de)\b|"
    r"\bvuelve cuando (?:sepas|aprendas) (?:leer|escribir|sumar|pensar)\b|"
    r"\b(?:hablas|escribes|opinas) (?:tanto )?sin decir nada\b|"
    r"\b(?:leer|pensar|entender|razonar) no es lo tuyo\b|"
    r"\bla comprension(?: de lectura| lectora)? no es lo tuyo\b"
)  # fmt: skip
# Said of someone: needs a reader or the author in view (`_POINTED`).
_THIRD = (
    rf"\bno sabe ni {_READ}\b|\bno sepa ni {_READ}\b|"
    rf"\bni (?:siquiera )?sabe {_READ}\b|"
    r"\b(?:un nino|una nina|mi sobrino|mi sobrina|mi hijo|mi hija|un chamaco) de "
    r"(?:primaria|kinder|secundaria|\d+(?: anos)?) (?:escribe|redacta|argumenta) mejor\b|"
    r"\bescribe (?:con )?(?:mas faltas que|como (?:un )?(?:nino|nina|chamaco) de)\b|"
    r"\bno va a entender ni (?:una palabra|jota|media palabra)\b|"
    r"\bcort[oa] de entendederas\b|"
    r"\b(?:habla|escribe|opina) (?:tanto )?sin decir nada\b|"
    r"\b(?:escribir|hablar|opinar) tanto sin decir nada\b|"
    r"\bproblemas de comprension(?: lectora| de lectura)?\b|"
    r"\b(?:leer|pensar|entender|razonar) no es lo suyo\b|"
    r"\bla comprension(?: de lectura| lectora)? no es lo suyo\b|"
    r"\bnivel intelectual de (?:un|una)\b|\bcerebro del tamano de (?:un|una)\b|"
    r"\bcon ese nivel de comprension\b|\bla ultima en entender\b|\bel ultimo en entender\b"
)  # fmt: skip
_WITS = branch_trie.compile(rf"{_SECOND}|{_THIRD}")
_SECOND_RE = re.compile(_SECOND)

# A reader or the author in view (a handle is read in the typed text: the normalised one folds
# "@" to "a").
_POINTED = re.compile(
    rf"\b(?:{SPOKEN_TO_ES})\b|"
    r"\b(?:el|la) (?:autor|autora|columnista|bloguera|blogger|periodista|comentarista)\b|"
    r"\b(?:el|la) (?:de arriba|que escribio|que escribe)\b|\b(?:este|esta) (?:senor|senora)\b|"
    r"\b(?:senor|senora|dona|don|mijo|mija|licenciado|profe)\b|"
    r"\b(?:ni|no) le (?:contesten|respondan|hagan caso)\b|\bignorenl[oa]\b"
)
# As typed: a capitalised name set off by commas ("Uy sí, Gabriel, tan ...", "Gabriel, ...").
_NAME_CALLED = re.compile(
    r"(?:^|[,.!?¡¿]\s*)(?:(?:Ay|Oye|Uy|Mira|Ándale|Andale|Ah) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,\s"
)
# As typed: a handle opening a sentence or a clause ("Buen punto. @beto no sabe ni leer").
# Spaces after the mark, never a newline, so a run of blank lines is read once.
_HANDLE_OPENS = re.compile(r"(?:^|[,.!?¡¿\n])[^\S\n]*@\w")


def _handle_called(an: Analysis, raw: str, start: int, end: int) -> bool:
    """A handle opens the comment, or a sentence or clause of start..end of the folded text
    (the jab's sentence and the one before it), read in the typed text: the folded one reads
    "@" as "a". A handle in a later sentence is someone else spoken to ("Mi vecino no sabe ni
    leer, pobre. @beto ¿conoces una escuela para adultos?")."""
    if raw.lstrip().startswith("@"):
        return True
    a = an.norm.span(start - 1, start)[0] if start > 0 else 0
    b = an.norm.span(start, end)[1] if end > start else a
    return raw.find("@", a, b) != -1 and _HANDLE_OPENS.search(raw, a, b) is not None


# Reported, quoted or turned on the writer: not a jab at anyone here. Read from the jab's
# sentence start to the jab; "dicen que" with a reader in the sentence is taken back below.
# One of three hearsay lists kept apart on purpose: beside `idle_mocked`'s it also holds "le
# dijeron" and a code-switched "like saying"; it has none of `talked_down`'s parent frames ("le
# digo a mi hijo"), since a parent tells a child to grow up, not that they cannot read.
_REPORTED = re.compile(
    r"\b(?:me dijo|me dijeron|me dicen|dicen que|dijo que|le dijo|le dijeron|like saying)\b"
)
# A hearsay frame around words said to a reader or the author is the jab itself (`TO_YOU`),
# and so is one around "sabes", the reader named by the jab's own verb.
_TO_YOU = re.compile(rf"\b(?:{TO_YOU}|sabes)\b")
# The jab's subject is the writer, their family or someone else named before it in its clause
# ("mi hija tiene problemas de comprensión", "yo siempre soy el último en entender", "ella fue
# la última en entender"): not said of anyone here.
_KIN = (
    r"(?:hij[oa]s?|sobrin[oa]s?|niet[oa]s?|herman[oa]s?|abuel[oa]s?|abuelit[oa]s?|papa|mama|"
    r"papas|padres?|madre|espos[oa]|novi[oa]|prim[oa]s?|ti[oa]s?|bebe|suegr[oa]|familia)"
)
_NOT_HERE = re.compile(
    r"\b(?:yo|ella|ellos|ellas)\b|"
    rf"\bmis? {_KIN}\b|\bmis? \w+ {_KIN}\b"
)
# "escribe mejor que yo": the child is measured against the writer.
_THAN_ME = re.compile(r" *que (?:yo|nosotros|mi|mis)\b")
# "te cuesta leer" said in sympathy or with help ("a mí también me pasa", "¿necesitas lentes?").
_SYMPATHY = re.compile(
    r"\b(?:dislexia|tdah|a mi tambien|a mi me pasa|me pasa igual|lentes|anteojos|gafas|"
    r"te recomiendo|te ayudo|te puedo ayudar|no pasa nada|es normal|con calma|poco a poco|"
    r"a todos nos)\b"
)


@rule("troll.wits_mocked", Category.TROLL, needs=(_WITS,))
def wits_mocked(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    # Every jab of a sentence shares its searches of that sentence: a run-on paste of one jab
    # searched the whole sentence again for each (`_POINTED` alone, some 1.6 ms a search).
    searches = SpanSearches(text)
    pointed: dict[tuple[int, int], bool] = {}
    named: bool | None = None  # `_NAME_CALLED` in the typed text, asked once
    for m in _WITS.finditer(text):
        left = sentence_start(text, m.start())
        right = sentence_end(text, m.end())
        said = searches.before(_REPORTED, left, m.start(), right)
        if said and said.group(0) == "dicen que" and searches.first(_TO_YOU, left, right):
            said = None  # "dicen que no sabes ni leer, autor": hearsay aimed at a reader
        if said or kin_told(text, m.start(), m.end(), searches):
            continue
        if shown(an, m.start(), m.end()):
            continue  # quoted, or after a verb of saying
        second = _SECOND_RE.match(text, m.start()) is not None
        # The sympathy may follow in the next sentence ("¿necesitas lentes? Yo te ...").
        if (
            second
            and "te cuesta" in m.group(0)
            and searches.first(_SYMPATHY, left, sentence_end(text, right + 1))
        ):
            continue
        clause = sentence_start(text, m.start(), ".!?;,\n")
        if not second:
            clause_end = sentence_end(text, m.start(), ".!?;,\n")
            if searches.before(OFFICE, clause, m.start(), clause_end):
                # An office-holder as the subject in the jab's clause: opinion of public
                # conduct ("el alcalde habla sin decir nada", not "el autor, igual que el
                # alcalde, ...").
                continue
            if searches.before(_NOT_HERE, clause, m.start(), clause_end) or _THAN_ME.match(
                text, m.end()
            ):
                continue  # the writer, their family, or someone named: "mi hija tiene ..."
            # A reader pointed at in the jab's sentence or the one before it ("qué inteligente
            # el comentarista de arriba. Lástima que no sepa ni leer"), not in a later one.
            near = sentence_start(text, max(0, left - 1))
            if (near, right) not in pointed:
                found = _POINTED.search(text, near, right) or _handle_called(
                    an, sub.text, near, right
                )
                if not found and named is None:
                    named = _NAME_CALLED.search(sub.text) is not None
                pointed[near, right] = bool(found or named)
            if not pointed[near, right]:
                continue
        if warm_banter(an):
            return []
        span = an.norm.span(m.start(), m.end())
        return [Hit("troll.wits_mocked", 0.65, (span,), "a reader's wits mocked")]
    return []
