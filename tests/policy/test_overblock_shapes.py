"""Harmless shapes the rules held or rejected, each with the near misses that must stay flagged.
A Spanish "no" after a word is a negation, never the word's last syllable ("del norte no es" is
no "norteño"); an upper-case "YA" before a book word or between an article or adjective and a
noun is the young-adult label, not a coded "you"; a question asking whether a claim is racist,
answered "It is." / "Lo es.", is counter-speech, while "No, it's the truth" keeps the claim the
writer's; a claim followed by a third-party speaker ("..., dice mi vecino", "..., says my
uncle") is reported: held, not rejected, approved when the writer condemns it, rejected when
the writer sides with the speaker; a hint of irony at a double standard ("funny how nobody
calls it terrorism when ...", "qué curioso que nadie diga ... cuando ...") is aimed at those who
apply it. The rules' own verdict (no blog model). Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen

CASES = [
    # (text, lang, expected rules-only action: approve, hold, reject, or flag = hold or reject)
    # A negation after a word stays a word of its own ...
    ("La gente del norte no es tonta, solo está cansada.", "es", "approve"),
    ("Los del norte no son flojos, trabajan de sol a sol.", "es", "approve"),
    ("El viento del norte no deja dormir a nadie en la sierra.", "es", "approve"),
    # ... while the group word written whole, or with a space typed into it, is still read.
    ("Los norteños son unos cerdos.", "es", "reject"),
    ("Los norte ños son unos flojos.", "es", "flag"),
    # "YA" the book label is no "you" ...
    ("Congrats to the board, they made a mediocre YA novel into a bestseller.", "en", "approve"),
    ("I read a boring YA thriller on the bus, what a waste of an afternoon.", "en", "approve"),
    ("My niece only reads YA fantasy and honestly the covers are pathetic.", "en", "approve"),
    # ... but an insult said to the reader still is.
    ("shut up ya mediocre hack", "en", "flag"),
    ("you are a mediocre hack and everyone here knows it", "en", "flag"),
    # "Is it racist to say ...?" answered yes, in a short reply ...
    ("Is it racist to say Mexicans are animals? It is.", "en", "approve"),
    ("Is it racist to say Mexicans are animals? It absolutely is.", "en", "approve"),
    ("¿Es racista decir que los mexicanos son animales? Lo es.", "es", "approve"),
    ("¿Es racista decir que los mexicanos son animales? Claro que lo es.", "es", "approve"),
    # ... but not answered no, or with the claim vouched for.
    ("Is it racist to say Mexicans are animals? No, it's the truth.", "en", "reject"),
    ("Is it racist to say Mexicans are animals? It is not.", "en", "reject"),
    ("Is it racist to say Mexicans are animals? It is the truth.", "en", "reject"),
    ("¿Es racista decir que los mexicanos son animales? No lo es.", "es", "reject"),
    ("¿Es racista decir que los mexicanos son animales? No, es la verdad.", "es", "reject"),
    # A speaker named after the words: reported, held, approved when condemned ...
    ("Los hondureños son unos cerdos, dice mi vecino", "es", "hold"),
    ("Los hondureños son unos cerdos, según mi vecino.", "es", "hold"),
    ("Mexicans are animals, says my uncle.", "en", "hold"),
    ("Mexicans are animals, my uncle says.", "en", "hold"),
    ("Mexicans are animals, says my uncle, and he is a bigot.", "en", "approve"),
    (
        "Los hondureños son unos cerdos, dice mi vecino. Qué vergüenza, es un racista.",
        "es",
        "approve",
    ),
    # ... but the writer's own voice, or the speaker backed, is still the writer's claim.
    ("Los hondureños son unos cerdos, dice mi vecino, y tiene razón.", "es", "reject"),
    ("Los hondureños son unos cerdos, lo digo yo.", "es", "reject"),
    ("Mexicans are animals, says my uncle, and he is right.", "en", "reject"),
    ("Mexicans are animals, and nobody says otherwise.", "en", "reject"),
    ("Mexicans are animals, I say.", "en", "reject"),
    ("Muslims are violent by nature, their book says so, look it up.", "en", "reject"),
    ("Los hondureños son unos cerdos, dice mi vecino, y es verdad.", "es", "reject"),
    # A double standard pointed at ...
    ("Funny how nobody calls it terrorism when a white guy shoots up a mall.", "en", "approve"),
    (
        "Black men aren't 'thugs.' Funny how the white kid who robbed the same store was "
        "'a troubled youth.'",
        "en",
        "approve",
    ),
    (
        "Funny how every election someone discovers evangelicals in the valley like it's a new "
        "species. We have voted here for decades.",
        "en",
        "approve",
    ),
    (
        "Qué curioso que nadie diga terrorismo cuando un gringo dispara en una escuela.",
        "es",
        "approve",
    ),
    (
        "Qué curioso que cada elección alguien descubre a los evangélicos del valle.",
        "es",
        "approve",
    ),
    # ... but a hint that pins crime on the group still holds.
    ("Funny how every time someone gets stabbed downtown it's a Mexican.", "en", "flag"),
    ("Funny how the crime blotter is always full of Haitians.", "en", "flag"),
    (
        "Funny how nobody calls it an invasion when Canadians overstay, but Mexicans are "
        "criminals.",
        "en",
        "flag",
    ),
    ("Qué casualidad que cada vez que hay robos en el barrio son los hondureños.", "es", "flag"),
    # A past atrocity named, dated or placed, is history told ...
    ("La masacre de chinos en Torreón en 1911 casi no se enseña en clase.", "es", "approve"),
    ("The massacre of Chinese in Los Angeles in 1871 is barely taught.", "en", "approve"),
    # ... not when approved or wished again.
    ("La masacre de chinos en Torreón fue merecida.", "es", "reject"),
    ("The massacre of Chinese in 1871 was deserved.", "en", "reject"),
    ("Hay que hacer una masacre de chinos.", "es", "flag"),
    ("We need another massacre of Chinese.", "en", "flag"),
    # A hatred put on the writer by others, or a verdict carried over, is no hatred felt ...
    # (approved since overblocks17: "without someone assuming" is a report frame)
    ("We can talk about the shelters without someone assuming we hate migrants.", "en", "approve"),
    # (the verdict carried over condemns the hatred: approved since the sixteenth round)
    ("Criticizing a doctrine isn't bigotry. Hating Muslims is.", "en", "approve"),
    ("Me acusan de odiar a los migrantes.", "es", "approve"),
    # ... but the writer's own hatred still is.
    ("I hate migrants.", "en", "reject"),
    ("I assume we hate migrants here.", "en", "reject"),
    ("Hating Muslims is normal.", "en", "reject"),
    ("Odio a los migrantes.", "es", "reject"),
    # A crude word of banter beside fondness for the one addressed ...
    ("Ay Beto, siempre llegas tarde, pero te queremos, cabrón.", "es", "approve"),
    ("Eres una chingona, amiga, sacaste la beca completa.", "es", "approve"),
    ("Ganaste la apuesta, cabrona, te debo unos tacos.", "es", "approve"),
    # ... but not beside hostility, or alone.
    ("Eres un cabrón, nadie te quiere aquí.", "es", "reject"),
    ("Eres una cabrona mentirosa, amiga.", "es", "reject"),
    ("Cállate, cabrón.", "es", "reject"),
    ("Qué cabrón está tu amigo, no sabe ni leer.", "es", "flag"),
    # A threat quoted and denied to be a joke or criticism is rejected by the writer ...
    ('"Ojalá se muera" no es crítica, es otra cosa.', "es", "approve"),
    ("'Jaja ya sé dónde vives' no es chiste.", "es", "approve"),
    ("'I know where you work' is not a joke, it is a crime.", "en", "approve"),
    # ... while the threat said is still one.
    ("Jaja ya sé dónde vives, y no es chiste.", "es", "reject"),
    ("I know where you work, and this is not a joke.", "en", "reject"),
    ("Ojalá se muera.", "es", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_overblock_shapes(text: str, lang: str, expected: str) -> None:
    action = str(screen(Submission(text, lang=lang), blog_model=False).action)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == expected, text
