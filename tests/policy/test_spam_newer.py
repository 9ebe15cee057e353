"""Comment spam as newer spammers write it (generic praise wrapped round a link to a site,
fixers and advance fees for papers, crypto mentors, sellers with a local number, giveaways,
betting tips and streams, links spelled out, "inbox" / "escríbanme"), and the neighbours that
must stay approved: one news link with a comment, a community event's or a legal aid clinic's
number, an agency's own line, an owner named in the story, a scam quoted to warn others, a
question about where to find help. All sentences are our own."""

import pytest

from moderation.policy import Submission, screen

SPAM = [
    # generic praise round a link to a site's front page
    "Great insights! I wrote about this at borderlines-daily.net, check it out.",
    "Wonderful article, very informative. For more tips on immigration pathways visit "
    "visahelp-center.com",
    "Such a thoughtful piece! I've been writing about similar topics at migrantvoices-hub.com "
    "if anyone wants to dig deeper.",
    "Excelente análisis, muy completo. Para más información sobre trámites, visita "
    "tramitesfaciles.mx",
    # fixers, fees, urgency, phishing
    "My neighbour's case was stuck for a year, then a man who knows people at the consulate "
    "fixed it. Reply here and I'll send you his number.",
    "El licenciado tiene conocidos en el consulado y te lo saca rápido. Escríbanme y les paso "
    "el contacto.",
    "Work visas for Canada! Only a $400 registration fee, first come first served: "
    "canadajobs-now.net",
    "Your comment account will be suspended, verify your email at blog-login-check.net today.",
    "Limpiamos tu historial para que tramites tu visa sin problema. Telegram @RecordLimpio",
    # crypto mentors and sellers with a local number
    "I make $3,000 a week following Mr. Adams's forex signals. He is legit, God bless him. "
    "Telegram @AdamsFX",
    "Best deal on used trucks in the valley, ask for Tony. Call 555-0147, trade-ins welcome.",
    "Les vendo dólares a buen precio, mejor que la casa de cambio. Pregunten por Chuy, 555-0139.",
    "Terrenos a crédito sin buró, ¡aparta el tuyo hoy! Llama al 555-0162.",
    # giveaways, bets, streams, spelled-out links, bare "inbox"
    "Sorteo de una pantalla 50 pulgadas: dale like a la página y comparte con 5 amigos.",
    "Free soccer picks every day, 92% win rate, join our VIP Telegram.",
    "Ver el partido en vivo gratis aquí: futbolenvivo.tv",
    "Aprende inglés en 30 días con mi academia, 40% de descuento: inglesfacil punto mx",
    "Cheap flights and hotels, see travelpro[.]net",
    "Arreglamos tu permiso de trabajo sin entrevista. Inbox.",
]

APPROVED = [
    # one news link with a comment, praise without a site
    "Great article. The Tribune had more on the court ruling: "
    "https://www.texastribune.org/2024/05/02/asylum-ruling-fifth-circuit/",
    "Great article! The full report is at pewresearch.org",
    "Great insights! I've been following this story for months and this is the clearest yet.",
    "Excelente análisis, muy completo. Gracias por compartir.",
    # community events, clinics, agencies
    "Our parish is holding a free food drive Saturday at the community center. Questions? "
    "Call Maria at 956-555-0143.",
    "La despensa comunitaria de la iglesia reparte comida gratis los sábados. Informes con "
    "Doña Rosa al 656 555 0123.",
    "The nonprofit legal clinic at St. Anne's gives free consultations on Tuesdays, call "
    "(915) 555-0188 for an appointment.",
    "La clínica legal gratuita de la universidad atiende casos de asilo, hagan cita al "
    "915 555 0177.",
    "Para más información sobre el programa, visita uscis.gov/es o llama al 1-800-375-5283.",
    "Jornada de vacunación gratis este sábado en el centro de salud, informes al 555-0128.",
    # owners in the story, warnings, questions
    "I'm the owner of the bakery in the story. Thank you all, we'll keep our doors open.",
    # "Soy el dueño de la taquería de la nota. ..." is approved by the rules and held by the blog
    # model (KNOWN_OVER_HOLDS in tests/model/test_blog_model.py)
    "Warning: I got a WhatsApp message saying 'Guaranteed work permit in 2 weeks, send $300 "
    "to +1 956 555 0101'. It's a scam, don't fall for it.",
    "Cuidado: me llegó un mensaje que decía 'te tramitamos la visa sin entrevista, escríbeme "
    "al privado'. Es una estafa.",
    "These crypto recovery scams target migrants who already lost money.",
    "Los préstamos sin buró son una estafa, mi tío perdió su carro.",
    "Does anyone know where I can get free help with an asylum application in El Paso?",
    "¿Alguien sabe dónde puedo conseguir ayuda gratis para llenar el formulario de DACA?",
    # everyday words of the new patterns
    "Always ask for a lawyer, and ask for an interpreter if you need one.",
    "The city wasted the federal grant money on kiosks nobody uses.",
    "The score was 3-1 and the 2010-2014 numbers tell the same story.",
    "The DV lottery results came out and my cousin was selected.",
    "Keep up the good work, this is the only outlet covering the county board.",
]


def _spam_findings(text: str):
    verdict = screen(Submission(text=text))
    return verdict, [
        f for f in verdict.findings if str(f.category) == "spam" and f.action != "approve"
    ]


@pytest.mark.parametrize("text", SPAM)
def test_newer_comment_spam_is_held(text):
    verdict, spam = _spam_findings(text)
    assert spam, verdict.to_dict()


@pytest.mark.parametrize("text", APPROVED)
def test_its_neighbours_stay_approved(text):
    verdict, _spam = _spam_findings(text)
    assert verdict.action == "approve", verdict.to_dict()
