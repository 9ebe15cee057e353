"""The English acts: verbs of harm, strong and weak, blows to the body, burning, fates and dues,
built with `forms.alt` (which files their first words as triggers)."""

from __future__ import annotations

from moderation.policy.rules.threat_said.forms import alt

# The act: verbs of harm. Strong ones name a blow, a killing or a burning; weak ones ("deal
# with", "handle", "dar su merecido") threaten only with their target plain, and hold.
EN_ACT = alt(
    "kill{|s|ed|ing}",
    "murder{|s|ed|ing}",
    "shoot{|s|ing}",
    "shot",
    "stab{|s|bed|bing}",
    "hang{|s|ed|ing}",
    "hung",
    "lynch{|es|ed|ing}",
    "beat{|s|en|ing} {up|the shit out of|"
    "the hell out of|the crap out of|to death|to a pulp|senseless|bloody}",
    "burn{|s|ed|ing|t}",
    "torch{|es|ed|ing}",
    "gassed",
    "gassing",
    "bomb{|s|ed|ing}",
    "nuke{|s|d}",
    "nuking",
    "slaughter{|s|ed|ing}",
    "butcher{|s|ed|ing}",
    "massacre{|s|d}",
    "massacring",
    "exterminate{|s|d}",
    "exterminating",
    "eradicate{|d}",
    "annihilate{|d}",
    "wipe{|s|d} out",
    "wiping out",
    "string{|s|ing} up",
    "strung up",
    "drown{|s|ed|ing}",
    "hurt{|s|ing}",
    "punch{|es|ed|ing}",
    "strangle{|s|d}",
    "strangling",
    "choke{|s|d}",
    "choking",
    "behead{|s|ed|ing}",
    "decapitate{|d}",
    "rape{|s|d}",
    "raping",
    "torture{|s|d}",
    "torturing",
    "whip{|s|ped|ping}",
    "flog{|s|ged|ging}",
    "stone{|d}",
    "stoning",
    "run{|s|ning} over",
    "ran over",
    "run{|s|ning} down",
    "ran down",
    "mow{|s|ed|ing|n} down",
    "gun{|s|ned|ning} down",
    "blow{|s|ing|n} up",
    "blew up",
    "put{|s|ting} down",
    "bash{|es|ed|ing}",
    "curb{ |-}stomp{|s|ed|ing}",
    "stomp{|s|ed|ing}",
    "crucify",
    "crucified",
    "hunt{|s|ed|ing} down",
    "hunt{|s}",  # bare, a group's only (`reading`): "we'll hunt Democrats for votes"
    "gas",
    "finish{|es|ed|ing} off",
    "rough{|s|ed|ing} up",
    "smash{|es|ed|ing} {in|up}",
    "knee{|d}cap",
    "pistol{-| }whip{|ped}",
    "skin{|ned} alive",
    "bury{|ied} alive",
    "set{|s|ting} fire to",
    "light{|s|ing} up",
)
# Acts that are harm only with a body part or a home as their object: "break your legs",
# "smash their faces in", "burn down their houses", "set their homes on fire".
EN_BODY = (
    r"(?:legs?|neck|necks|jaws?|face|faces|skulls?|heads?|bones|kneecaps|teeth|ribs|arms?|"
    r"fingers|throats?|nose|noses|spine|back|backs)"
)
EN_BODY_ACT = alt(
    "break{|s|ing}",
    "broke",
    "smash{|es|ed|ing}",
    "bash{|es|ed|ing}",
    "bust{|s|ed|ing}",
    "crack{|s|ed|ing}",
    "cave{|d} in",
    "cut{|s|ting}",
    "slit{|s|ting}",
    "snap{|s|ped|ping}",
    "knock{|s|ed|ing} out",
)
EN_HOME = (
    r"(?:house|houses|home|homes|car|cars|truck|shop|shops|store|stores|church|churches|"
    r"mosque|mosques|synagogue|synagogues|temple|temples|office|business|businesses|trailer|"
    r"apartment|camp|camps|village|neighbou?rhood)"
)
EN_FIRE = alt(
    "burn{|s|ed|ing|t} down",
    "torch{|es|ed|ing}",
    "firebomb{|s|ed|ing}",
    "set{|s|ting} fire to",
    "blow{|s|ing|n} up",
    "blew up",
    "bomb{|s|ed|ing}",
    "burn{|s|ed|ing|t}",
    "shoot{|s|ing} up",
    "shot up",
)
EN_WEAK = alt(
    "deal{|s|t|ing} with",
    "make{|s} pay",
    "made pay",
    "settle{|s|d} {the score|accounts} with",
    "come{|s} for",
    "run{|s} out of town",
    "beat{|s|ing}",
)
# The same acts with a weapon or a blow named make the weak ones strong: "teach those X a
# lesson with a bat", "deal with them with live rounds".
EN_MEANS = (
    r"\b(?:with|using|and) (?:a |an |my |our |some |the |his |their )?(?:(?:baseball|aluminum|"
    r"louisville) )?(?:bats?|clubs?|guns?|rifles?|shotguns?|pistols?|ar|ar-?15|ak|glock|"
    r"live rounds|bullets?|lead|rope|ropes|noose|machetes?|knife|knives|fists?|fire|gasoline|"
    r"tire irons?|crowbars?|pipes?|chains?|brass knuckles|pitchforks|torches|molotovs?|"
    r"something heavy|boots)\b"
)
# A fate the target suffers (the target is its subject): "hope they drown", "deserve to die".
EN_FATE = alt(
    "die",
    "dies",
    "drown{|s}",
    "burn{|s}",
    "hang{|s}",
    "fry",
    "fries",
    "bleed{|s} out",
    "choke{|s}",
    "rot{|s} in hell",
    "burn{|s} alive",
    "burn{|s} in hell",
    "{get|gets|be|are|is|end up|ends up|wind up|turn up} {shot|killed|murdered|stabbed|lynched|"
    "hanged|hung|burned|burnt|beaten|beaten up|hurt|raped|run over|slaughtered|wiped out|"
    "gassed|beheaded|tortured|strung up|put down|executed by|dead|blown up|bombed|"
    "torched|drowned|exterminated|massacred}",
    "{get|gets|be} what{'s| is} coming{| to them| to him| to her| to you}",
    "{get|gets|be|is|are} {hit|run over|flattened} by a {truck|bus|car|train|semi}",
)
# What the target is owed or should get, as a noun: "deserve a bullet", "need a beating".
EN_DUE = (
    r"(?:a (?:good |proper |real )?(?:beating|bullet|kicking|thrashing|hiding|lynching|"
    r"hanging|rope|noose|bat to the (?:head|face|knees)|bullet (?:in|to) the (?:head|face)|"
    r"shot in the head|knife|pounding)|the (?:rope|noose|bullet)|bullets|lead|to die|to hang|"
    r"death|to be (?:shot|killed|hanged|hung|beaten|lynched|burned|gassed|hurt|raped|"
    r"exterminated|wiped out|strung up|put down|stabbed|tortured|murdered|slaughtered)|"
    r"whatever (?:happens|comes|they get|he gets|she gets)|what(?:'s| is) coming|"
    r"what happens to (?:them|him|her|you)|"
    r"everything (?:they|he|she) get)"
)
