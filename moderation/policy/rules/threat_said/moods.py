"""Who acts, or how the harm is wanted: the writer's intent, a call, a wish, in English and
Spanish, and what may stand between the mood and the act."""

from __future__ import annotations

# The opening of a sentence past the first: a sentence is searched from its first word
# (`reading`), where "^" never matches, so the mark that closed the one before is looked back
# at ("El reportero mintió. Quémenlo.", "The mayor? Throw him in the river.").
SENTENCE_START = r"(?:^|(?<=[.!?;\n])|(?<=[.!?;\n]\s)|(?<=[.!?;\n]\s\s))"

# Who acts, or how the harm is wanted.
EN_INTENT = (
    r"\b(?:i|we)(?:'ll| will| shall|'d| would)(?: (?:just|personally|gladly|happily|"
    r"gonna|go|come|finally|really|all))*"
    r"|\b(?:i|we)(?:'m| am|'re| are) (?:going to|gonna|about to|fixing to|finna|coming to|"
    r"ready to|itching to|dying to|happy to|willing to)(?: (?:go|come|personally|just))?"
    r"|\b(?:i|we)(?: really| would|'d)? (?:want|wanna|love|like|plan|intend|mean|need|have|"
    r"got|gotta)(?: to)?(?: (?:go|come|personally|just))?"
    r"|\blet(?:'s| us)(?: (?:go|just|all|finally))*"
    r"|\b(?:i|we) (?:can't|cannot|can not) wait to"
)
EN_PROGRESSIVE = r"\b(?:i|we)(?:'m| am|'re| are)(?: (?:just|personally|gonna))?"
EN_CALL = (
    r"\b(?:someone|somebody|anyone|anybody|people|y'?all|you guys|you all|everyone|everybody|"
    r"we all|we|real men|patriots|citizens|the (?:town|neighbou?rhood|community))"
    r"(?: (?:really|just|seriously|honestly|finally))? (?:should|ought to|oughta|needs? to|"
    r"has to|have to|must|gotta|better|should've|should have|could|can)"
    r"(?: (?:just|finally|really|go|come|all))*"
    r"|\b(?:time to|it'?s time (?:we|to)|someone please|somebody please|"
    r"why (?:doesn'?t|don'?t|won'?t) (?:someone|somebody|anyone|we|you guys))"
    r"(?: (?:just|finally|go))*"
    r"|\b(?:should've|should have|shoulda|should|need to|needs to|ought to|must)"
    r"(?: (?:just|all|finally|go))*"
)
EN_WISH = (
    r"\b(?:i |we )?(?:hope|pray|wish|hoping|praying)(?: to god)?(?: that)?"
    r"|\b(?:hopefully|god willing|here'?s hoping|pray that|inshallah|fingers crossed)"
    r"|\b(?:i|we)(?:'d| would) (?:pay (?:good )?money|give anything|love|like) to see"
    r"|\b(?:can'?t|cannot) wait (?:to see|until|till|for the day)"
    r"|\b(?:i|we) (?:want|wanna|need) to see"
)
# The clause a wish opens: its subject, then the act or fate (up to five words between).
WISH_SUBJECT = r"(?:\s+[\w'@*-]+){0,8}?"

ES_INTENT = (
    r"\b(?:(?:te|lo|la|los|las|les|le|nos|os)\s+)?(?:voy|vamos|iremos|ire) a"
    r"(?: (?:ir a|venir a|tener que))?(?: (?:te|lo|la|los|las|les|le|os))?"
    r"|\b(?:yo|nosotros) (?:mismos? )?(?:(?:te|lo|la|los|las|les|le) )?"
    r"|\b(?:me|nos) (?:encantaria|gustaria|dan ganas de|muero por)"
)
# "vamos a empezar a matarlos": a verb of starting between the mood and the act
ES_LEAD = r"(?:(?:empezar|comenzar|ponernos|ponerme|salir|ir) a\s+)?"
ES_CALL = (
    r"\b(?:hay que|hay q|habria que|habra que|tenemos que|tendriamos que|deberiamos|debemos|"
    r"deberian|deben|tienen que|tendrian que|toca|urge|hace falta|necesitamos|se tiene que|"
    r"se deberia|se debe|alguien (?:deberia|tiene que|tendria que|debe|deberia de)|"
    r"que alguien|falta que alguien|ya es hora de|es hora de|a ver cuando)"
    r"(?: (?:de|ir a|juntarnos y|organizarnos y|salir a|ya|de una vez))*"
    r"(?: (?:te|lo|la|los|las|les|le|se))?"
)
ES_WISH = (
    rf"(?:{SENTENCE_START}|[,;:]\s*|\by\s+|\bpues\s+)que"
    r"(?: (?:alguien|todos|todas|ya|de una vez|dios))?"
    r"|\b(?:ojala|ojala que|espero que|quiero que|quisiera que|deseo que|pido que|"
    r"(?:le )?pido a dios que|(?:rezo|rezamos|oro|oramos)(?: a dios)? (?:para|por) que|"
    r"dios quiera que|a ver si|ojala y)(?: (?:alguien|todos|todas|ya|pronto|de una vez|"
    r"un dia|algun dia|la proxima))*"
)
ES_CLITICS = r"(?:\s+(?:te|lo|la|los|las|les|le|se|me|os))*"
