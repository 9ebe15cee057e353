"""Unit-code fillers and word lists that several hate rules read."""

from __future__ import annotations

F = "[AYU]*"
# Bare future forms: a threat only when the writer is their subject ("we will kill X"), not
# "the law will make X suffer" or "the cartels will kill X".
BARE_FUTURE = frozenset(
    {"will", "going to", "gonna", "want to", "wanna", "feel like", "not hesitate to",
     "will not hesitate to", "would not hesitate to", "never stop", "will never stop", "start"}
)  # fmt: skip
# "van a": a third person's future, never the writer's ("van a deportar a los X" reports a plan)
THIRD_FUTURE = frozenset({"van a"})
BARE_FUTURE |= THIRD_FUTURE
PLACE_PREPS = frozenset({"in", "at", "on", "from", "around", "near", "across", "of", "en",
                          "de", "del", "por"})  # fmt: skip
IMPERATIVE_K = frozenset(
    {"fuck off", "piss off", "go to hell", "get lost", "go fuck themselves", "rot in hell",
     "burn in hell", "drop dead", "get out", "go back", "get out of our country",
     "can go fuck themselves", "fuck themselves", "get fucked", "go fuck yourselves",
     "fuera", "al infierno", "a la mierda", "que se jodan", "que se vayan a la mierda", "keep out",
     "que se vayan a tomar por culo", "a tomar por culo", "idos a tomar por culo",
     "fuck off back", "go back home", "bugger off", "sod off", "fuck right off", "piss right off",
     "go home",
     "bugger off back", "sod off back", "leave our country", "get out of here", "jodanse",
     "get away from me", "get away from us", "stay away from me", "stay away from us",
     "keep away from me", "keep away from us",
     "jodeos", "iros a la mierda", "vayanse a la mierda", "largaos", "largo de aqui",
     "shut up", "shut the fuck up", "shut the hell up", "shut your mouths", "fuck off and die",
     "piss off and die", "bugger off and die", "sod off and die",
     # Mexican and Central American curses of sending off ("lárguense a la verga, X")
     "que se chinguen", "chinguense", "a la verga", "que se vayan a la verga",
     "vayanse a la verga", "larguense a la verga", "al carajo", "que se vayan al carajo",
     "vayanse al carajo", "larguense al carajo", "a la chingada", "que se vayan a la chingada",
     "vayanse a la chingada", "que les den por culo", "que les follen", "larguense"}
)  # fmt: skip


EXCLUSION_WORDS = frozenset({"allowed", "welcome", "wanted", "permitted", "bienvenidos"})
PAST_COPULAS = frozenset({"were", "was", "fueron", "eran", "era", "fue", "estaba", "estaban"})
WELLBEING = frozenset(
    {"safe", "happy", "healthy", "seguro", "segura", "seguros", "seguras", "feliz", "felices",
     "sano", "sana", "sanos", "sanas"}
)  # fmt: skip
# "Responsible" denied with what for ("Jews are not responsible for what Netanyahu does", "los
# judíos no son responsables de lo que hace Israel"): the group cleared of a blame, not a slight.
ANSWERABLE = frozenset({"responsible", "responsable", "responsables"})
ANSWERABLE_FOR = frozenset({"for", "de", "del", "por"})
# Doom verbs only count at the end of a clause ("should leave." but not "should leave abusers").
CLAUSE_END_OK = frozenset(
    {"now", "here", "forever", "already", "immediately", "home", "back", "ya", "aqui", "todos",
     "once", "permanently",
     "todas", "all", "too", "again", "soon", "asap", "today", "for good", "en paz",
     "pronto", "hoy", "hoy mismo", "para siempre", "de una vez"}
)  # fmt: skip
HOLD, CLEAR, STRONG = 0.7, 0.9, 0.95
