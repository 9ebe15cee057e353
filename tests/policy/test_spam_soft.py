"""Soft spam: a single link vouched for ("great tips here, helped me a lot: <site>"), an arrow
at a site, "check my profile" / "revisa mi perfil", a number offered for a service of this
blog's topics (visas, work permits, loans, taxes, a notario, moving, a crossing, credit repair),
a business plugged under any post in its owner's voice, a channel plugged, a product vouched
for with no link. Soft signals hold and never reject. And the neighbours that must stay
approved: a reader sharing a news source with commentary, a public hotline's, a consulate's or
a legal aid clinic's number recommended to others, "I wrote about this on my blog" as part of
the argument, a lawyer recommended in general terms, a reader asking others to DM a
journalist. All sentences are our own."""

import pytest

from tests.policy.expect import assert_category_action, by_lang

SPAM_EN = [
    # a site's front page vouched for, or pointed at
    "Great tips here, helped me a lot: https://budgetnest.example",
    "Loved this. For anyone struggling with debt, this changed my life: debtfreeway.example",
    "I've been using moneyflow.example for a year now, highly recommend it to anyone.",
    "Such a sad story. If you need a break, the puzzles at brainbreak.example are worth a look.",
    "Visa paperwork in one week 👉 visaswift.example",
    "Cheapest flights to Monterrey → flyhome.example",
    # a profile, a bio, a plug
    "If you want the real story, check my profile.",
    "Quick plug: I run a small podcast on border politics, give it a listen.",
    "Shameless plug, my Etsy has border art prints.",
    # a number offered for a service
    "Need help with your visa application? Call Maria at 956-555-0143.",
    "Work permits processed fast, text 210-555-0188.",
    "Taxes done right, ITIN welcome, call Rosa 956-555-0199.",
    "Credit repair that actually works, 555-0147, ask for Tony.",
    "Our movers take anything anywhere in the valley, trusted since 1998, 956-555-0121.",
    "My cousin is a licensed notary and does asylum paperwork cheap, 915-555-0162.",
    # a business plugged in its owner's voice
    "Our bakery on 5th has the best conchas in town, come by!",
    "By the way, my shop on Mesa Street fixes phones for half what the mall charges, stop by.",
    "We have lunch specials from $6.99 all week at our cafe on Stanton, come by.",
    # a product vouched for with no link
    "My aunt swears by this money app, everyone should try it. Best app ever!",
]
SPAM_ES = [
    "Buenísimo el artículo, a mí me ayudó mucho esta página: ahorrafacil.example",
    "Excelente, se los recomiendo: tramitesfaciles.example 🙌",
    "Yo uso remesitas.example y me ahorro un montón, se las recomiendo.",
    "👉 visas-rapidas.example 👈 todo en regla",
    "Revisa mi perfil, ahí les dejo todo.",
    "Revisen mi perfil si quieren saber más 😉",
    "Los detalles en mi bio.",
    "Si necesitas ayuda con tu permiso de trabajo mándame DM.",
    "Para asesoría con tu visa, escríbeme al WhatsApp.",
    "Préstamos para paisanos, pregunten por Don Beto al 915-555-0112.",
    "Notario público Lic. Ramos, trámites de inmigración, 656-555-0167.",
    "Mudanzas a cualquier parte de México, 656-555-0133, pregunte por Memo.",
    "Arreglo tu crédito en 30 días, 915-555-0123.",
    "Pasaporte mexicano sin ir al consulado, nosotros hacemos todo, 956-555-0140.",
    "Para los que necesiten traductor certificado, yo trabajo con Traducciones Luna, muy "
    "recomendados, 656-555-0119.",
    "Nuestra taquería en la Juárez tiene los mejores tacos de trompo, pasen a probarlos.",
    "Por cierto, en nuestra estética tenemos cortes desde $80 toda la semana.",
    "Sígueme en mi canal, subo videos de la frontera cada semana.",
    "Les comparto mi blog de recetas, a quien le interese: cocinadelnorte.example",
    "Mi suegra usa la app Giros Ya y se ahorra un montón, búsquenla, es la mejor!!",
]

APPROVED_EN = [
    # a news source shared with commentary
    "This ProPublica series is worth a look, it explains the backlog better than this post: "
    "propublica.example",
    "Good reporting on the toll road here, highly recommend it: valleyledger.example",
    "Here's the county's list of cooling centers, hope it helps: countyheat.example",
    "The ACLU's know-your-rights page in Spanish helped my parents a lot: aclu.example/derechos",
    # a public line or a clinic recommended as help
    "If you're facing deportation, call the consulate at 202-555-0170, they helped my brother.",
    "The free legal aid clinic at the library helped my mom with her asylum forms, their number "
    "is 956-555-0148.",
    "USCIS has a contact center for case questions: 800-555-0123.",
    "The state's crisis line is 800-555-0190, free and open all night, please use it.",
    "The line for the consulate was three hours. Call 555-0100 if you need a ride there, I'm "
    "driving Tuesday.",
    # one's own writing as part of the argument
    "I wrote about this on my blog last year: the bridge tolls went up 40% and nobody noticed.",
    "I wrote about this on my blog, the numbers don't add up: "
    "myblog.example/2024/toll-numbers-dont-add-up",
    # a lawyer in general terms, a journalist to DM
    "Get a real immigration lawyer, not a notario. A licensed attorney can actually represent you.",
    "If you saw the raid on Alameda, DM the reporter, she's collecting accounts.",
    # a business told of, not plugged
    "Our bakery on 5th had to close after the raids, nobody came by anymore.",
    "The best tacos in town are at Chuy's, everyone knows that, but the article is about rent.",
    "Stop by the food bank on Saturday if you can help, they need hands.",
    "My family's taco stand paid the cuota for two years before we left.",
    "By the way, my son works at the plant and says the layoffs are real.",
    "Check the consulate's site before paying anyone for a visa, a lot of those services are "
    "scams.",
    "Everyone should try to read the ruling before commenting.",
]
APPROVED_ES = [
    "Les recomiendo este reportaje de El Faro sobre las deportaciones: elfaro.example",
    "Muy recomendada la nota de Animal Político sobre los contratos: animalpolitico.example",
    "Llamen al consulado, el teléfono es 915-555-0133, a mi tío le ayudaron mucho.",
    "La clínica jurídica gratuita de la universidad ayuda con trámites de asilo, 656-555-0122.",
    "La línea de atención a víctimas atiende las 24 horas: 656-555-0140. Compártanla.",
    "Escribí sobre esto en mi blog: el problema no son los migrantes sino los salarios.",
    "Busquen un abogado de inmigración con licencia, no un notario; los notarios no pueden "
    "representarlos.",
    "Si alguien vio lo del operativo, mándenle DM a la periodista, está juntando testimonios.",
    "Nuestra taquería cerró en la pandemia y no volvimos a abrir.",
    "Revisa el perfil del diputado en el sitio del Congreso, ahí están sus votos.",
    "Mi tío dice que los mejores tacos de Juárez eran los de la esquina, ya no existe.",
    "Por cierto, mi negocio también sufrió con el cierre del puente, vendimos la mitad.",
    "No se dejen engañar por los coyotes que ofrecen cruces seguros, es mentira.",
    "Busquen la sentencia completa antes de opinar, es la mejor forma de entenderla.",
]

# Soft signals hold; they never reject.
HOLD_ONLY = [
    ("Great article! This site changed my life, highly recommend it 👉 lifeplan.example", "en"),
    ("Excelente nota 🙌 se los recomiendo, a mí me sirvió muchísimo 👉 ahorramas.example", "es"),
]


@pytest.mark.parametrize(("text", "lang"), by_lang(SPAM_EN, SPAM_ES))
def test_soft_spam_is_flagged(text, lang):
    assert_category_action(text, "flag", "spam", lang)


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_neighbour_stays_approved(text, lang):
    assert_category_action(text, "approve", "spam", lang)


@pytest.mark.parametrize(("text", "lang"), HOLD_ONLY)
def test_soft_signal_holds_only(text, lang):
    assert_category_action(text, "hold", "spam", lang)
