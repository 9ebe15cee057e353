"""Look-alike words read through shared classes of context words, names after a title of
kinship or respect, and a few readings of what a word is not said of, since the fifty-sixth
session.

- `allow.tsv` classes ("@insects_es", "@snakes_es", "@plants_es", "@horses_es", "@horses_en")
  that several homonyms share, and context words in the Spanish shorthand
  ("becerr@"): an insect called "bicho", a rattlesnake ("víbora de cascabel"), rose buds
  ("capullos"), a roan horse ("caballo moro"), a calving cow, "mamón" the cake; phrases only
  for a transmission ("the tranny on my truck"), "cum laude" and a "bastard file".
- A slur that is also a given name, capitalised right after a word of kinship or respect, is
  the name ("mi primo Kike", "don Panchito"); never after an office ("Judge F...") or said to
  someone. A Spanish place after "a" and a word of going ("el camino a Naco").
- A name is said to someone after a copula and "a"/"un", before "eres", after a closing comma,
  or heading "de" and an office ("esa víbora de la síndica"): no context word clears it.
- The public model does not read a word that a context phrase holding it reads in its ordinary
  sense ("Spic and Span"): the whole engine approves; a single context word does not hide a
  slur from it ("Chinks at the door again, ...").
- What a group named before a verb of fleeing fled is not said of them ("son familias que
  huyeron de un desastre"), unless the sentence lays it back on them ("... like themselves").
- Libel: the writer's own frame of saying ("people should know she ...", "solo quiero decir
  que ...") does not hide whose act it is.
- "keeps saying X ... like it's a fact" is doubted, not agreed with ("I feel like he's right"
  still agrees); a group that is "not trying to impose sharia" is defended.

Hand-written, English and Spanish; the rules alone unless the row says otherwise.
"""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Encontré un bicho negro con antenas largas en la maceta del patio, ¿será plaga?", "es"),
    ("Ojo con el bicho que anda, ya hay contagios de gripa en la oficina.", "es"),
    ("Mataron una víbora de cascabel atrás de la escuela; revisen el zacate antes de jugar.", "es"),
    ("El rosal de la entrada ya está lleno de capullos, en dos semanas florea.", "es"),
    ("Mi tío vendió su caballo moro en la cabalgata del domingo.", "es"),
    ("La vaca pinta de don Chuy parió anoche, una becerra sana.", "es"),
    ("Traje mamón de la panadería de la esquina, con cajeta y todo.", "es"),
    ("Mi primo Kike llega el jueves de Houston.", "es"),
    ("Que en paz descanse don Panchito, el zapatero del barrio.", "es"),
    ("Otra vez cerraron la carretera en el camino a Naco, no hay paso.", "es"),
    ("The tranny on my old truck went out again; the shop wants two grand.", "en"),
    ("My niece finished summa cum laude and starts nursing school in the fall.", "en"),
    ("Grandpa kept a bastard file in the barn for the mower blades.", "en"),
    ("Somebody's donkey, an old jackass named Pete, got out of the corral.", "en"),
    ("The families here fled the violence back home; they came to work.", "en"),
    ("Son familias que huyeron de un desastre, no vienen a robar a nadie.", "es"),
    (
        "My brother-in-law keeps saying Hondurans 'bring crime' like it's a fact. He has never "
        "met one. Stop repeating that nonsense.",
        "en",
    ),
    ("The Muslims here are not trying to impose sharia on anybody; they want a bigger hall.", "en"),
    ("Los musulmanes de aquí no quieren imponer la sharia, quieren un salón más grande.", "es"),
    ("After the flood we scrubbed the church hall spic 'n' span.", "en"),
    ("Ayer vino el tío Kike de Houston con sus nietos.", "es"),
    ("En la feria de Lerdo vendieron becerros, chivas, vacas.", "es"),
    ("Me mudé a Lerdo el año pasado y no me arrepiento.", "es"),
]

FLAGGED = [
    ("Eres un capullo, vete a regar tus rosas.", "es", "troll"),
    ("A tranny in a pickup truck, what a joke.", "en", "hate"),
    ("Los hondureños son un desastre, huyeron de su país y aquí siguen igual.", "es", "hate"),
    ("Sheriff Dawson has people killed when they cross him.", "en", "libel"),
    ("Sheriff Dawson killed two people in 2019 and covered it up.", "en", "libel"),
    ("Los cholos de la colonia son todos unos rateros y unos tortilleros.", "es", "hate"),
    ("Judge Faggot ruled for them again, what a joke.", "en", "hate"),
    ("Go home spic, and take your Spic and Span with you.", "en", "hate"),
    ("That tranny mechanic on 5th street is a freak, take your truck elsewhere.", "en", "hate"),
    ("The guy who wrote the comment above is a Moron.", "en", "troll"),
    ("Dile a Pendejo que ya no escriba en este blog.", "es", "troll"),
    ("Esa víbora de la síndica anda regando veneno por todo el pueblo.", "es", "troll"),
    ("Qué capullo eres, ni regar las plantas sabes.", "es", "troll"),
    ("Good families escape the filth those Mexicans bring to town.", "en", "hate"),
    ("Sheriff Lopez and his men killed three migrants near the river.", "en", "libel"),
    ("Sheriff Dale Ortiz had two people killed in 2019.", "en", "libel"),
    (
        "Nice ideas on sidewalks from Rita Pacheco. But people should know she ran a visa scam "
        "out of her shop.",
        "en",
        "libel",
    ),
    (
        "Solo quiero decir que el señor Luis Ramos les roba la mitad del sueldo a los "
        "trabajadores.",
        "es",
        "libel",
    ),
    ("Hondurans bring crime, and it's a fact, ask anybody at the plant.", "en", "hate"),
    ("My uncle says Hondurans are lazy rats and I feel like he's right.", "en", "hate"),
    ("Descanse en paz don Panchito, uno menos de esos sudamericanos.", "es", "hate"),
    ("Qué mamón el de arriba, ni un merengue sabe hacer.", "es", "troll"),
    ("No seas capullo y riega tus plantas antes de opinar.", "es", "troll"),
    # a new row's context word a sentence away says nothing of this use (homonym_near)
    ("@Memo_R te portas como un capullo. Riega tus rosas y déjanos en paz.", "es", "troll"),
    ("El de arriba ya va rumbo a Pendejo, ni lo lean.", "es", "troll"),
    ("Muslims here will never stop pushing sharia on this town.", "en", "hate"),
    ("The Muslims here are trying to impose sharia on everybody.", "en", "hate"),
]


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_look_alike_classes_and_names_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAGGED)
def test_their_violating_twins_stay_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


def test_the_public_model_does_not_read_a_cleaning_brand_as_a_slur() -> None:
    verdict = screen(Submission(text="The pantry needs Spic and Span and paper towels.", lang="en"))
    assert verdict.action == "approve", [f.rule for f in verdict.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Chinks own every store on the street now, shut the door on them.",
        "Chinks at the door again, send them back.",
    ],
)
def test_the_public_model_still_reads_a_slur_beside_a_single_context_word(text: str) -> None:
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action != "approve", text
