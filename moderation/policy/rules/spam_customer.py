"""A customer's story: a reader telling what a local business did for them, often in answer to
someone who asked ("For the guy asking about a mechanic: I've taken my truck to ...", "La señora
de las barbacoas me rescató la fiesta ... No es publicidad").

Why: such a story may carry the business's number and an "it's not an ad", the two things a
plug carries too; what a plug lacks is the told experience (what the business did for *us*, when)
in the past tense. Only the weak cues give way to it (the disclaimer, "ask for Hector", a guide
vouched for): a story with money promised, pills or a recovery scam keeps those cues.
"""

from __future__ import annotations

import re

# What the business did for the writer, told in the past ("helped us out at 11pm", "got my
# wife and kids home", "me rescató la fiesta", "nos arreglaron la troca"), or the writer's
# own use of it over time ("I've taken my F-150 to ... for six years").
_STORY = re.compile(
    r"\b(?:helped|saved|got|fixed|rescued|towed|treated|took care of|squeezed|fit|fitted)"
    r"(?: us| me)?(?: out)? (?:us|me|my|our)\b|"
    r"\b(?:helped|saved|rescued) (?:us|me)\b|"
    r"\bi'?ve (?:taken|been taking|used|been using|gone to|been going to) "
    r"(?:my|our|them|him|her)\b|"
    r"\b(?:me|nos) (?:rescato|rescataron|ayudo|ayudaron|salvo|salvaron|arreglo|arreglaron|"
    r"atendio|atendieron|resolvio|resolvieron|saco|sacaron)\b|"
    r"\b(?:lleve|llevamos|he llevado|hemos llevado) (?:a )?(?:mi|mis|nuestra|nuestro|la|el)\b"
)
# An answer to someone who asked in the thread: "for the guy asking", "to whoever asked",
# "para quien preguntó por ...".
_ANSWER = re.compile(
    r"\b(?:for|to) (?:the (?:guy|person|lady|man|woman|one|folks|people)|whoever|anyone|"
    r"everyone|those|you) (?:who )?(?:was |were |is )?(?:asking|asked)\b|"
    r"\bpara (?:quien|el que|la que|los que|las que|quienes) (?:pregunto|preguntaron|"
    r"preguntaba|preguntaban|pregunta|andaba buscando|buscaba)\b"
)
# What plugs dress as stories: weight lost, money or accounts recovered, loans, pills, the
# immigration paperwork this blog's readers are sold, a guide or course with its price.
_PLUG_TOPIC = re.compile(
    r"\b(?:pills?|pastillas|(?:baje|bajar|perdi|perder|lost|lose) (?:\d+ )?(?:kilos|libras|pounds|"
    r"weight|peso|tallas|dress sizes)|dress sizes|shakes|crypto\w*|bitcoin|forex|trading|"
    r"funds|recover\w*|recuper\w*|loans?|prestamos?|creditos?|credit (?:repair|score)|hack\w*|"
    r"ganancias|profits?|papeles|tramites?|visas|green card|itin|notari[oa]s?|notary|"
    r"abogad[oa]s?|lawyer|attorney|gestor|gestoria|licenciad[oa]|lic|paperwork|immigration|"
    r"migratori[oa]s?|asylum|asilo|daca|ciudadan\w*|citizenship|permiso de trabajo|"
    r"permiso para trabajar|work permit|sin examen|sin ssn|al otro lado|cruzaron|cruzamos|"
    r"mandar dinero|remesas|sin comision|pdf|ebook|"
    # spell casters and healers: the classic testimonial with a number
    r"spells?|hechizos?|amarres?|brujo|bruja|chaman|curander[oa]|healer|temple|templo|curse|"
    r"cursed|limpias?|marriage|matrimonio|husband back|ex back|lottery|loteria|lucky numbers|"
    r"cured?|curo|diabetes|insulin\w*|azucar|herbal|hierbas)\b"
)
# The teller says they gain nothing by it: "not an ad", "I don't work there, just grateful".
_DISCLAIMER = re.compile(
    r"\b(?:not an ad|not sponsored|not affiliated|no affiliation|"
    r"(?:i )?don'?t work (?:there|for them)|just (?:grateful|a happy customer)|"
    r"no es publicidad|no es comercial|no es patrocinio|no trabajo (?:ahi|para ellos)|"
    r"se lo merece|se lo merecen)\b"
)
# The weak cues a story or an answer outweighs ("fixed my van the same day" is what was done).
STORY_DROPS = frozenset({"offer.not_ad", "offer.ask_for", "pitch.vouch", "service.round_clock"})


def customer_story(folded: str) -> bool:
    """The comment tells what a business did for the writer, in the past (`_STORY`)."""
    return _STORY.search(folded) is not None and _PLUG_TOPIC.search(folded) is None


def answers_asker(folded: str) -> bool:
    """The comment answers someone in the thread who asked (`_ANSWER`)."""
    return _ANSWER.search(folded) is not None and _PLUG_TOPIC.search(folded) is None


def told_unpaid(folded: str) -> bool:
    """A customer's story that answers someone or says the teller gains nothing by it: what a
    business's number may come with and still be a reader's tip."""
    return customer_story(folded) and (
        _ANSWER.search(folded) is not None or _DISCLAIMER.search(folded) is not None
    )
