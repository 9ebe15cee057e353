"""The second open list of misses and over-blocks, fixed by shape, with the near misses that
must keep their verdict. Hate: one member standing for the whole group ("A Somali will steal
anything", "every Haitian", "Todo hondureño es un ladrón", "Ningún gitano trabaja"), or counted
as a threshold of crime ("one more Guatemalan in this town and we'll all get robbed");
belonging denied ("X are not, and never will be, Americans", "no son ni serán nunca
españoles"); a group to be penned like livestock ("keep them behind a fence like cattle",
"encerrarlos como ganado"); a group word as the fault in a condition ("si no fueras tan X");
a slur compound typed in two words ("rag heads"). Libel: a claim vouched for by the writer about
a bare given name ("I know Maria takes bribes"). Passed: a side named before "them" in a match's
words ("Honduras no tiene defensa. Los vamos a matar el sábado"), the writer's own "me voy a la
chingada", the writer's kin and their nationality ("My wife's family is Mexican. They are loud
and I love it"), a story's character killed off, and a bill or a deal killed. Hand-written,
English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # One member as the group, with a generalisation the plural would carry ...
    ("A Somali will steal anything that isn't nailed down", "en", "hate", "flag"),
    ("Every Haitian carries some disease, keep them out", "en", "hate", "flag"),
    ("Every Haitian is a criminal", "en", "hate", "flag"),
    ("Every Nigerian is a scammer", "en", "hate", "flag"),
    ("Every Somali should be deported", "en", "hate", "flag"),
    ("Deport every last Haitian", "en", "hate", "flag"),
    ("No Mexican ever works hard", "en", "hate", "flag"),
    ("A Guatemalan will rob you blind", "en", "hate", "flag"),
    ("Todo hondureño es un ladrón", "es", "hate", "flag"),
    ("Cada venezolano trae enfermedades", "es", "hate", "flag"),
    ("Hay que deportar a todo guatemalteco", "es", "hate", "flag"),
    ("Ningún gitano trabaja", "es", "hate", "flag"),
    ("Ningún negro es de fiar", "es", "hate", "flag"),
    ("Ningún mexicano sirve para nada", "es", "hate", "flag"),
    ("One more Guatemalan in this town and we'll all get robbed", "en", "hate", "flag"),
    ("Any more Haitians around here and we're all getting mugged", "en", "hate", "flag"),
    ("Un haitiano más en este barrio y nos roban a todos", "es", "hate", "flag"),
    ("Un hondureño más en la colonia y ya nos asaltan diario", "es", "hate", "flag"),
    # ... not one person's deed, a kindness, a right or a plain fact
    ("A Somali opened a great restaurant on my street", "en", "hate", "approve"),
    ("A Somali stole my bike last night", "en", "hate", "approve"),
    ("Every Haitian I met in Miami was kind to me", "en", "hate", "approve"),
    ("One more Guatemalan joined our soccer team", "en", "hate", "approve"),
    ("One more Guatemalan on the team and we'll win the league", "en", "hate", "approve"),
    ("One more Haitian in the choir and we'll all sing better", "en", "hate", "approve"),
    ("Un haitiano más en el coro y ya somos veinte", "es", "hate", "approve"),
    ("Every Haitian deserves a fair hearing", "en", "hate", "approve"),
    ("No Mexican should be deported without a hearing", "en", "hate", "approve"),
    ("Un haitiano abrió una panadería en mi calle", "es", "hate", "approve"),
    ("Todo venezolano merece respeto", "es", "hate", "approve"),
    ("Cada guatemalteco que conozco trabaja duro", "es", "hate", "approve"),
    ("Ningún negro debería sufrir discriminación", "es", "hate", "approve"),
    ("Ningún migrante es ilegal", "es", "hate", "approve"),
    ("Ningún gitano merece ese trato", "es", "hate", "approve"),
    # Belonging denied, now and for ever ...
    ("Mexicans are not, and never will be, Americans", "en", "hate", "flag"),
    ("Mexicans never will be Americans", "en", "hate", "flag"),
    ("Immigrants will never be British", "en", "hate", "flag"),
    ("Those Haitians will never be French, passport or not", "en", "hate", "flag"),
    ("Los haitianos nunca serán mexicanos", "es", "hate", "flag"),
    ("Los migrantes no son ni serán nunca españoles", "es", "hate", "flag"),
    ("Los migrantes no son ni nunca serán españoles", "es", "hate", "flag"),
    # ... not a person's own nationality, a status still to come or a game
    ("He is not American, he is Canadian", "en", "hate", "approve"),
    ("They are not Americans yet, but they will be citizens next year", "en", "hate", "approve"),
    ("Mexicans will never be champions at this rate", "en", "hate", "approve"),
    ("Mi abuelo no era mexicano, era español", "es", "hate", "approve"),
    ("Ellos no son argentinos, son uruguayos", "es", "hate", "approve"),
    # Penned like livestock ...
    ("Keep them behind a fence like cattle", "en", "hate", "flag"),
    ("Herd them into corrals like the cattle they are", "en", "hate", "flag"),
    ("Pen the refugees up like livestock until they can be shipped off", "en", "hate", "flag"),
    ("Immigrants should be kept behind a fence like cattle", "en", "hate", "flag"),
    ("Hay que encerrarlos como ganado", "es", "hate", "flag"),
    ("Que los metan en un corral como a las vacas", "es", "hate", "flag"),
    ("A los migrantes hay que encerrarlos como ganado", "es", "hate", "flag"),
    # ... not cattle, a report of how people were treated or a complaint of one's own
    ("Keep the cattle behind a fence so they don't wander onto the road", "en", "hate", "approve"),
    ("We keep our goats behind an electric fence", "en", "hate", "approve"),
    ("Refugees were kept behind fences like cattle, a disgrace", "en", "hate", "approve"),
    ("They pack us like cattle on the morning train", "en", "hate", "approve"),
    ("Hay que encerrar el ganado antes de la tormenta", "es", "hate", "approve"),
    ("Los trataron como ganado en la frontera, una vergüenza", "es", "hate", "approve"),
    ("Nos tratan como ganado en el metro", "es", "hate", "approve"),
    # A group word as the fault a condition would take away ...
    ("Si no fueras tan indio entenderías", "es", "hate", "flag"),
    ("Si no fueras tan judío pagarías la cuenta", "es", "hate", "flag"),
    ("Si fueras menos marica te respetarían", "es", "hate", "flag"),
    ("Si no fueras tan sudaca te darían trabajo", "es", "hate", "flag"),
    ("Ojalá todos los sudacas se vayan de aquí", "es", "hate", "flag"),
    ("Ojalá todos los jotos se mueran", "es", "hate", "flag"),
    ("If you weren't so gay you'd play better", "en", "hate", "flag"),
    # ... not prejudice told, a nationality in banter, a plain fault or a wish of good
    ("Si no fueras judío no te habrían discriminado", "es", "hate", "approve"),
    ("Si no fueras tan mexicano sabrías apreciar el té", "es", "hate", "approve"),
    ("Si no fueras tan terco lo entenderías", "es", "hate", "approve"),
    ("Ojalá todos los venezolanos encuentren trabajo", "es", "hate", "approve"),
    ("Ojalá todos los indios tengan agua potable", "es", "hate", "approve"),
    (
        "If you weren't gay they would have hired you, that's the sad truth",
        "en",
        "hate",
        "approve",
    ),
    # A slur compound typed in two words ...
    ("Look at those rag heads", "en", "hate", "reject"),
    ("Go home you rag heads", "en", "hate", "reject"),
    ("those towel heads again", "en", "hate", "reject"),
    ("a bunch of zipper heads", "en", "hate", "reject"),
    # ... not the words apart in their own sense
    ("The rag and the head were both in the drawer", "en", "hate", "approve"),
    ("I bought a towel; heads up, it's blue", "en", "hate", "approve"),
    ("Grab a rag, heads up, the sink is leaking", "en", "hate", "approve"),
    ("Wipe the printer heads with a clean rag", "en", "hate", "approve"),
    # A claim vouched for about a bare given name ...
    ("I know Maria takes bribes", "en", "libel", "flag"),
    ("I know Kevin embezzles from the club", "en", "libel", "flag"),
    ("Trust me, Kevin embezzles from the club", "en", "libel", "flag"),
    ("We all know Linda takes kickbacks from the contractors", "en", "libel", "flag"),
    ("Yo sé que Carlos cobra sobornos", "es", "libel", "flag"),
    # ... not a friend vouched for, a harmless deed, a doubt or a body
    ("I know Maria from work, she is lovely", "en", "libel", "approve"),
    ("I know Dennis coaches the team", "en", "libel", "approve"),
    ("I don't know if Kevin takes bribes", "en", "libel", "approve"),
    ("Trust me, Kevin coaches better than anyone", "en", "libel", "approve"),
    ("I know Maria lost her job", "en", "libel", "approve"),
    ("I know Congress takes bribes", "en", "libel", "approve"),
    ("Yo sé que Carlos entrena al equipo", "es", "libel", "approve"),
    ("No sé si Carlos cobra sobornos", "es", "libel", "approve"),
    # A side named before "them" in a match's words ...
    ("Honduras no tiene defensa. Los vamos a matar el sábado", "es", "troll", "approve"),
    ("Vi la alineación de Costa Rica, los vamos a matar el sábado", "es", "troll", "approve"),
    ("Argentina juega contra nosotros en la final. Los vamos a matar", "es", "hate", "approve"),
    ("Brazil has no defense. We're gonna kill them on Saturday", "en", "troll", "approve"),
    ("Playing Dallas next week, we are going to murder them", "en", "troll", "approve"),
    # ... not people, a people, a person or a real fight
    ("Esos vecinos me caen mal. Los vamos a matar el sábado", "es", "troll", "reject"),
    ("Those neighbors again. We're gonna kill them on Saturday", "en", "troll", "reject"),
    ("Los hondureños no tienen defensa, los vamos a matar el sábado", "es", "hate", "reject"),
    (
        "Los argentinos juegan contra nosotros en la final. Los vamos a matar",
        "es",
        "hate",
        "reject",
    ),
    ("Ramírez juega sucio, lo vamos a matar", "es", "troll", "reject"),
    (
        "Los de Monterrey juegan el sábado en el estadio. Los vamos a matar donde viven",
        "es",
        "troll",
        "reject",
    ),
    # The writer's own "me voy a la chingada" beside a group ...
    (
        "Ya me voy a la chingada, con estos mexicanos del gobierno no se puede",
        "es",
        "hate",
        "approve",
    ),
    ("Ya me voy a la chingada, mañana hay junta con los de Guatemala", "es", "hate", "approve"),
    ("Ya me voy a la chingada, me tienen hasta la madre los del PRI", "es", "hate", "approve"),
    # ... not a group sent there
    ("Que se vayan a la chingada todos los migrantes", "es", "hate", "flag"),
    ("Vete a la chingada, pinche indio", "es", "hate", "reject"),
    # The writer's kin and their nationality, warmly ...
    ("My wife's family is Mexican. They are loud and I love it", "en", "hate", "approve"),
    (
        "My husband's family is Nigerian, they are so loud at parties and it's the best",
        "en",
        "hate",
        "approve",
    ),
    ("La familia de mi esposa es mexicana. Son ruidosos y me encanta", "es", "hate", "approve"),
    # ... not the group itself or neighbours said to be it
    ("Mexicans are loud and I hate it", "en", "hate", "reject"),
    ("My neighbors are Mexican. They are loud and dirty", "en", "hate", "flag"),
    ("Los mexicanos son ruidosos y sucios", "es", "hate", "reject"),
    # A story's character, a bill or a deal killed ...
    ("Someone should kill Joffrey already, this season is dragging", "en", "troll", "approve"),
    ("The writers should kill Negan off, the show has lost its way", "en", "troll", "approve"),
    ("Someone should kill Todd already, worst character on the show", "en", "troll", "approve"),
    ("Que alguien mate a Joffrey ya, la temporada está aburridísima", "es", "troll", "approve"),
    ("Ojalá maten a Soraya en el próximo capítulo", "es", "troll", "approve"),
    ("Kill the bill", "en", "troll", "approve"),
    ("Let's kill the bill before it passes the senate", "en", "troll", "approve"),
    ("Congress should kill the deal", "en", "troll", "approve"),
    ("Someone should kill the deal before it's signed", "en", "troll", "approve"),
    # ... not a person with a grievance named
    ("Someone should kill Kevin, he cheated on my sister", "en", "troll", "reject"),
    ("Someone should kill Maria for what she did at the meeting", "en", "troll", "reject"),
    ("Alguien debería matar a Ramírez, me robó el carro", "es", "troll", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_open_list_two(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
