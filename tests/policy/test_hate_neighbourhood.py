"""Neighbourhood prejudice (the `coded.tsv` rows under "Neighbourhood prejudice"): a group or
"those people" blamed for a street's decline or for falling property values, "the element", a
group said not to assimilate, a group to be kept out of a neighbourhood, school or church, a
group as a blight or a ruin on a street, and "no es racismo, pero ya no se puede vivir en la
colonia". Each comes with near misses that must pass: property values after a plant closes,
newcomers' children who need tutors, zoning and traffic complaints that name no group, and a
neighbour's prejudice quoted to condemn it. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A street's decline laid at a group's arrival, in either order.
    ("Once those people move in, the whole block is finished.", "en", "hate", "flag"),
    ("Our street was quiet until the Somalis showed up.", "en", "hate", "flag"),
    ("My house lost half its value the day the Haitians moved in next door.", "en", "hate", "flag"),
    ("Gay couples moving in will be the end of family neighborhoods.", "en", "hate", "flag"),
    ("The refugees have turned the park into a dump.", "en", "hate", "flag"),
    (
        "What happens to a block once one of those families moves in? Ask around.",
        "en",
        "hate",
        "flag",
    ),
    ("Los haitianos están echando a perder la colonia.", "es", "hate", "flag"),
    ("Desde que se mudaron los venezolanos la cuadra se volvió un basurero.", "es", "hate", "flag"),
    ("Los centroamericanos son la ruina de este barrio.", "es", "hate", "flag"),
    ("No es racismo, pero ya no se puede vivir en la colonia.", "es", "hate", "flag"),
    ("Con tanto migrante ya no se puede caminar en el centro.", "es", "hate", "flag"),
    # Property values and "the element".
    ("Those people bring down property values wherever they go.", "en", "hate", "flag"),
    ("Once the synagogue opens, property values on Elm will tank.", "en", "hate", "flag"),
    ("A mosque on that lot? Property values will crash.", "en", "hate", "flag"),
    ("Get out while there are still buyers who look like us.", "en", "hate", "flag"),
    ("Those units will attract a certain element.", "en", "hate", "flag"),
    ("Esa gente baja el valor de las casas de toda la cuadra.", "es", "hate", "flag"),
    # Not assimilating.
    ("Those people never assimilate.", "en", "hate", "flag"),
    ("They refuse to learn English and expect the town to change for them.", "en", "hate", "flag"),
    ("These people don't want to be Americans.", "en", "hate", "flag"),
    ("Some cultures just don't mix.", "en", "hate", "flag"),
    ("Los migrantes nunca se van a integrar.", "es", "hate", "flag"),
    ("Que aprendan nuestras costumbres: se adaptan o se van.", "es", "hate", "flag"),
    # Kept out of a neighbourhood, school or church.
    ("We don't want a mosque anywhere near our kids.", "en", "hate", "flag"),
    ("Don't let the gypsies move into this neighborhood.", "en", "hate", "flag"),
    ("I would never send my kids to class with those kids.", "en", "hate", "flag"),
    ("Funny, I moved out the year they started letting them in.", "en", "hate", "flag"),
    ("They can stay on their side of the tracks.", "en", "hate", "flag"),
    ("No dejen que los gitanos se muden a la colonia.", "es", "hate", "flag"),
    ("Hay que mantener a los haitianos fuera de la escuela.", "es", "hate", "flag"),
    ("Que se vayan a otra colonia, aquí no los queremos.", "es", "hate", "flag"),
    ("Apoyo la feria, pero sin vendedores guatemaltecos.", "es", "hate", "flag"),
    # A blight, a stranger on one's own street.
    (
        "The Roma camp is an eyesore and those people are a blight on the town.",
        "en",
        "hate",
        "flag",
    ),
    ("I feel like a stranger on my own street now.", "en", "hate", "flag"),
    # A place brought down, taken over, "getting darker"; "a certain kind of people".
    ("Those people will bring the whole block down.", "en", "hate", "flag"),
    ("The Somalis have taken over the park.", "en", "hate", "flag"),
    ("The street is getting darker every year, if you catch my drift.", "en", "hate", "flag"),
    ("The new complex will attract a certain kind of people.", "en", "hate", "flag"),
    ("El albergue va a traer cierto tipo de gente.", "es", "hate", "flag"),
    ("Ya no reconozco mi colonia, puro haitiano.", "es", "hate", "flag"),
    ("Los venezolanos tienen tomadas las esquinas.", "es", "hate", "flag"),
    ("The new bakery will bring people downtown.", "en", "hate", "approve"),
    ("The sky is getting darker, looks like rain.", "en", "hate", "approve"),
    ("The developer took over the park for his parking lot.", "en", "hate", "approve"),
    ("La feria va a traer mucha gente al centro.", "es", "hate", "approve"),
    # Everyday group talk in the same threads: only their own, unfit by temperament, a
    # shelter to burn, a temple as the start of something, recruiting children.
    ("At the plant the supervisors only promote their own.", "en", "hate", "flag"),
    ("Las mujeres no tienen el temperamento para arbitrar.", "es", "hate", "flag"),
    ("Que le prendan fuego al albergue.", "es", "hate", "flag"),
    ("A mosque beside the playground. What could possibly go wrong?", "en", "hate", "flag"),
    ("Así empiezan, con una mezquita. Luego vean lo que pasó en Europa.", "es", "hate", "flag"),
    ("Those people groom kids, everyone knows it.", "en", "hate", "flag"),
    # A single quote closed after its own punctuation ('like this.') leaves what follows the
    # writer's own words, not a quotation running to the end of the comment.
    (
        "The mayor says it's 'just a shelter.' Those people bring down property values.",
        "en",
        "hate",
        "flag",
    ),
    # Near misses: no group, a cause, a quotation condemned, data against the claim.
    (
        "Stop calling them 'those people.' They're our neighbours and they pay taxes.",
        "en",
        "hate",
        "approve",
    ),
    (
        "A sign called migrants 'invaders.' Quoting it so you see it, not because I agree.",
        "en",
        "hate",
        "approve",
    ),
    ("The council only hires their own cronies.", "en", "hate", "approve"),
    ("Gangs recruit kids as young as twelve.", "en", "hate", "approve"),
    ("El árbitro volvió a su lugar.", "es", "hate", "approve"),
    (
        "Anoche le prendieron fuego al albergue; es un crimen de odio y hay que castigarlo.",
        "es",
        "hate",
        "approve",
    ),
    ("Property values dropped after the plant closed.", "en", "hate", "approve"),
    (
        "The new families don't speak English yet, so the school hired tutors.",
        "en",
        "hate",
        "approve",
    ),
    ("Refugee kids won't learn English if the district cuts the tutors.", "en", "hate", "approve"),
    (
        "My neighbor said the Haitians would ruin the street. That's racist and he's wrong.",
        "en",
        "hate",
        "approve",
    ),
    (
        "People say values drop when Black families move in. The county data shows they rose.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Four stories next to single-family homes is bad zoning. Shade, noise, one driveway.",
        "en",
        "hate",
        "approve",
    ),
    ("The neighborhood went downhill after the factory closed.", "en", "hate", "approve"),
    ("We should keep trucks out of our neighborhood after 10pm.", "en", "hate", "approve"),
    ("The element of surprise won the game for us.", "en", "hate", "approve"),
    (
        "The Vietnamese families moved in and the block got its first bakery.",
        "en",
        "hate",
        "approve",
    ),
    ("Los precios de las casas bajaron por la crisis.", "es", "hate", "approve"),
    (
        "Desde que cerraron la fábrica ya no se puede vivir en la colonia: no hay trabajo.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Mi vecino dice que los migrantes echan a perder el barrio. Qué ignorancia.",
        "es",
        "hate",
        "approve",
    ),
    (
        "El problema de la colonia no son los migrantes, es que no hay alumbrado.",
        "es",
        "hate",
        "approve",
    ),
    ("No queremos tráileres en nuestra colonia de noche.", "es", "hate", "approve"),
    ("El barrio se echó a perder cuando cerraron el mercado.", "es", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_hate_neighbourhood(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
