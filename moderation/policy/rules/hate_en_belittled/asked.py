"""The question shapes of `hate.en_belittled`: rhetorical questions that expect the worst of a
group or wish it away, over the same masked words as `shapes`."""

from __future__ import annotations

import re

from moderation.policy.rules.hate_en_belittled.shapes import A as _A
from moderation.policy.rules.hate_en_belittled.shapes import G as _G

# A rhetorical question: "What else would you expect from a X?"
ASKED = re.compile(
    rf"(?:^|(?<= ))(?:so |well |honestly |seriously )?what (?:else |more )?(?:would|do|did|"
    rf"could|can|should) (?:you|anyone|we) (?:really )?expect from {_A}{_G}(?= |$)"
    r"(?! (?:who|that|with|raised|born|growing|from|whose|after|in))"
)
# Rhetorical questions that wish the group away or deny it a place: "Wouldn't we all be
# happier if X just vanished?", "How are X even allowed to drive?", "Why do X exist?"
WISHED_AWAY = re.compile(
    r"(?:^|(?<= ))(?:would not|would|will not|is not it true) (?:we all|we|everyone|the world|"
    r"life|this country|the country|things|society|everybody|everything) (?:all )?be (?:so "
    r"much |much |a lot |far )?(?:happier|better|better off|nicer|safer|cleaner|a better place|"
    rf"more peaceful) (?:if {_A}{_G} (?:just |all |simply )?(?:vanished|disappeared|were gone|"
    r"did not exist|left|died|were dead|went away|never existed|were not here|were never born)|"
    rf"without {_A}{_G})(?= |$)|"
    r"(?:^|(?<= ))how (?:are|is) (?:a |an |the |those |these )?(?:GRP|WMN|THEY) (?:even |still "
    r")?(?:allowed|permitted) to (?:vote|drive|work|teach|have kids|have children|marry|adopt|"
    r"exist|live here|be here|walk around|be in public|be around children|raise children|"
    r"breed)(?= |$)|"
    rf"(?:^|(?<= ))why (?:do|does|should) {_A}{_G} (?:even |still )?(?:exist|need to exist|"
    r"get to exist|get to live|insist on existing|keep existing|bother existing)(?= |$)|"
    # humanity, a virtue or a voice asked away: "can we stop pretending X are human?",
    # "has anyone ever met a smart X?", "why does anyone care what X think?"
    rf"(?:^|(?<= ))(?:can we|let us|we need to|time to) stop pretending {_A}{_G} (?:are|is) "
    r"(?:human|humans|people|persons|normal|equal|our equals|real people|civili[sz]ed)(?= |$)|"
    r"(?:^|(?<= ))(?:has anyone|have you|did anyone|has anybody) ever (?:met|seen|known) (?:a|an) "
    rf"(?:smart|intelligent|honest|clean|decent|hard working|competent|useful|good|clever) "
    rf"{_G}$|"
    r"(?:^|(?<= ))why (?:would|should) (?:anyone|anybody|you|someone) (?:ever )?(?:want to )?"
    r"(?:marry|date|hire|befriend|trust|love|kiss|live with|be friends with) "
    rf"{_A}{_G}$|"
    r"(?:^|(?<= ))why (?:does|do|should) (?:anyone|anybody|we|you) (?:even )?care (?:what|about "
    rf"what) {_A}{_G} (?:think|thinks|say|says|want|wants|feel|feels)(?= |$)|"
    r"(?:^|(?<= ))who (?:the fuck|the hell|even) (?:cares|gives a (?:fuck|shit|damn)) (?:about|"
    rf"what) {_A}{_G}(?= |$)|"
    rf"(?:^|(?<= ))what is (?:the deal|it|up) with {_A}{_G} and (?:crime|stealing|violence|"
    r"lying|theft|drugs|terror|terrorism|begging|cheating|rape)(?= |$)"
)
