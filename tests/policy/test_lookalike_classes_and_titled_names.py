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
- The public model does not read a word the rules read in its ordinary sense close by ("Spic
  and Span"): the whole engine approves; a context word far off does not hide the slur.
- What a group fled is not said of them ("huyeron de un desastre"); a participle after a plural
  noun for people says what befell them ("funerals for people killed back home").
- Libel: the writer's own frame of saying ("people should know she ...", "solo quiero decir
  que ...", "no entiendo por qué X sigue ... si ...") does not hide whose act it is; "cleared
  of" the act in its own clause answers the charge.
- "keeps saying X ... like it's a fact" is doubted, not agreed with; a group that is "not
  trying to impose sharia" is defended.

Hand-written, English and Spanish; the rules alone unless the row says otherwise.
"""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Encontré un bicho negro con antenas largas en la maceta del patio, ¿será plaga?", "es"),
    ("Ojo con el bicho que anda, en la oficina ya van cinco con fiebre y tos.", "es"),
    ("Mataron una víbora de cascabel atrás de la escuela; revisen el zacate antes de jugar.", "es"),
    ("El rosal de la entrada ya está lleno de capullos, en dos semanas florea.", "es"),
    ("Mi tío vendió su caballo moro en la cabalgata del domingo.", "es"),
    ("La vaca pinta de don Chuy parió anoche, una becerra sana.", "es"),
    ("Traje mamón de la panadería de la esquina, con cajeta y todo.", "es"),
    ("Mi primo Kike llega el jueves de Houston.", "es"),
    ("Que en paz descanse don Panchito, el zapatero del barrio.", "es"),
    ("Otra vez cerraron la carretera en el camino a Naco, no hay paso.", "es"),
    ("The tranny went out on my wife's van, the mechanic says a rebuild runs two grand.", "en"),
    ("My niece finished summa cum laude and starts nursing school in the fall.", "en"),
    ("Grandpa kept a bastard file in the barn for the mower blades.", "en"),
    ("Somebody's jackass got out of the corral with two mules last night.", "en"),
    ("The families here fled the violence back home; they came to work.", "en"),
    ("Son familias que huyeron de un desastre, no vienen a robar a nadie.", "es"),
    (
        "Don Tomás, our old sacristan, rang the bell at every funeral, even the ones for people "
        "killed back home.",
        "en",
    ),
    ("People should know that Coach Perry was cleared of stealing by the audit.", "en"),
    (
        "My brother-in-law keeps saying Hondurans 'bring crime' like it's a fact. He has never "
        "met one. Stop repeating that nonsense.",
        "en",
    ),
    ("The Muslims here are not trying to impose sharia on anybody; they want a bigger hall.", "en"),
    ("Los musulmanes de aquí no quieren imponer la sharia, quieren un salón más grande.", "es"),
    ("El profe Ruiz fue absuelto de robar las becas; así lo dijo el juez.", "es"),
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
        "Solo quiero decir que el señor Luis Ramos les roba la mitad del sueldo a los trabajadores.",
        "es",
        "libel",
    ),
    (
        "No entiendo por qué Galindo sigue de tesorero si se robó el dinero de la liga.",
        "es",
        "libel",
    ),
    (
        "Coach Perry was cleared of theft by the audit, but he stole the uniform money.",
        "en",
        "libel",
    ),
    ("Hondurans bring crime, and it's a fact, ask anybody at the plant.", "en", "hate"),
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


def test_the_public_model_still_reads_a_slur_whose_context_word_is_far_off() -> None:
    text = "Chinks own every store on the street now, shut the door on them."
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action != "approve", text
