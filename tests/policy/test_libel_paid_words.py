"""Libel that a writer or a commenter is paid for their words (`frames_press`): a paid
mouthpiece of a cartel or a foreign power, paid to post in the comments, money taken "para
escribir bien de" the payer or from the people one writes about; and the harmless comments on
the same nouns and verbs (a writer's wage, a grant, an ad paid for, sources, hedges, questions,
denials, threats suffered, opinion on the writing). Our own names and words."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

CASES = [
    ("The author gets paid to write, that's what a newspaper job is.", "en", "approve"),
    ("I wish I got paid to post here, I'd be rich by now.", "en", "approve"),
    ("Nobody is paid to post here, it's just neighbors arguing.", "en", "approve"),
    (
        "The reporter was paid by the Ledger to cover the border beat for ten years.",
        "en",
        "approve",
    ),
    (
        "If the columnist is a paid mouthpiece for the consulate, show us the checks.",
        "en",
        "approve",
    ),
    (
        "Allegedly the editor was paid to post here by the campaign, but nobody has proof.",
        "en",
        "approve",
    ),
    (
        "The ad on this page was paid for by the Mexican consulate's tourism office.",
        "en",
        "approve",
    ),
    ("The columnist clearly never visited Eagle Pass.", "en", "approve"),
    ("The consulate paid for the translators at the town hall.", "en", "approve"),
    (
        "According to the Tribune, the blogger was paid by the embassy to write travel pieces.",
        "en",
        "approve",
    ),
    ("The author wrote a great piece on the cartel's hold on the bridge.", "en", "approve"),
    ("Trolls get paid to post here during every election, it's a known tactic.", "en", "approve"),
    ("The mayor's spokesman is paid to speak for the city, that's his job.", "en", "approve"),
    ("The author never mentions the sheriff was indicted in 2019, which matters.", "en", "approve"),
    ("El autor cobra por escribir, como cualquier periodista.", "es", "approve"),
    (
        "La periodista recibió una beca del gobierno para escribir un libro sobre la sequía.",
        "es",
        "approve",
    ),
    ("Ojalá me pagaran para comentar aquí, ya sería rico.", "es", "approve"),
    (
        "El viaje de la reportera fue pagado por el periódico, como dice la nota al final.",
        "es",
        "approve",
    ),
    (
        "Según la Fiscalía, el columnista recibió dinero del alcalde para escribir bien de él.",
        "es",
        "approve",
    ),
    ("Si el autor está pagado por los cárteles, que lo demuestren.", "es", "approve"),
    (
        "Nadie dice que la autora esté pagada por el gobierno, solo que se equivocó.",
        "es",
        "approve",
    ),
    ("El autor nunca visitó Eagle Pass, se nota en cada párrafo.", "es", "approve"),
    ("El alcalde es un inútil y la nota se queda corta.", "es", "approve"),
    (
        "El anuncio de la página está pagado por el consulado para promover la feria.",
        "es",
        "approve",
    ),
    ("Al periodista lo amenazaron los del cártel para que no publicara nada.", "es", "approve"),
    ("La autora dice que le ofrecieron dinero para escribir bien del gobernador.", "es", "approve"),
    (
        "Los voceros del gobierno cobran para hablar bien del gobierno, es su trabajo.",
        "es",
        "approve",
    ),
    (
        "El diario pagó a la reportera para que escribiera la serie sobre los desaparecidos.",
        "es",
        "approve",
    ),
    ("El cónsul recibió a los periodistas para hablar de la feria del libro.", "es", "approve"),
    (
        "La autora recibió un premio del consulado por su reportaje sobre los jornaleros.",
        "es",
        "approve",
    ),
    ("The author never mentions that she was robbed in Juárez last year.", "en", "approve"),
    (
        "The reporter gets angry emails from the developers he writes about, every week.",
        "en",
        "approve",
    ),
    ("If the author takes money from the developers he writes about, fire him.", "en", "approve"),
    (
        "The columnist got gifts from the families she wrote about and returned them all.",
        "en",
        "approve",
    ),
    # the violating twins, stated as plain fact
    ("This columnist is a paid mouthpiece for the cartel, plain and simple.", "en", "hold"),
    ("Dwayne Pruett gets paid by the Ruelas campaign to post here.", "en", "hold"),
    ("The blogger is a paid shill for the Chinese government.", "en", "hold"),
    ("That commenter TexPat99 is paid to post in these comments.", "en", "hold"),
    ("Esa columnista está pagada por los carteles, por eso escribe así.", "es", "hold"),
    ("El autor de esta nota recibe dinero del alcalde para escribir bien de él.", "es", "hold"),
    ("El reportero Memo Lares cobra del consulado para atacar a los activistas.", "es", "hold"),
    ("El que escribe este blog es vocero pagado del cártel.", "es", "hold"),
    ("La autora Nena Ríos le cobra al diputado para escribir a favor de su reforma.", "es", "hold"),
    ("The author never mentions he's on the cartel payroll himself.", "en", "hold"),
    ("The author takes cash from the developers he writes about, plain and simple.", "en", "hold"),
    ("This reporter got envelopes from the ranchers she covers for years.", "en", "hold"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_paid_words(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "libel", lang)


# Must-pass rows that the rules approve and the blog model holds for its own reasons (it reads
# them close to the violating twins): the libel rules must have no finding on them.
RULES_APPROVE = [
    ("The author took cash from nobody, and the developers she writes about hate her.", "en"),
    ("Calling Marta Ruiz a paid shill for the cartel is a cheap shot, zero evidence.", "en"),
    ("The author is not a paid shill for anyone, she's just wrong about the tariffs.", "en"),
    ("Marisol Ocampo writes for the Courier and gets paid every two weeks like us all.", "en"),
    ("Do you think the writer is a paid shill for the consulate? I doubt it.", "en"),
    ("¿Creen que el columnista recibe dinero del gobernador para escribir bien de él?", "es"),
    ("Quizás el autor recibió algo de la embajada para escribir estas notas.", "es"),
]


@pytest.mark.parametrize("text,lang", RULES_APPROVE)
def test_libel_paid_words_rules_approve(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("libel",)) == [], text
