"""Short comments (under the blog model's 15 words, so the rules alone read them) in the shapes
the rules missed, grouped by shape: a group sent off or sent back, a group carrying disease or
smelling, a group born to crime, a place that declines when a group arrives, "we all know",
women sent to the kitchen or judged unfit; put-downs of a reader or the author with no insult
word; one-line accusations of a crime against a named person; one-line offers with a contact.
Every shape has near misses that must stay approved: harsh opinion about officials and
policies, counter-speech and quotation, negation, questions, and the same words about things.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

HATE = [
    # (text, lang, expected)
    # A group sent off, every member: "send every last one of them back", "deport them all".
    ("Send every last one of them back, kids included.", "en", "hold"),
    ("Deport them all and be done with it.", "en", "hold"),
    ("Just round them up and ship them south.", "en", "hold"),
    ("These people should be rounded up, all of them.", "en", "hold"),
    ("Load the Hondurans on trucks like cattle and dump them south.", "en", "flag"),
    ("Ship the Somalis back, nobody asked for them.", "en", "flag"),
    ("Muslims out. Simple as that.", "en", "flag"),
    ("Hear Spanish at the store? Speak English or leave.", "en", "hold"),
    ("Que se regresen a su selva, aquí no caben.", "es", "hold"),
    ("Regrésense a su rancho, mugrosos.", "es", "flag"),
    ("Hay que devolverlos a todos de donde salieron.", "es", "hold"),
    ("¡Fuera hondureños de Tijuana!", "es", "flag"),
    ("Que los suban a un camión de regreso, a todos.", "es", "hold"),
    # ... but not a policy judged, a return reported, the same verbs about things, history told
    # as a wrong, or the words quoted to condemn them.
    ("The shoes didn't fit, so we shipped them back.", "en", "approve"),
    ("ICE deported them all last spring and the families are still split.", "en", "approve"),
    ("The border patrol rounded them up in 1954, a shameful chapter.", "en", "approve"),
    ("My grandpa got sprayed with DDT at the border like cattle.", "en", "approve"),
    ("Deporting them all is cruel and would wreck the valley's farms.", "en", "approve"),
    ("Should we really deport them all? I don't think so.", "en", "approve"),
    ("Someone wrote 'send them all back' on the church wall. Disgusting.", "en", "approve"),
    ("El gobernador debería regresarse a su oficina y trabajar.", "es", "approve"),
    ("Me gritaron 'regrésate a tu país' en el Walmart, y nací aquí.", "es", "approve"),
    ("Mis papás regresaron a su pueblo en Zacatecas el año pasado.", "es", "approve"),
    # Disease carried by a group; a group that smells.
    ("Haitians bring voodoo and disease, we don't need either.", "en", "flag"),
    ("Their kind has been bringing disease over that river forever.", "en", "flag"),
    ("These people carry TB across the river, keep them out.", "en", "flag"),
    ("The Africans at the shelter are a walking health hazard.", "en", "flag"),
    ("Ni modo, los chinos traen enfermedades, siempre ha sido así.", "es", "flag"),
    ("Esos haitianos traen puro piojo y enfermedades al albergue.", "es", "flag"),
    ("They smell like the river they swam across, the Guatemalans.", "en", "flag"),
    ("¿Por qué los árabes siempre huelen así?", "es", "flag"),
    ("Esa gente apesta, literal.", "es", "flag"),
    # ... but not mosquitoes, nurses on measles, a myth rejected, the river itself.
    ("Mosquitoes carry disease, drain the standing water.", "en", "approve"),
    ("Crowded detention centers spread disease among migrants, fund clinics.", "en", "approve"),
    ("The nurses bring vaccines to the shelter so the migrants don't spread TB.", "en", "approve"),
    ("They carry disease? No, they carry their kids and a backpack.", "en", "approve"),
    ("Las brigadas traen vacunas contra enfermedades a los albergues.", "es", "approve"),
    ("Migrants bring disease? No, measles came back because of low vaccination.", "en", "approve"),
    ("The claim that migrants bring disease is a myth.", "en", "approve"),
    ("The river smells awful since the plant opened.", "en", "approve"),
    ("Los migrantes no traen enfermedades, eso es un mito.", "es", "approve"),
    ("El río apesta desde que abrió la planta.", "es", "approve"),
    ("Los tacos de la esquina huelen delicioso.", "es", "approve"),
    # Born to crime, every member a criminal.
    ("Hondurans are basically born gang members.", "en", "flag"),
    ("Salvadorans are all gang members, everybody knows it.", "en", "flag"),
    ("Every one of them crossing is a future criminal, face it.", "en", "hold"),
    ("Los hondureños nacen rateros.", "es", "flag"),
    ("Esos salvadoreños son pura pandilla.", "es", "flag"),
    ("Esa raza no tiene arreglo.", "es", "hold"),
    # ... but not a gang named as such, negation, a question answered no.
    ("MS-13 members are gang members, not asylum seekers.", "en", "approve"),
    ("Hondurans are not born gang members, they flee them.", "en", "approve"),
    ("Los hondureños no nacen rateros, los hace la pobreza.", "es", "approve"),
    ("Mi hijo nació en Tijuana y es ingeniero.", "es", "approve"),
    # A place that declines when a group arrives.
    ("Notice how crime jumped once the Venezuelans moved in? Funny that.", "en", "hold"),
    ("Funny how every neighborhood goes downhill right after 'they' move in.", "en", "hold"),
    ("The new residents sure brought a lot of stabbings to this county.", "en", "flag"),
    ("Llegaron los haitianos a la colonia y llegó el crimen.", "es", "hold"),
    ("Donde llegan los venezolanos, suben los robos. Coincidencia, ¿verdad?", "es", "hold"),
    ("Donde hay un colombiano hay droga, así de simple.", "es", "hold"),
    # ... but not a rise blamed on a policy, crime that fell, or a new store.
    ("Crime jumped once the county cut the sheriff's budget.", "en", "approve"),
    ("Since the refugees arrived, crime actually fell.", "en", "approve"),
    ("Llegaron los turistas y subieron las rentas del centro.", "es", "approve"),
    ("Desde que llegó la nueva alcaldesa, suben los robos en el centro.", "es", "approve"),
    # "We all know", "ya saben cómo son", said with a group named.
    ("Wonder why Somalis can't assimilate anywhere? We all know why.", "en", "hold"),
    ("Some cultures just don't belong here, you know which ones.", "en", "hold"),
    ("Ya saben cómo son los de Honduras, nomás vean las noticias.", "es", "hold"),
    ("Con los gitanos mejor ni hablar, ya saben cómo son.", "es", "hold"),
    ("Ya sabemos de qué color son los que asaltan en el puente.", "es", "hold"),
    # ... but not about officials, prices or the weather.
    ("The council raised fees again, and we all know why: the stadium.", "en", "approve"),
    ("Ya saben cómo son los del ayuntamiento, prometen y no cumplen.", "es", "approve"),
    ("Ya sabemos por qué subió la gasolina: el peso.", "es", "approve"),
    # Women sent to the kitchen or judged unfit for office.
    ("Las mujeres no sirven para la política, a la cocina.", "es", "flag"),
    ("Las mujeres al metate, no a la política.", "es", "flag"),
    ("Los indígenas no saben votar, que no voten.", "es", "flag"),
    ("Women on border patrol? Too weak and emotional for the job.", "en", "flag"),
    ("Women in office = emotional decisions. This is why.", "en", "flag"),
    # ... but not a senator judged, a recipe, or the law stated.
    ("The senator is too weak for the job, vote her out.", "en", "approve"),
    ("Mi abuela nos mandó a la cocina a hacer tamales.", "es", "approve"),
    ("La gobernadora no sirve para la política, que renuncie.", "es", "approve"),
    ("Los migrantes sin papeles no pueden votar, así es la ley.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", HATE)
def test_short_hate_shapes(text, lang, expected):
    assert_category_action(text, expected, "hate", lang)


TROLL = [
    # A reader or the author sent to a menial trade, back to school, or told to quit.
    ("The writer should stick to recipe blogs.", "en", "hold"),
    ("Go back to your little podcast nobody listens to.", "en", "hold"),
    ("El autor debería dedicarse a vender tamales.", "es", "hold"),
    ("Autor, renuncie. Por el bien del periodismo.", "es", "hold"),
    ("The author clearly failed high school civics.", "en", "hold"),
    ("You type like a 12 year old, maybe you are one.", "en", "hold"),
    ("Este artículo lo escribió un niño de primaria, seguro.", "es", "hold"),
    ("¿Tu mamá te ayudó a escribir eso?", "es", "hold"),
    ("Paco, con tu lógica ni la primaria terminas.", "es", "hold"),
    # An opinion worth less than a thing; mocked expertise; "imagine thinking"; "who asked".
    ("Your opinion isn't worth the electricity it took to post it.", "en", "hold"),
    ("Tu opinión vale lo mismo que un boleto del metro usado.", "es", "hold"),
    ("Ah yes, the expert from Facebook University has arrived.", "en", "hold"),
    ("Ay sí, ya habló el experto de Facebook.", "es", "hold"),
    ("Imagine thinking this is good journalism lmao", "en", "hold"),
    ("ok but who asked", "en", "hold"),
    ("nobody reads this blog except bots and the author's mom", "en", "hold"),
    ("Do you ever get tired of being wrong, @Lorena? Genuinely curious.", "en", "hold"),
    ("Tanto texto para no decir nada, como siempre.", "es", "hold"),
    ("Keep talking, Mike, you make everyone else look smart.", "en", "hold"),
    ("To the guy above: your mom should've stopped at zero kids.", "en", "hold"),
    # A commenter's arrival mocked, a brain as a small or slow thing, "keep typing, champ".
    ("Ya llegaron los defensores de los ilegales, qué sorpresa.", "es", "hold"),
    ("Ahí viene @ProVida_Juan a decirnos que todo es culpa del diablo.", "es", "hold"),
    ("Oh look, @PatriotPete76 showed up to bless us with another take.", "en", "hold"),
    ("El que escribió esto tiene cerebro de mosquito.", "es", "hold"),
    ("Your brain is clearly running on dial-up, Frank.", "en", "hold"),
    ("Keep typing, champ. Maybe one day you'll say something smart.", "en", "hold"),
    ("I've seen better arguments on a bathroom wall. Try again, sweetheart.", "en", "hold"),
    # ... but not an office-holder judged, advice, a question asked in earnest, or the writer.
    ("Ya llegó el camión de la basura, por fin.", "es", "approve"),
    ("Ahí viene la lluvia, cuiden sus carros.", "es", "approve"),
    ("Here comes @CityOfLaredo with the new bridge hours, thanks.", "en", "approve"),
    ("A hummingbird has the brain of a peanut and still migrates that far.", "en", "approve"),
    ("Keep trying, mija, the scholarship deadline is Friday.", "es", "approve"),
    ("The mayor's brain trust is running on fumes after the budget vote.", "en", "approve"),
    ("The mayor should stick to recipe blogs, not water policy.", "en", "approve"),
    ("My daughter failed middle school math and is an engineer now.", "en", "approve"),
    ("Who asked the council to approve the toll road?", "en", "approve"),
    ("Imagine being a kid crossing that desert alone.", "en", "approve"),
    ("Nobody reads the fine print on these payday loans.", "en", "approve"),
    ("I was wrong about the bridge numbers, thanks for the correction.", "en", "approve"),
    ("Keep writing about the water board, we need this reporting.", "en", "approve"),
    ("Mi mamá vende tamales los domingos en el mercado.", "es", "approve"),
    ("La opinión del alcalde vale lo mismo que sus promesas: nada.", "es", "approve"),
    ("¿Alguien sabe quién escribió la ley de aguas?", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", TROLL)
def test_short_troll_shapes(text, lang, expected):
    assert_category_action(text, expected, "troll", lang)


LIBEL = [
    # A crime stated as fact about a named person, in a line.
    ("Agent Troy Mabry shot that kid on purpose and covered it up.", "en", "hold"),
    ("Bishop Ortega covered for predators for years, fact.", "en", "hold"),
    ("DA Monica Lutz buried evidence to protect her husband.", "en", "hold"),
    ("Dr. Alan Pruitt at County General sells opioids out the back.", "en", "hold"),
    ("Alderman Hector Ybarra's trucks move cocaine for the Gulf cartel.", "en", "hold"),
    ("El comandante Efrén Lozano tortura a los detenidos.", "es", "hold"),
    ("El fiscal Ramiro Soto cobra 50 mil por soltar a los detenidos.", "es", "hold"),
    ("El agente Ricardo Nava deja pasar camiones por una mordida.", "es", "hold"),
    ("El diputado Fermín Arizpe tiene una casa de seguridad en Anáhuac.", "es", "hold"),
    # ... but not a conviction reported, a denial, an institution, or a crime fought.
    ("Agent Troy Mabry was convicted of shooting that kid, per court records.", "en", "approve"),
    ("Bishop Ortega denied he covered for anyone.", "en", "approve"),
    ("The county covered it up, and the council let it happen.", "en", "approve"),
    ("Según la FGR, el comandante Efrén Lozano tortura a los detenidos.", "es", "approve"),
    pytest.param(
        "El comandante Efrén Lozano denunció que otros torturan a los detenidos.",
        "es",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as libel at p(flag) 0.96 (short cut 0.95); the rules approve",
        ),
    ),
    ("El alcalde Ruiz es un incompetente y debería renunciar.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", LIBEL)
def test_short_libel_shapes(text, lang, expected):
    assert_category_action(text, expected, "libel", lang)


SPAM = [
    # A one-line offer with a contact.
    ("Cheap meds no prescription, fast shipping >>> rx-pharma-555.net", "en", "flag"),
    ("Farmacia en Tijuana sin receta, envíos: farma.example", "es", "flag"),
    ("888% APY staking, limited time, sign up now >>> yieldfarm-555.io", "en", "flag"),
    ("Crypto doubled my savings. Ask me how.", "en", "flag"),
    ("Gana dinero con cripto, pregúntame cómo 💰", "es", "flag"),
    ("Amarres y limpias, resultados en 24 horas. 555-0188", "es", "flag"),
    ("Abogado de inmigración, pagos chiquitos, llame 555-0154.", "es", "flag"),
    ("Best tacos in Laredo at Tacos El Primo, 2x1 Tuesdays!", "en", "flag"),
    ("Vuelos baratos a Cancún, código FRONTERA10 en vuelos.example", "es", "flag"),
    ("I lost 20 lbs with this trick: slimfast.example/border", "en", "flag"),
    ("Follow @BorderNewsDaily for the news they hide!", "en", "flag"),
    # ... but not a warning, prescription policy, a reader's taco tip, or a source.
    ("Pharmacies selling pills with no prescription are a scam, avoid them.", "en", "approve"),
    ("In Mexico you can buy antibiotics sin receta? Not anymore since 2010.", "en", "approve"),
    ("Tacos El Primo closed, sad day for Laredo.", "en", "approve"),
    ("My uncle lost 20 lbs walking the bridge to work every day.", "en", "approve"),
    ("La clínica legal de la parroquia da asesoría gratis, llamen al 555-0100.", "es", "approve"),
    ("Ask me how I know: I waited nine hours at that crossing.", "en", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", SPAM)
def test_short_spam_shapes(text, lang, expected):
    assert_category_action(text, expected, "spam", lang)


HATE_THINGS = [
    # A group as a thing that does not belong: "those people", "their kind", "esa gente".
    ("Those people don't belong here. Period.", "en", "hold"),
    ("Some cultures just don't belong in this country.", "en", "hold"),
    ("Their kind always ends up on welfare.", "en", "hold"),
    ("Every Asian is a CCP plant.", "en", "hold"),
    ("Disabled migrants are dead weight, turn them all away.", "en", "flag"),
    ("Esa gente no es como nosotros, nunca lo será.", "es", "hold"),
    ("Esa gente llega con ocho hijos a vivir de nuestros impuestos.", "es", "hold"),
    ("Hay que limpiar la colonia de esa gente.", "es", "flag"),
    ("Ni una visa más para esa raza.", "es", "hold"),
    ("Ningún musulmán debería poder entrar al país, ninguno.", "es", "flag"),
    ("Hay que sacar a patadas a todos los migrantes.", "es", "flag"),
    ("Hay que sacarlos a todos con el ejército, a los haitianos.", "es", "flag"),
    # ... but not things, officials, music tastes, a policy, or negation.
    ("Those trucks don't belong here, the bridge can't take the weight.", "en", "approve"),
    ("Politicians like that don't belong in office, vote them out.", "en", "approve"),
    ("Their kind of music is not for me, but the festival was fun.", "en", "approve"),
    ("Refugees belong here as much as anyone; they're our neighbors.", "en", "approve"),
    ("Esa gente del ayuntamiento no sirve, que renuncien todos.", "es", "approve"),
    ("Hay que sacar a todos los corruptos del cabildo.", "es", "approve"),
    pytest.param(
        "¿Los diputados? Hay que sacarlos a todos en la próxima elección.",
        "es",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as hate at p(flag) 0.99 (short cut 0.95); the rules approve",
        ),
    ),
    ("Ningún alcalde debería poder reelegirse tres veces.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", HATE_THINGS)
def test_short_group_as_thing(text, lang, expected):
    assert_category_action(text, expected, "hate", lang)
