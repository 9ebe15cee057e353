"""Default wording of the posted comment policy, one clause per category the engine enforces.

The policy page shows the site's own text first, then one section per category with an anchor
(`#hate`, `#profanity`, ...) that hold and reject messages link to. Our own words.
"""

from django.utils.translation import gettext_lazy as _

# category -> (title, text). Keys must match moderation.policy.types.Category (a test checks it);
# blog imports no other app, so the names are repeated here.
POLICY_CLAUSES: dict[str, tuple[str, str]] = {
    "hate": (
        _("Hateful and offensive comments"),
        _(
            "Attacks on people for their race, religion, ethnicity, nationality, sex, sexual "
            "orientation or disability are removed, including racist and anti-Semitic remarks. "
            "Criticise ideas and policies as hard as you like; leave people's identities out of it."
        ),
    ),
    "profanity": (
        _("Foul language"),
        _(
            "An occasional strong word is part of honest argument. Comments that lean on "
            "profanity or vulgar abuse instead of reasons are removed; vulgarity is not protected "
            "speech on this site."
        ),
    ),
    "libel": (
        _("Libel"),
        _(
            "Do not state as fact that a named person committed a crime or acted dishonestly "
            "unless you can point to a public source. Unsupported accusations are held for review "
            "and removed if they could be defamatory."
        ),
    ),
    "troll": (
        _("Trolling and personal attacks"),
        _(
            "Insulting other commenters or the author, baiting, and posting only to derail the "
            "discussion are removed. Disagree with the argument, not the person making it."
        ),
    ),
    "spam": (
        _("Spam"),
        _(
            "Advertising, link farming, repeated copies of the same comment and off-topic "
            "promotion are removed."
        ),
    ),
}

DEFAULT_POLICY_INTRO = _(
    "We welcome debate and disagreement, including sharp criticism of anything written here. "
    "Comments are screened against the rules below; a comment that may break one is held for a "
    "moderator, and you can appeal any decision."
)
