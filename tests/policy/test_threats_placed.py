"""Threats at a person said as an order or a wish with the place of the act as the tell ("hang
the reporter from the bridge", "cuelguen al alcalde de un árbol", "dump the author in a ditch"),
and the neighbours that must still pass: things hung or dumped there, a portrait of someone,
a person named after the place, violence reported, described or fictional. Hand-written,
English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected in the troll category)
    # Hanging from a gallows: a bridge, a tree, a post.
    ("Hang the columnist from the overpass.", "en", "reject"),
    ("Somebody ought to hang that councilman from a lamppost.", "en", "reject"),
    ("Someone should hang the editor from the nearest tree.", "en", "reject"),
    ("Cuelguen al regidor de un poste.", "es", "reject"),
    ("Ojalá cuelguen a ese columnista del puente.", "es", "reject"),
    ("Ahorque al diputado de un árbol.", "es", "reject"),
    ("Hay que colgar al comentarista de un farol.", "es", "reject"),
    # Dumped in water, a ditch or the desert; sunk with a weight.
    ("Dump the columnist in a ditch.", "en", "reject"),
    ("Throw the commissioner in the river.", "en", "reject"),
    ("Somebody should dump the blogger in the desert.", "en", "reject"),
    ("Put the editor in the bay with cinder blocks.", "en", "reject"),
    ("Drown the moderator in the canal.", "en", "reject"),
    ("Dump the columnist in the desert and let the heat do the rest.", "en", "reject"),
    ("Tiren al regidor a una zanja.", "es", "reject"),
    ("Tire al columnista al canal.", "es", "reject"),
    ("Ese comentarista, échenlo al río.", "es", "reject"),
    # Things, pictures, laundry; the person only after the place, or only an owner.
    ("Hang the banners from the overpass for the marathon.", "en", "approve"),
    ("Hang the councilman's portrait from the overpass.", "en", "approve"),
    ("Hang the sign from the bridge, editor.", "en", "approve"),
    ("Hang the wet towels from the tree to dry.", "en", "approve"),
    ("Dump the old tires in the landfill, not the river.", "en", "approve"),
    ("Drop the kids in the river for a swim and pick them up at noon.", "en", "approve"),
    ("Put the canoe in the river with the oars.", "en", "approve"),
    ("Throw the kids in the river for a swim, it's ninety degrees out.", "en", "approve"),
    ("Toss the broken chairs in the landfill and buy new ones.", "en", "approve"),
    ("Cuelguen las banderas del puente para el desfile.", "es", "approve"),
    ("Cuelgue la ropa del balcón, que ya salió el sol.", "es", "approve"),
    ("Tiren la basura al contenedor, no al río.", "es", "approve"),
    # Violence reported, described or in a story.
    ("The cartel hung a reporter from a bridge in 2011, and nobody was charged.", "en", "approve"),
    ("In the novel the mob hangs the mayor from the bridge.", "en", "approve"),
    ("Colgaba al villano del puente en el último capítulo de su novela.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_threat_placed(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
