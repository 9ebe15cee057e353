"""Libel told as a plain deed: one person said to have killed, poisoned, tortured, beaten,
touched children, run someone over, planted a gun, worked drunk, set a fire for the insurance or
taken money to write a piece, in the tenses and persons people use ("murdered", "tortures", "mató
al", "envenenó", "atropelló", "golpeó a un esposado", "opera borracho"), with the person picked
out by an abbreviated title ("DA Arredondo", "Lt. Garza", "Rev. Moreland") or as a commenter
("Frank from upthread", "Memo, el de arriba"). Each shape has near misses that must stay
approved: a report, an allegation, a conviction, a question, a negation, a supposition, a
film's plot, history, a group, the same verbs about things ("touched kids' lives", "murdered that
song", "planted the trees"), and a relative clause whose deed is someone else's ("filed charges
against the man who beat his wife"). Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected)
    ("DA Arredondo beat his wife.", "en", "hold"),
    ("Chief Morales planted the gun.", "en", "hold"),
    ("Mayor Ruiz poisoned the wells.", "en", "hold"),
    ("Pastor Gilbert Nuñez touched kids at that church camp.", "en", "hold"),
    ("Sheriff Buckner murdered that inmate.", "en", "hold"),
    ("Warden Tate tortures detainees in the basement.", "en", "hold"),
    ("Officer Kemp ran over a kid on 5th Street and drove off.", "en", "hold"),
    ("Judge Lyle drives drunk every weekend.", "en", "hold"),
    ("Fire chief Dunn set the warehouse fire for insurance.", "en", "hold"),
    ("Governor Whitcomb ordered the hit on that reporter.", "en", "hold"),
    ("Lt. Garza deleted the bodycam files himself.", "en", "hold"),
    ("Rev. Moreland embezzled the church roof money.", "en", "hold"),
    ("Frank from upthread beats his wife.", "en", "hold"),
    ("The author got paid by the developer to write this puff piece.", "en", "hold"),
    ("This author is a cartel mouthpiece.", "en", "hold"),
    ("Judge Vidal took fifty grand to free that trafficker.", "en", "hold"),
    ("Pastor Ed Whitley runs a fake charity scam.", "en", "hold"),
    ("Ortega mató al muchacho.", "es", "hold"),
    ("El jefe de policía Ortega mató al muchacho y lo taparon.", "es", "hold"),
    # a bare rumour repeats the charge: publishing it again is publishing it
    ("Dicen que Ortega mató al muchacho.", "es", "hold"),
    ("Larrañaga atropelló a un niño y pagó para que no saliera.", "es", "hold"),
    ("El presidente municipal envenenó los pozos para ganar dinero.", "es", "hold"),
    ("El policía Memo Zárate golpeó a un esposado.", "es", "hold"),
    ("La maestra Rocío Lugo maltrata a los niños.", "es", "hold"),
    ("El pastor Elías abusa de los niños.", "es", "hold"),
    ("El profe Castañeda les pega a los muchachos.", "es", "hold"),
    ("El doctor Villaseñor opera borracho.", "es", "hold"),
    ("El jefe de bomberos quemó la bodega por el seguro.", "es", "hold"),
    ("El gobernador Treviño tiene fosas en su rancho.", "es", "hold"),
    ("Memo, el de arriba, golpea a su esposa.", "es", "hold"),
    ("La autora recibió dinero del gobernador para escribir esto.", "es", "hold"),
    ("El juez Arteaga arregla casos por dinero.", "es", "hold"),
    ("Deputy Haskins beat that kid in the holding cell.", "en", "hold"),
    ("Estela Garza sent two guys to beat up the tenant organizer.", "en", "hold"),
    ("Sheriff Tom Brinker let those migrants die in the van.", "en", "hold"),
    ("Editor Jaime Rocha takes cash to kill stories about the port.", "en", "hold"),
    ("Director Carol Benning has been abusing kids in the sensory room.", "en", "hold"),
    ("Judge Wren is a drunk who sleeps through trials.", "en", "hold"),
    ("Don Rigoberto Salinas golpeó a uno de sus trabajadores.", "es", "hold"),
    ("El licenciado Arturo Medina contrata golpeadores para reventar la huelga.", "es", "hold"),
    ("El sheriff Dalmiro Treviño es un borracho que chocó una patrulla.", "es", "hold"),
    # One-line deeds of other kinds
    ("El comisario de Santa Inés deja pasar los camiones del cártel por una lana.", "es", "hold"),
    ("El alcalde de Del Rio cobra comisión por cada contrato.", "es", "hold"),
    ("El jefe de policía de Villa Seca dirigía la banda de secuestradores.", "es", "hold"),
    ("El tesorero Ponce tiene una pirámide con el dinero de pensiones.", "es", "hold"),
    ("Chela Montes le vende fayuca robada a medio mercado.", "es", "hold"),
    ("El sheriff Pruitt trabaja con los coyotes.", "es", "hold"),
    ("Ese comandante Arriaga trabaja pa los del golfo.", "es", "hold"),
    ("La reportera Itzel Campos inventó la entrevista con el imán.", "es", "hold"),
    ("A la autora le pagó la inmobiliaria por esta nota.", "es", "hold"),
    ("El usuario coyote_azul es sicario del cártel.", "es", "hold"),
    ("Public defender Ybarra coached the witness to lie.", "en", "hold"),
    ("Rep. Carrasco paid the smugglers himself.", "en", "hold"),
    ("Costa backdated my neighbor's will so the son got everything.", "en", "hold"),
    ("Chief Benavides covers for his nephew's DUIs.", "en", "hold"),
    ("@amyhouston you embezzled from the PTA, you think we forgot?", "en", "hold"),
    # A court that is the person's own or one the writer does without is no source; a negation
    # does not reach past "but" or a reason; being fired for the act tells it
    ("Judge Harold Pemberton of the 9th district court is on the cartel payroll.", "en", "hold"),
    (
        "Mayor Ferrante took a $50k bribe from the developer, I don't need a court to say so.",
        "en",
        "hold",
    ),
    (
        "Not to be dramatic but Councilman Pike paid off the inspector to pass his apartments.",
        "en",
        "hold",
    ),
    ("Mayor Olivas voted no because he gets a cut from the private shelter.", "en", "hold"),
    (
        "The new police chief was fired from his last job for planting drugs on suspects.",
        "en",
        "hold",
    ),
    # A copula or an appositive keeps the named person the one who did it.
    ("Arredondo is the man who beat his wife.", "en", "hold"),
    ("El alcalde Ruiz es el que mató al muchacho.", "es", "hold"),
    ("@carlos tú eres el que se robó las despensas del DIF.", "es", "hold"),
    # ... but not a report, an allegation, a conviction, a question, a negation, a supposition
    ("Chief Morales says the cartel planted the gun.", "en", "approve"),
    ("The lawsuit claims Chief Morales planted the gun.", "en", "approve"),
    ("Chief Morales was convicted of planting the gun.", "en", "approve"),
    ("Mayor Ruiz allegedly poisoned the wells.", "en", "approve"),
    ("Does Mayor Ruiz drive drunk? I doubt it.", "en", "approve"),
    ("Ortega dice que el cártel mató al muchacho.", "es", "approve"),
    ("¿Ortega mató al muchacho?", "es", "approve"),
    ("Según la fiscalía, Ortega mató al muchacho.", "es", "approve"),
    ("Ortega no mató al muchacho.", "es", "approve"),
    ("Si el alcalde envenenó los pozos, que lo demuestren.", "es", "approve"),
    (
        "Lt. Bañuelos was named in a civil suit alleging he ignored smuggling complaints.",
        "en",
        "approve",
    ),
    # ... nor a film, history, a group, a score, or the same verbs about things
    ("En la película, el alcalde envenena el agua del pueblo.", "es", "approve"),
    ("In 1915 General Ramos ordered the killing of the villagers.", "en", "approve"),
    ("The cartels poison the wells.", "en", "approve"),
    ("El Bravos 'mató' al Necaxa el sábado, tres a cero.", "es", "approve"),
    ("Pastor Gilbert Nuñez touched so many kids' lives.", "en", "approve"),
    ("Coach Rivera touched kids with his kindness for thirty years.", "en", "approve"),
    ("Sheriff Buckner murdered that song at karaoke lol", "en", "approve"),
    ("Mayor Ruiz planted the trees on Main Street.", "en", "approve"),
    ("The mayor poisoned the debate with his lies.", "en", "approve"),
    ("Officer Diaz drives drunk people home on New Year's Eve for free.", "en", "approve"),
    ("Governor Whitcomb ordered the attack on the budget deficit.", "en", "approve"),
    ("Coach Hill runs a scam alert workshop at the library.", "en", "approve"),
    ("Mi tío Ortega atropelló a un perro ayer, pobrecito.", "es", "approve"),
    ("El doctor Villaseñor opera a los niños gratis.", "es", "approve"),
    ("El profe Castañeda les enseña a los muchachos a jugar ajedrez.", "es", "approve"),
    ("Councilwoman Dorsey wants to sell the water rights to the data center.", "en", "approve"),
    ("Full disclosure: I was paid by the campaign to write this.", "en", "approve"),
    ("Rev. Moreland raised money for the church roof.", "en", "approve"),
    ("Coach Diaz beat that team from Laredo twice this year.", "en", "approve"),
    ("Mayor Ruiz sent two officers to help the families on Calle Sevilla.", "en", "approve"),
    ("Judge Wren let the patients decide their own care.", "en", "approve"),
    ("Judge Wren is a recovering alcoholic who speaks openly about sobriety.", "en", "approve"),
    ("El Canelo lo golpeó en el tercer round.", "es", "approve"),
    ("Cops arrested the man abusing kids at the park.", "en", "approve"),
    ("La policía detuvo a un hombre que vendía celulares robados.", "es", "approve"),
    ("El comisario Ruiz trabaja con los coyotes para rescatar migrantes.", "es", "approve"),
    ("Sheriff Dunn works with the cartel task force on border cases.", "en", "approve"),
    ("The migrants paid the smugglers everything they had.", "en", "approve"),
    ("¿Es cierto que el alcalde cobra comisión por cada contrato?", "es", "approve"),
    ("La maestra Ruiz inventó una historia preciosa para los niños.", "es", "approve"),
    ("The bakery sells day-old bread out the back door for a dollar.", "en", "approve"),
    ("@amyhouston you organized the PTA bake sale, you think we forgot?", "en", "approve"),
    ("Ese pastor no trabaja para el cártel, trabaja para Dios.", "es", "approve"),
    ("La usuaria Lupita_88 es una gran cocinera.", "es", "approve"),
    ("The court convicted Mayor Ferrante of taking a bribe from the developer.", "en", "approve"),
    ("No court has found that Mayor Ferrante took a bribe.", "en", "approve"),
    ("Mayor Ferrante did not take a bribe because he is honest.", "en", "approve"),
    (
        "I did not vote for Mayor Ruiz, not because he took bribes, but for his water plan.",
        "en",
        "approve",
    ),
    ("Voté por Saucedo, pero no porque crea que se robó algo, sino por el agua.", "es", "approve"),
    ("Nobody was fired for stealing at the county office.", "en", "approve"),
    # ... nor a deed that a relative clause gives to someone else
    ("DA Arredondo filed charges against the man who beat his wife.", "en", "approve"),
    ("DA Kessler prosecuted the officer who beat the inmate.", "en", "approve"),
    ("Judge Ortiz sentenced the driver who ran over a kid.", "en", "approve"),
    ("El policía Zárate detuvo al que golpeó a un esposado.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_plain_acts(text, lang, expected):
    assert_category_action(text, expected, "libel", lang)
