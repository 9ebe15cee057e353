"""Spanish hate in the shapes public suites find weak: a good quality denied to every member
("ningún X ha aportado nada", "no creo que se pueda confiar en ningún X"), questions that
answer themselves, a verdict opening the sentence after the group ("Conocí a unos X. Todos
iguales de cochinos."), Mexican curses sent to a group ("a la chingada con los X"), threats
with the shooting and machete verbs, and slurs as typed ("ma.ri.cas", "mallates", "mongoles");
with the near misses that must pass (officials, policies, la migra, praise, reports, honest
questions, the noun "balacera" and the slurs' homonyms)."""

import pytest

from tests.policy.expect import assert_rules_pass_all, category_action

HITS = [
    # a worth or trust denied to every member
    "Ningún inmigrante ha aportado nada a este país.",
    "Ningún gitano sirve para nada.",
    "Ni un solo haitiano vale nada.",
    "Los haitianos nunca van a aportar nada.",
    "No creo que se pueda confiar en ningún musulmán.",
    "No hay que confiar en los gitanos.",
    "Nunca debes confiar en un judío.",
    # questions that carry the insult
    "¿Qué han aportado los haitianos a este país? Nada.",
    "¿Qué ha aportado un hondureño aparte de delincuencia?",
    "¿Cuántos crímenes más de inmigrantes hay que aguantar?",
    "¿Cuántos robos más de venezolanos vamos a tolerar?",
    # the group in one sentence, the verdict in the next
    "Conocí a unos gitanos. Todos iguales de cochinos.",
    "Trabajé con unos hondureños. Todos iguales de flojos.",
    "Hay muchos musulmanes en mi escuela. Todos unos terroristas.",
    "Conocí a unos judíos. Todos unos tacaños.",
    # curses sent to a group
    "A la chingada con los mexicanos.",
    "A la ch*ngada con los judíos.",
    "A la chingada los musulmanes.",
    "a la fregada con los indios",
    # threats
    "Hay que balacear a los haitianos.",
    "Hay que machetear a esos indios.",
    # slurs as typed: in syllables with full stops, "ll" for "y", "mongol" of people
    "ma.ri.cas del carajo, fuera del barrio",
    "pinches mallates",
    "Junta de mongoles, votantes mongoles.",
    "Eres un mongol, no entiendes nada.",
    "Chapines sucios",
]

PASSES = [
    # denials and trust about officials, policies and institutions
    "Ese diputado no ha aportado nada en tres años.",
    "La reforma no aporta nada nuevo.",
    "Ningún político sirve para nada.",
    "No creo que se pueda confiar en ningún político.",
    "No hay que confiar en la migra.",
    "Ningún mexicano roba.",
    "Ningún inmigrante merece nada de esto, los tratan fatal.",
    "Es falso que los inmigrantes no aporten nada.",
    "Los hondureños no son criminales.",
    "No todos los inmigrantes son iguales.",
    # honest questions
    "¿Qué han aportado los inmigrantes a este país?",
    "¿Qué han aportado los inmigrantes a la economía? Mucho, según el Banco de México.",
    "¿Cuántos crímenes más de odio contra los migrantes hay que aguantar?",
    "¿Por qué tantos mexicanos trabajan en el campo?",
    "¿Qué nos ha dado la migra aparte de problemas? Nada.",
    # the next sentence about others, or praise
    "Mis primos son mexicanos. Todos iguales de guapos.",
    "Vi a los mexicanos en el estadio. Todos iguales ante la ley, dice la constitución.",
    "Los políticos otra vez. Todos iguales.",
    "Llegó el alcalde al barrio. Es un inútil.",
    "Llegaron los diputados al pueblo. Puros rateros.",
    "Llegó la migra al barrio. Puros abusivos.",
    "Los del cártel mataron a tres. Todos unos asesinos.",
    "Detuvieron a unos hondureños por el asalto. Unos asesinos.",
    "Hablé con unos musulmanes del centro cultural. Todos unos señores muy amables.",
    "Fuimos al concierto de los colombianos. Pura basura, no tocaron nada bueno.",
    # curses at governments and policies
    "A la chingada con el gobierno.",
    "A la fregada con la reforma.",
    "A la chingada la migra.",
    "Todo se fue a la chingada, los mexicanos ya no tenemos seguridad.",
    "El país se va a la chingada y los inmigrantes son los que más sufren.",
    "Me mandó a la chingada con los papeles del SAT.",
    # reports of violence, and the noun "balacera"
    "Hubo una balacera cerca del albergue de los migrantes.",
    "Balacearon a los migrantes en la carretera, qué horror.",
    "Condenamos a quienes gritaron que iban a quemar a los haitianos.",
    # the homonyms of the new slurs and group words
    "Los mongoles invadieron China en el siglo XIII.",
    "Gengis Kan unió a los mongoles.",
    "Un mallate verde se metió a la higuera.",
    "En la primaria me decían 'oaxaquita' como insulto.",
    "Los chapines que trabajan aquí son bien chambeadores.",
    "Compré una malla para la ventana.",
]


@pytest.mark.parametrize("text", HITS)
def test_held_as_hate(text):
    assert category_action(text, "hate", "es", blog_model=False) in ("hold", "reject"), text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
