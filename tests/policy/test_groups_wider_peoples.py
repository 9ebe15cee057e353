"""Peoples, Indigenous nations and faiths the group lexicon lacked (groups.tsv's section for
the Americas, Africa, the Middle East and Asia): hate about them is read as about any other
people, while praise, counter-speech, questions, country names, ordinary words one letter away
("turnos", "seis", "copia", "jails") and criticism of a government pass. Our own sentences."""

import pytest

from .expect import assert_category_action

CASES = [
    # hate about a people the lexicon did not know
    ("Chaldeans are all crooks who run every liquor store scam in Detroit.", "flag", "hate", "en"),
    ("Kenyans are lazy and dishonest, every one of them.", "flag", "hate", "en"),
    ("Never trust a Senegalese, they lie for a living.", "flag", "hate", "en"),
    ("Saudis are animals and should be kept out of this country.", "flag", "hate", "en"),
    ("The Rohingya are vermin and nobody should take them in.", "flag", "hate", "en"),
    ("Mennonites are parasites stealing our water.", "flag", "hate", "en"),
    ("Sunnis are savages, all of them.", "flag", "hate", "en"),
    ("Panamanians are filthy, they ruin every neighborhood they move into.", "flag", "hate", "en"),
    ("Tamils breed like rats.", "flag", "hate", "en"),
    ("Yazidis are subhuman.", "flag", "hate", "en"),
    ("Pacific Islanders are too stupid to hold a job.", "flag", "hate", "en"),
    ("Kenyan families are disgusting and should go back.", "flag", "hate", "en"),
    ("Taiwanese people are cockroaches.", "flag", "hate", "en"),
    ("Los senegaleses son unos ladrones, todos.", "flag", "hate", "es"),
    ("Los keniatas son flojos y sucios.", "flag", "hate", "es"),
    ("Los caldeos son una plaga.", "flag", "hate", "es"),
    ("Los menonitas son parásitos que se roban el agua.", "flag", "hate", "es"),
    ("Los tzotziles son unos borrachos, no sirven para nada.", "flag", "hate", "es"),
    ("Esos nahuas son unos animales.", "flag", "hate", "es"),
    ("Los sauditas son unos salvajes.", "flag", "hate", "es"),
    ("Los panameños son basura.", "flag", "hate", "es"),
    # the people left unsaid after "they know what happens when X arrive"
    (
        "Los del barrio saben lo que pasa cuando llegan los hondureños. Mejor no digo más.",
        "flag",
        "hate",
        "es",
    ),
    # praise, counter-speech, questions and plain reports pass
    (
        "Chaldeans opened the first grocery on our block and they still sponsor the youth league.",
        "approve",
        "hate",
        "en",
    ),
    ("Kenyans have won the Boston Marathon more times than I can count.", "approve", "hate", "en"),
    ("Calling Somalis or Senegalese vermin is racism, plain and simple.", "approve", "hate", "en"),
    (
        "Why do people keep saying Haitians or Chaldeans are criminals? The data says otherwise.",
        "approve",
        "hate",
        "en",
    ),
    ("The Amish farmers down the road sell the best pies.", "approve", "hate", "en"),
    ("Mennonite relief volunteers rebuilt our church after the flood.", "approve", "hate", "en"),
    ("Los senegaleses de la feria venden artesanías muy bonitas.", "approve", "hate", "es"),
    ("Decir que los caldeos son una plaga es racismo.", "approve", "hate", "es"),
    (
        "Los menonitas de Chihuahua tienen un conflicto legal por los pozos; que decida un juez.",
        "approve",
        "hate",
        "es",
    ),
    ("Los chiitas y los sunitas tienen diferencias teológicas antiguas.", "approve", "hate", "es"),
    ("Los turcos y los libaneses llegaron a Puebla hace un siglo.", "approve", "hate", "es"),
    (
        "Los testigos de Jehová tocan la puerta cada domingo, yo les ofrezco café.",
        "approve",
        "hate",
        "es",
    ),
    (
        "Desde que llegaron los hondureños la feria tiene más color y música. No hace falta decir "
        "más.",
        "approve",
        "hate",
        "es",
    ),
    ("Los vecinos saben lo que pasa cuando llegan las lluvias.", "approve", "hate", "es"),
    # a government, a country, a name or a thing is no people
    (
        "The Saudi government is corrupt and its crown prince should be sanctioned.",
        "approve",
        "hate",
        "en",
    ),
    ("I bought a Thai curry and a Persian rug at the market.", "approve", "hate", "en"),
    ("Jordan is a great basketball player and Georgia won the game.", "approve", "hate", "en"),
    ("La selección de Senegal jugó increíble.", "approve", "hate", "es"),
    ("En Filipinas hay muchas enfermeras que emigran.", "approve", "hate", "es"),
    # ordinary words one letter from a new people's name, and compounds of a compass point
    ("Northside and Eastside both need new parks.", "approve", "hate", "en"),
    ("Nadie respetaba los turnos en la asamblea.", "approve", "hate", "es"),
    ("Me comí seis tamales en la posada.", "approve", "hate", "es"),
    ("Pásame una copia del recibo, el trámite se quedó corto.", "approve", "hate", "es"),
    ("El lirio acuático tapa la presa y los libros se mojaron.", "approve", "hate", "es"),
]


@pytest.mark.parametrize("text,expected,category,lang", CASES)
def test_wider_peoples(text: str, expected: str, category: str, lang: str) -> None:
    assert_category_action(text, expected, category, lang)
