"""Harmless comments the troll rules used to hold, fifth round, with the near misses that
must still be caught: a negation a few words before the insult, an ordinary diminutive or
superlative read as an insult one letter away, the writer's own dog, an adjective said of a
thing with a clause between, an act judged, a count, and an office-holder judged a sentence or
two after being named. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A negation up to four words before the insult denies it.
    ("La reportera no se volvió loca, solo citó mal la cifra.", "es", "troll", "approve"),
    ("El entrenador no es ningún tonto, sabe lo que hace.", "es", "troll", "approve"),
    ("The coach is not really a fool, he just had a bad night.", "en", "troll", "approve"),
    # ... but "nothing but", a reader named, or "no seas" still attack.
    ("No eres más que un idiota.", "es", "troll", "flag"),
    ("Nadie es tan idiota como tú.", "es", "troll", "flag"),
    ("No seas tan tonto, hombre.", "es", "troll", "flag"),
    ("You are not smart, you idiot.", "en", "troll", "flag"),
    # A diminutive or superlative of an ordinary word is no insult one letter away.
    ("Me compré una gorrita nueva para el partido del domingo.", "es", "troll", "approve"),
    ("La cumbia nueva está pegadísima, la ponen en todas las fiestas.", "es", "troll", "approve"),
    # ... but the insult's own diminutive or superlative, said to the reader, is still one.
    ("Eres un tontito.", "es", "troll", "flag"),
    ("Qué pesadísima eres.", "es", "troll", "flag"),
    ("Eres una gordita ridícula.", "es", "troll", "flag"),
    # The writer's own dog, named once with a possessive.
    ("Mi perra se llama Canela. Es la perra más lista del barrio.", "es", "troll", "approve"),
    ("Took my old bitch Daisy to the vet for her shots.", "en", "troll", "approve"),
    ("My neighbour's pitbull is a sweet bitch, gentle with the kids.", "en", "troll", "approve"),
    # ... but a person called one, with a second person, is still an insult.
    ("Eres una perra, igual que mi perra Luna.", "es", "troll", "flag"),
    # An adjective of a thing, with a clause or an adverb between the thing and the verb.
    ("El video que circula en redes está muy feo, ojalá lo bajen.", "es", "troll", "approve"),
    ("Ese dato del censo ya está viejo, hay uno de 2024.", "es", "troll", "approve"),
    ("La foto que subieron del puente está fea pero sirve.", "es", "troll", "approve"),
    # ... but the same adjective of a person, or said to the reader, is still an insult.
    ("El tipo del video está bien feo.", "es", "troll", "flag"),
    ("Ya eres un viejo amargado.", "es", "troll", "flag"),
    ("Esta gorda no sabe de lo que habla.", "es", "troll", "flag"),
    # An act judged: an infinitive or "lo que" right after the word.
    ("Qué feo leer comentarios así en un blog de cocina.", "es", "troll", "approve"),
    ("Es asqueroso lo que le hicieron a esa familia.", "es", "troll", "approve"),
    # ... but a second person in the sentence, or a comma before the clause, keeps it aimed.
    ("Qué idiota, leer eso y no entender nada.", "es", "troll", "flag"),
    ("Eres asqueroso, lo que dijiste no tiene nombre.", "es", "troll", "flag"),
    # A count of things or of people outside the thread.
    ("Con este calor ya van 3 paletas de hielo.", "es", "troll", "approve"),
    ("Trabajan de sol a sol por cuatro perras.", "es", "troll", "approve"),
    # ... but counting the readers is still an insult.
    ("Sois cuatro idiotas.", "es", "troll", "flag"),
    # An office-holder named, then judged with a dropped subject or a bare verdict; a later
    # generic "tu" does not make the reader the target.
    ("Voté por ese alcalde. Prometió obras y nada. Digo que es un incompetente.", "es", "troll",
     "approve"),
    ("Harto del gobernador y sus promesas. Es un inútil. Para fallar en tu trabajo así hay que "
     "esforzarse.", "es", "troll", "approve"),
    ("El senador prometió un hospital y no puso ni un ladrillo. Mentiroso profesional.", "es",
     "troll", "approve"),
    # ... but with the reader addressed first, or no office named, it is still an attack.
    ("Tú defiendes a la alcaldesa. Eres una inútil.", "es", "troll", "flag"),
    ("Ya te dije lo del gobernador. Mentiroso profesional.", "es", "troll", "flag"),
    ("La alcaldesa no tiene la culpa. Tú sí, digo que eres un inútil.", "es", "troll", "flag"),
    # "Nobody cares" closing a clause about something else decries indifference.
    ("Cierran otro albergue en Tijuana y a nadie le importa.", "es", "troll", "approve"),
    ("Parece que a nadie le importa hasta que le pasa a uno.", "es", "troll", "approve"),
    ("The river keeps rising and nobody cares until it floods.", "en", "troll", "approve"),
    # ... but opening a sentence, with "what you think", or after a second-person verb, it is a
    # jeer at the reader.
    ("A nadie le importa, Pedro.", "es", "troll", "flag"),
    ("Jaja, a nadie le importa lo que piensas.", "es", "troll", "flag"),
    ("Escribiste tres párrafos y a nadie le importa.", "es", "troll", "flag"),
    ("Nobody cares what you think.", "en", "troll", "flag"),
    # Plain affection for the reader makes a jeer banter.
    ("Ya cállate, Rosa, te quiero pero de béisbol no sabes nada.", "es", "troll", "approve"),
    ("Shut up, Dave, love you but that take is wrong.", "en", "troll", "approve"),
    # ... without it, the jeer is still held.
    ("Ya cállate, Rosa, de béisbol no sabes nada.", "es", "troll", "flag"),
    ("Shut up, Dave, that take is wrong.", "en", "troll", "flag"),
    # A crime in a sentence dated long ago is history, not a claim about anyone living.
    ("In 1917 Sheriff Dunn and his deputies killed two men at the river.", "en",
     "libel", "approve"),
    ("Durante la Revolución Mexicana el general fusiló a medio pueblo.", "es", "libel",
     "approve"),
    # ... but the same claim about today, with no source, is still held.
    ("Sheriff Dunn and his deputies killed two men at the river.", "en", "libel", "flag"),
    ("Sheriff Dunn took bribes in 2019.", "en", "libel", "flag"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fifth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
