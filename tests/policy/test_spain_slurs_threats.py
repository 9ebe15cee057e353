"""Spain's Spanish in the slur rule (our own sentences): slurs in the forms the lexicon
missed (diminutives of scorn, "charnego", "maketo", "chinorri", the yeísmo "boyera",
"marikita", "amariconado") and slurs split by a hyphen ("mari-cones"), with their harmless
neighbours (a child tanned "morito", a "maqueta", the Moors of history, a ladybird, a compound
with a hyphen, counter-speech). English rows hold the same shapes. "flag" means hold or reject
in the category."""

import pytest

from .expect import assert_category_action

SLURS = [
    ("Sudaquitas de mierda, volved a vuestro país.", "reject"),
    ("Eres un sudaquita y aquí no pintas nada.", "reject"),
    ("Los charnegos fuera de Cataluña.", "reject"),
    ("Maketos de mierda, largo de Euskadi.", "reject"),
    ("Otro chinorri abriendo tienda en el barrio, qué asco.", "flag"),
    ("Moritos de mierda, a vuestro país.", "flag"),
    ("Las boyeras dan asco.", "reject"),
    ("Marikitas de mierda.", "flag"),
    ("Eres un amariconado y das pena.", "flag"),
    ("Those fag-gots should leave town.", "reject"),
    ("Los charnegos fuimos los que levantamos Barcelona.", "approve"),
    ("A mi abuelo le llamaban charnego en el pueblo y lo sufrió mucho.", "approve"),
    ("Llamarles sudacas es racismo.", "approve"),
    ("El niño está morito de tanto sol en la playa.", "approve"),
    ("La maqueta del proyecto estará lista el lunes.", "approve"),
    ("Los moros conquistaron la península en el 711.", "approve"),
    ("En la Edad Media los moros y los cristianos convivieron en Toledo.", "approve"),
    ("Compré mariquitas de chocolate para los niños.", "approve"),
    ("Calling them fag-gots is plain homophobia.", "approve"),
]
HYPHEN_SPLIT = [
    ("mari-cones de mierda", "reject"),
    ("Fuera los sud-acas de mi barrio.", "reject"),
    ("Ne-gratas fuera de aquí.", "reject"),
    ("Nig-gers are ruining this town.", "reject"),
    ("El ex-marido de mi prima es un encanto.", "approve"),
    ("Es un mari-mandón de cuidado.", "approve"),
    ("She is an anti-racist organiser.", "approve"),
    ("My ex-husband lives in Tucson now.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), SLURS + HYPHEN_SPLIT)
def test_spain_slurs(text, expected):
    assert_category_action(text, expected, "hate")
