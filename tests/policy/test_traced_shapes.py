"""Traced errors of the engine, fixed by the shape behind each, with the near misses that must
keep their verdict: a claim held up by a noun frame and denied in the same sentence, a charge of
bigotry worn as a defiant admission, a swear word intensifying a thing before a group is named,
and the expulsion of a group put as a preference or advice. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # 1. A claim frame ("la idea de que", "eso de que", "the idea that", "the claim that")
    # denied later in the same sentence is counter-speech ...
    ("La idea de que los judíos controlan los bancos no es cierta.", "es", "hate", "approve"),
    ("Eso de que los judíos manejan la prensa no es cierto.", "es", "hate", "approve"),
    ("La idea de que los gitanos son ladrones no es verdad.", "es", "hate", "approve"),
    ("Eso de que los migrantes son criminales es un bulo.", "es", "hate", "approve"),
    (
        "Estoy de acuerdo con Marta: la idea de que los judíos controlan los bancos no es cierta.",
        "es",
        "hate",
        "approve",
    ),
    ("The idea that Jews control the banks is not true.", "en", "hate", "approve"),
    ("The claim that Jews run the media is a lie.", "en", "hate", "approve"),
    ("The claim that immigrants are criminals is false.", "en", "hate", "approve"),
    ("The idea that Muslims are terrorists is nonsense.", "en", "hate", "approve"),
    (
        "I agree with the editor: the idea that immigrants are criminals isn't true.",
        "en",
        "hate",
        "approve",
    ),
    # ... but affirmed, or called no lie, the claim is the writer's own.
    ("La idea de que los judíos controlan los bancos es cierta.", "es", "hate", "flag"),
    ("Eso de que los judíos controlan los bancos no es mentira.", "es", "hate", "flag"),
    ("Eso de que los gitanos son ladrones no es falso.", "es", "hate", "flag"),
    ("Eso de que los gitanos son ladrones es verdad.", "es", "hate", "flag"),
    ("The claim that Jews control the media is true.", "en", "hate", "flag"),
    ("The claim that Jews control the media is not a lie.", "en", "hate", "flag"),
    ("The idea that immigrants are criminals isn't false.", "en", "hate", "flag"),
    ("Jews control the media and it's true.", "en", "hate", "flag"),
    # 2. "Call me racist", "llámame homófobo", "if that makes me a bigot", "si eso es ser
    # racista, pues soy racista": a defiant admission, no condemnation ...
    ("Jews run Hollywood and are garbage, call me antisemitic", "en", "hate", "flag"),
    ("Call me homophobic, but gays are disgusting.", "en", "hate", "flag"),
    ("Muslims are a plague. If that makes me a bigot, so be it.", "en", "hate", "flag"),
    ("Muslims are a plague. If that's racist then I'm a racist.", "en", "hate", "flag"),
    ("Llámame homófobo, pero los gays son una plaga.", "es", "hate", "flag"),
    ("Los gitanos son una plaga. Si eso es ser racista, pues soy racista.", "es", "hate", "flag"),
    (
        "Los gitanos son una plaga. Si eso me convierte en racista, que así sea.",
        "es",
        "hate",
        "flag",
    ),
    # ... and with a group named and nothing else hateful, the admission alone is a cue (held)
    ("Mexicans are just different, call me racist.", "en", "hate", "hold"),
    ("Los venezolanos son distintos, llámame racista.", "es", "hate", "hold"),
    (
        "Si eso es ser racista, pues lo soy: los venezolanos no deberían venir.",
        "es",
        "hate",
        "flag",
    ),
    ("Call me a racist all you want, I stand with immigrants.", "en", "hate", "approve"),
    ("Llámame racista si quieres, yo sigo apoyando a los migrantes.", "es", "hate", "approve"),
    ("They call me racist for defending immigrants.", "en", "hate", "approve"),
    # a joke that owns the label and then praises the group is not an admission of bigotry
    ("Call me racist, but I love Mexican food.", "en", "hate", "approve"),
    ("Llámame racista, pero me encanta la comida venezolana.", "es", "hate", "approve"),
    ("So I'm a racist because I want the Venezuelans to have visas?", "en", "hate", "approve"),
    # ... while the label said of someone's words still condemns them, and "call me" with
    # anything else is a figure of speech.
    ("Saying Jews run Hollywood is antisemitic.", "en", "hate", "approve"),
    ("Calling immigrants garbage is racist.", "en", "hate", "approve"),
    ("He called me antisemitic because I criticised a bank.", "en", "hate", "approve"),
    ("Decir que los gitanos son una plaga es racista.", "es", "hate", "approve"),
    ("Me llamaron racista por defender a los migrantes.", "es", "hate", "approve"),
    ("Call me old-fashioned, but I like printed newspapers.", "en", "hate", "approve"),
    ("Llámame loco, pero me gusta la lluvia.", "es", "hate", "approve"),
    # 3. A swear word before a thing intensifies the thing, even with a group named after it ...
    ("Esta puta ley protege a los migrantes.", "es", "hate", "approve"),
    ("La puta burocracia tiene a los refugiados esperando años.", "es", "hate", "approve"),
    ("Esta puta frontera mata a los migrantes cada verano.", "es", "hate", "approve"),
    ("Odio esta puta ley que protege a los migrantes.", "es", "hate", "approve"),
    ("This fucking law protects migrants.", "en", "hate", "approve"),
    # ... but fused to the group, or in a predicate about it, it is still hate.
    ("Estos putos migrantes no hacen nada.", "es", "hate", "flag"),
    ("Los gitanos son una puta plaga.", "es", "hate", "flag"),
    ("These fucking migrants ruin everything.", "en", "hate", "flag"),
    # 4. Expulsion of a group put as a preference or advice ...
    ("A los migrantes es mejor echarlos.", "es", "hate", "flag"),
    ("Es mejor echar a los migrantes.", "es", "hate", "flag"),
    ("Conviene sacar a los musulmanes del país.", "es", "hate", "flag"),
    ("Ojalá deporten a los migrantes.", "es", "hate", "flag"),
    ("Better to kick all the immigrants out.", "en", "hate", "flag"),
    ("The best thing is to deport every last Muslim.", "en", "hate", "flag"),
    ("It would be best to deport all the refugees.", "en", "hate", "flag"),
    # ... while policy talk about offenders, moving people to better places, or naming no
    # group passes.
    ("Es mejor deportar a los que cometen delitos graves.", "es", "hate", "approve"),
    ("Lo mejor es deportar a los delincuentes, no a las familias.", "es", "hate", "approve"),
    ("Es mejor regularizar a los migrantes que deportarlos.", "es", "hate", "approve"),
    (
        "Conviene sacar a los migrantes de los albergues saturados a viviendas dignas.",
        "es",
        "hate",
        "approve",
    ),
    ("Es mejor sacar a los migrantes del albergue y darles casa.", "es", "hate", "approve"),
    ("Ojalá no deporten a los migrantes.", "es", "hate", "approve"),
    ("It's better to deport convicted felons than families.", "en", "hate", "approve"),
    ("The best thing is to deport nobody and fix asylum.", "en", "hate", "approve"),
    ("Es mejor echar al entrenador.", "es", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_traced_shapes(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
