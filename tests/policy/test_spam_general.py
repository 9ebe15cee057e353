"""Spam in general shapes (local deals, paperwork services, pay rates, sales links, quoted
pitches) and the near misses a US-Mexico politics blog sees: policy talk about casinos, loans
and remittances, public-body links and numbers, readers naming their own trade in passing."""

import pytest

from moderation.policy import Submission, screen

SPAM_GENERAL = [
    # English
    (
        "Our paralegal office handles work permits start to finish, book a call at permitpro.net",
        "flag",
    ),
    (
        "Hiring now: weekly pay of $900 for packing orders at home, send your name and number.",
        "flag",
    ),
    ("Nurse here, I make $70/hour working online from home, best decision ever.", "flag"),
    (
        "Crypto alert: this coin is about to explode, join our VIP Telegram before it's too late",
        "flag",
    ),
    ("Selling verified aged Twitter accounts in bulk, message me privately.", "flag"),
    ("Federal grants available now and you never have to pay them back, apply today.", "flag"),
    ("Great thread. Visit luckycasinobonus.win for the welcome offer.", "flag"),
    ("Looking for the best carnitas in Dallas? Show this comment and get 15% off.", "flag"),
    ("Download the app, enter the code PESO for $15 free on your first transfer.", "flag"),
    ("Interesting. I also run a blog about this, read more at myborderthoughts.blog", "flag"),
    ("Find me on Instagram @borderchef_official for recipes and giveaways", "flag"),
    # Spanish
    (
        "Nuestra agencia tramita tu residencia sin complicaciones, agenda tu cita al 81 2345 6789.",
        "flag",
    ),
    ("Buscamos personas para trabajar en casa armando pulseras, pago semanal de $3,000.", "flag"),
    ("Vendemos cuentas de Disney y HBO a precio bajo, interesados al whats.", "flag"),
    (
        "Si buscan el mejor pozole de Puebla, promoción 2x1 todos los viernes en nuestro local.",
        "flag",
    ),
    ("Les comparto mi tienda en línea de ropa típica, pueden comprar en ropatipica.mx", "flag"),
    ("Lectura de tarot por WhatsApp, la primera consulta gratis.", "flag"),
    ("Saca tu licencia de conducir sin filas ni examen, mándame mensaje privado.", "flag"),
    ("Hola, los invito a seguirme en Instagram @cocinadelnorte, ¡apóyenme con un follow!", "flag"),
    ("Regístrate en apoyosgratis-mx.com, el gobierno está regalando becas de $5,000.", "flag"),
]

NEAR_MISSES = [
    # casinos, loans and quick money as policy topics
    (
        "Online casinos are booming in Sonora and the state collects almost nothing from them.",
        "approve",
    ),
    ("Los casinos en línea operan sin licencia y Gobernación no hace nada.", "approve"),
    (
        "Lenders in border towns charge migrants loans at 300% interest; that should be illegal.",
        "approve",
    ),
    ('Who believes those "earn $400 a day from home" posts? They prey on migrants.', "approve"),
    ('Los anuncios de "gana dinero fácil desde tu celular" son estafas, no caigan.', "approve"),
    # public bodies and sources
    ("Visit https://www.uscis.gov/forms before paying anyone to fill out your forms.", "approve"),
    ("Agenda tu cita en https://citas.sre.gob.mx, el trámite del pasaporte es gratis.", "approve"),
    (
        "Check the figures yourself at https://www.bls.gov/cps/ before repeating that claim.",
        "approve",
    ),
    (
        "For free legal help call the consulate's protection line, or dial 911 in an emergency.",
        "approve",
    ),
    # readers and their own trade, without an offer
    ("I run a small bakery in Laredo and my flour costs are up 30% since the tariffs.", "approve"),
    ("Tengo una tienda de abarrotes en Juárez y ya casi nadie paga con dólares.", "approve"),
    ("I have a blog too, but I've never written anything as clear as this piece.", "approve"),
    ("Subscribe to the newsletter, it is the best weekly summary of the USMCA talks.", "approve"),
    ("If you're interested, the full report is on the Banxico site.", "approve"),
    (
        "Hiring at the maquilas is down 12% this year according to the industry association.",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAM_GENERAL + NEAR_MISSES)
def test_spam_in_general_shapes_and_its_near_misses(text, expected):
    verdict = screen(Submission(text=text))
    spam = [f for f in verdict.findings if str(f.category) == "spam" and f.action != "approve"]
    if expected == "flag":
        assert spam, verdict.to_dict()
    else:
        assert verdict.action == "approve", verdict.to_dict()


def test_a_pitch_in_quotes_still_counts_with_a_way_to_reach_the_poster():
    text = 'My advice: "earn $400 a day from home", just text me at 555 201 3344'
    verdict = screen(Submission(text=text))
    assert "spam" in verdict.categories, verdict.to_dict()


def test_visit_my_blog_with_a_link_holds_but_does_not_reject():
    verdict = screen(Submission(text="Visit my blog for more https://example.com/blog"))
    assert verdict.action == "hold", verdict.to_dict()
