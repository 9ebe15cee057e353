"""Counter-speech that counts only when it is about the hateful words: a condemnation within
two sentences of them, shame aimed at their speaker, a report made of them. Must-pass rows
condemn the words near them; must-flag rows carry the writer's own hate beside unrelated
shame, a police report or a worn label. Our own examples."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

# Hateful words reported, then condemned beside them or their speaker shamed or reported
PASS_NEAR = [
    (
        "Someone at the game yelled that Mexicans are animals. That is racist and he "
        "should be ashamed.",
        "en",
    ),
    ("My neighbor keeps saying Somalis are trash. Shame on him.", "en"),
    ("A guy posted that Haitians are a plague. I reported it to the mods.", "en"),
    (
        '"Muslims are terrorists" was painted on the mosque wall. Whoever wrote this '
        "should be ashamed.",
        "en",
    ),
    ("He told my son that Mexicans are rapists. I reported him to the school.", "en"),
    ("The sign said Haitians are vermin. That is vile and hateful.", "en"),
    ("People who call Somalis trash should be ashamed of themselves.", "en"),
    ("Calling Mexicans animals is racist, full stop.", "en"),
    ("The councilman said Muslims are a disease. That is hate speech. Shame on him.", "en"),
    ("Somebody left a flyer saying Jews control the banks. Report it if you see one.", "en"),
    (
        "I heard a caller on the radio say Mexicans are criminals. Racist nonsense, and "
        "the host let it slide.",
        "en",
    ),
    ("My uncle says gays are sick. It is ignorant and hurtful, and I told him so.", "en"),
    ("The comment above says refugees are rats. Reported. That is dehumanizing.", "en"),
    ('They chanted "Haitians are a plague" outside the shelter. Disgusting bigotry.', "en"),
    (
        "Our coach called the Mexican players animals. The club should be ashamed of keeping him.",
        "en",
    ),
    (
        "Un señor gritó que los haitianos son una plaga. Eso es racismo y debería darle vergüenza.",
        "es",
    ),
    ("Mi vecino dice que los hondureños son basura. Lo reporté con la administración.", "es"),
    (
        "Escribieron en la barda que los migrantes son ratas. Es un discurso de odio inaceptable.",
        "es",
    ),
]

# The writer's own hate beside shame for something else, a document called a report, or a
# label worn sentences away
FLAG_NEAR = [
    (
        "The library board should be ashamed of the budget. Faggots reading to kids is "
        "what they fund.",
        "en",
    ),
    ("The club should be ashamed of the ticket prices. Mexicans are animals anyway.", "en"),
    ("Read the police report on the break-ins. Haitians are a plague on this town.", "en"),
    ("Rapefugees. That's your whole crime report right there.", "en"),
    (
        "I'll get called racist for this. The weather was nice today. The bus was late "
        "again. My coffee was cold. Somalis are trash.",
        "en",
    ),
    ("Lean el reporte de la policía. Los haitianos son una plaga en esta colonia.", "es"),
]

# A past massacre named as an event, and a mob's chant reported ("al grito de que ..."): history
# told, which needs no condemnation sentences away to pass
PASS_HISTORY = [
    ("Hay que recordar la masacre de chinos en Torreón en 1911, una vergüenza nacional.", "es"),
    ("Hay que recordar la masacre de chinos en Torreón en 1911 cada mayo.", "es"),
    ("En la escuela nunca nos enseñaron la matanza de chinos en Torreón en 1911.", "es"),
    ("We should remember the massacre of Chinese in Los Angeles in 1871.", "en"),
    (
        "Una turba mató a trescientas personas al grito de que los chinos nos quitan el trabajo.",
        "es",
    ),
    ("Los linchaban al grito de que los chinos traían enfermedades; hoy nos da vergüenza.", "es"),
]

# The massacre approved, or the chant as the writer's own
FLAG_HISTORY = [
    ("La masacre de chinos en Torreón en 1911 fue bien merecida.", "es"),
    ("Los chinos nos quitan el trabajo.", "es"),
]

# "Go home" quoted to condemn it, said to officials, parties or teams, or people going home
# to their families: not the slogan
PASS_GO_HOME = [
    ('The rally chanted "Mexicans go home", which is vile.', "en"),
    ("Someone spray-painted Mexicans go home on the bakery. Disgusting.", "en"),
    ("Politicians go home and let the city council work.", "en"),
    ("Dodgers go home, you lost.", "en"),
    ("The Mexicans go home to their families after the shift.", "en"),
    ("After the tournament, the Mexicans go home.", "en"),
    ("When the season ends, the Korean players go home.", "en"),
    ("Most Somalis go home to Minneapolis for Eid.", "en"),
    ("The Guatemalan workers go home on Sundays.", "en"),
    ("Republicans go home, the session is over.", "en"),
    ("Democrats, go home and read the bill.", "en"),
    ("The city council should go home until they fix the budget.", "en"),
    ("Yankees go home, said the banner at Fenway.", "en"),
    ("The Haitian nurses go home exhausted every night.", "en"),
    ("By nine the Mexican families go home and the plaza is quiet.", "en"),
    ("Tourists go home? No, they keep this town alive.", "en"),
    ("Refugee kids go home from school on the 12 bus.", "en"),
    ("The Irish fans go home happy tonight.", "en"),
    ("When the Filipinos go home for Christmas the whole block is empty.", "en"),
    ("Team Mexico go home after a tough loss to Japan.", "en"),
    ("Mexicans go home happy after beating Brazil.", "en"),
    ("Koreans go home early on Fridays at my plant.", "en"),
    ("Muslims go home to pray at noon, the shop closes for an hour.", "en"),
    ("Mexicans go home for the holidays and the city empties out.", "en"),
    ('En la marcha gritaron "mexicanos váyanse a su país", qué vergüenza.', "es"),
    ("Diputados, váyanse a su casa, no sirven para nada.", "es"),
    ("Los jugadores hondureños se van a su país después del torneo.", "es"),
    ("Los haitianos del albergue se van a su país en diciembre para ver a sus familias.", "es"),
    ('Alguien pintó "haitianos váyanse a su país" en la iglesia. Es racismo puro.', "es"),
]

# "<Group> go home" and "<grupo> váyanse a su país" as the writer's own slogan
FLAG_GO_HOME = [
    ("Mexicans go home", "en"),
    ("Mexicans go home!", "en"),
    ("Somalis go home.", "en"),
    ("Muslims, go home.", "en"),
    ("Mexicanos váyanse a su país.", "es"),
    ("Haitianos, váyanse a su país.", "es"),
    ("Haitians go home. Nobody wants you here.", "en"),
]


PASS = PASS_GO_HOME + PASS_HISTORY + PASS_NEAR
FLAG = (
    [(t, lang, "hate") for t, lang in FLAG_GO_HOME]
    + [(t, lang, "hate") for t, lang in FLAG_HISTORY]
    + [(t, lang, "hate") for t, lang in FLAG_NEAR]
)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_must_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_must_flag(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)
