"""The writer's own people teased for its manners: "We Mexicans are loud at parties", "los
mexicanos somos ruidosos en las fiestas". A member laughing at a custom of the group (noise,
lateness, drama) is in-group banter; a vice or a lack said the same way ("somos flojos",
"we are dirty") is still read."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

# Manners, not vices: how loud, late or dramatic a people is said to be.
_MANNERS = frozenset(
    {"loud", "noisy", "late", "dramatic", "ruidosos", "ruidosas", "escandalosos", "escandalosas",
     "impuntuales", "dramaticos", "dramaticas", "exagerados", "exageradas", "fiesteros",
     "fiesteras", "gritones", "gritonas"}
)  # fmt: skip
_WE = frozenset({"we", "nosotros", "nosotras"})
_WE_ARE = frozenset({"somos", "we are", "are"})


def own_manners(an: Analysis, g: int, pred: Unit) -> bool:
    """The group at g is the writer's own ("we X", "nosotros los X", "los X somos") and the
    predicate is one of its manners (`_MANNERS`)."""
    if pred.text not in _MANNERS or g >= pred.index:
        return False
    units = an.units
    between = [u.text for u in units[g + 1 : pred.index]]
    ours = (
        (g > 0 and units[g - 1].text in _WE)
        or (g > 1 and units[g - 1].code == "A" and units[g - 2].text in _WE)
        or any(w in _WE for w in between)  # "as Mexicans we are loud"
    )
    if "somos" in between:
        return True  # "los mexicanos somos ruidosos"
    return ours and any(w in _WE_ARE for w in between)
