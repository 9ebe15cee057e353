"""Hate in talk about the Middle East war and the protests over it, English and Spanish:
Jews as a people made to answer for Israel's government or army; "Zionists" or "zios" as a
cover word in the old tropes (Congress, the banks, the media, both parties); Palestinians,
Arabs or Muslims as a people called Hamas, terrorists or a death cult, "no innocent"
Palestinians, calls to flatten, nuke or "glass" Gaza or to expel a people, Palestinians as
an "invented people"; Jewish or Muslim neighbours told to go back to Israel or Gaza; the
Holocaust denied, played down or wished finished. Near misses that must pass: harsh criticism
of Israel's government, army or Netanyahu (genocide, apartheid, war crimes), of Hamas,
Hezbollah or Iran's regime, calls for a ceasefire or the hostages' release, support for
either people's rights, reports of antisemitic or Islamophobic incidents, counter-speech that
quotes a trope to condemn it, Zionism debated as an ideology, and history. Rules alone (the
blog model is not asked). All examples are our own."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import by_lang, rules_flagging

HITS_EN = [
    # Jews made to answer for Israel
    "Every Jew in this town owes us an apology for Gaza.",
    "The Jews here are funding the genocide, plain and simple.",
    "Jews are responsible for what Israel is doing in Gaza.",
    "Every Jewish family on my street has Palestinian blood on their hands.",
    "The local Jews should answer for every bomb that falls on Gaza.",
    "Until the Jews condemn Israel, they are all complicit.",
    "Until every Jew here condemns Israel, they're all guilty.",
    "Jews are complicit in genocide, every last one.",
    "Jewish students should apologize for Israel.",
    "The Jews will pay for Gaza.",
    "Boycott every Jewish shop in town until Gaza is free.",
    "The Jews milk the Holocaust to excuse Gaza.",
    # "Zionists" as the cover word in the old tropes
    "The Zionists control Congress and the media, everyone knows it.",
    "Zios own both parties, that's why nothing changes.",
    "The zios run the banks and Hollywood.",
    "Congress is bought and paid for by the Zionists.",
    "Congress is in the pocket of the zios.",
    "Zionist-controlled media won't show you Gaza.",
    # a people as the enemy army
    "Every Palestinian is Hamas.",
    "Gazans are all Hamas.",
    "Muslims are Hamas with better PR.",
    "There's no difference between Palestinians and Hamas.",
    "Palestinians are a death cult that worships martyrdom.",
    "Muslims are a death cult.",
    "There are no innocent civilians in Gaza.",
    "There are no innocents in Gaza, every kid there is raised to hate.",
    "No such thing as an innocent Palestinian.",
    "They're all animals in Gaza, every one of them.",
    "All the mosques downtown are terror training centers now.",
    "Jews love killing Palestinian children.",
    "Palestinians teach their kids to hate Jews from birth.",
    "Arabs only understand force.",
    # calls to raze a place or expel a people
    "Flatten Gaza.",
    "Just nuke Gaza and be done with it.",
    "Turn Gaza into glass.",
    "Glass Gaza, problem solved.",
    "Nuke the whole Middle East and let God sort them out.",
    "Gaza deserves to be wiped off the map.",
    "Rafah should be turned into glass.",
    "Make Gaza a parking lot.",
    "Expel every Palestinian to Egypt.",
    "We should expel every Arab from Israel.",
    # a people that "doesn't exist"
    "There is no such thing as a Palestinian.",
    "The Palestinians are an invented people.",
    "Palestinians never existed.",
    # told to go back
    "Go back to Israel, you Jews.",
    "The Jews on campus should go back to Israel if they love it so much.",
    "Go back to Gaza, you Muslims.",
    "Jews, go back to Poland.",
    "Muslims should go back to Arabia.",
    # the Holocaust wished finished, denied or played down
    "Hitler should have finished the job.",
    "Too bad Hitler didn't finish the job.",
    "Finish what Hitler started.",
    "Honestly Hitler had the right idea, look at Gaza.",
    "The Gaza death toll is fake, just like the Holocaust was hugely inflated.",
    "That whole Holocaust story was overblown from day one.",
]

HITS_ES = [
    "Todo judío de este pueblo nos debe una disculpa por Gaza.",
    "Los judíos de aquí financian el genocidio.",
    "Los judíos son responsables de lo que hace Israel en Gaza.",
    "Cada judío tiene las manos manchadas de sangre palestina.",
    "Los judíos de la ciudad deben responder por cada bomba en Gaza.",
    "Los judíos van a pagar por Gaza.",
    "Hasta que los judíos de aquí condenen a Israel, son cómplices.",
    "Hay que boicotear todas las tiendas judías hasta que Gaza sea libre.",
    "Boicot a todos los negocios judíos.",
    "Los sionistas controlan el congreso y los medios.",
    "Los sionistas son dueños de los dos partidos.",
    "El congreso está comprado por los sionistas.",
    "Los medios están controlados por los sionistas.",
    "Los concejales judíos son fieles a Israel antes que a esta ciudad.",
    "Todo palestino es de Hamás.",
    "Los gazatíes son todos de Hamás.",
    "Los musulmanes son Hamás con mejor publicidad.",
    "No hay diferencia entre los palestinos y Hamás.",
    "Los palestinos son una secta de la muerte.",
    "El islam es una secta de la muerte.",
    "No hay palestinos inocentes.",
    "No hay civiles inocentes en Gaza.",
    "Ningún palestino es inocente.",
    "En Gaza todos son animales.",
    "Los judíos disfrutan matando niños palestinos.",
    "Los palestinos enseñan a sus hijos a odiar.",
    "Los árabes solo entienden la fuerza.",
    "Hay que arrasar Gaza.",
    "Que borren Gaza del mapa.",
    "Hay que tirarle una bomba atómica a Gaza.",
    "Gaza debería ser borrada del mapa.",
    "Hay que expulsar a todos los palestinos.",
    "Expulsen a todos los árabes.",
    "Los palestinos no existen, son un pueblo inventado.",
    "Palestina no existe y los palestinos tampoco.",
    "Los palestinos nunca existieron.",
    "Judíos, váyanse a Israel.",
    "Los judíos del campus deberían volverse a Israel.",
    "Judíos, lárguense a Polonia.",
    "Que los musulmanes se regresen a su país.",
    "Que los musulmanes del barrio se vayan a Arabia.",
    "Hitler debió terminar el trabajo.",
    "Lástima que Hitler no terminó el trabajo.",
    "Hay que terminar lo que empezó Hitler.",
    "El holocausto es un invento, igual que las cifras de Gaza.",
    "Eso del holocausto fue muy exagerado, como lo de Gaza.",
    "Los judíos lloran por el holocausto y ni murieron tantos.",
]

PASSES_EN = [
    # Israel's government, army or Netanyahu, harshly
    "Israel's government is committing genocide in Gaza.",
    "Netanyahu is a war criminal and should be tried at The Hague.",
    "The IDF's bombing of Gaza is a war crime.",
    "Israel is an apartheid state, says Amnesty.",
    "The IDF has blood on its hands in Gaza.",
    "Israel's government owes the world an explanation for Rafah.",
    "Netanyahu should answer for the bombing of Gaza at The Hague.",
    "The Israeli government is a far-right coalition of fanatics.",
    "The Israeli army flattened entire neighborhoods of Gaza.",
    "The IDF flattened Rafah and the UN called it a catastrophe.",
    "Netanyahu's cabinet is full of extremists who want to expel Palestinians.",
    "Netanyahu wants to expel Palestinians to Sinai, and the world must stop him.",
    "US taxpayers are funding the bombs falling on Gaza.",
    "Our tax dollars fund the genocide, call your senator.",
    "The US gives Israel billions in military aid every year.",
    "AIPAC is a powerful lobby and spends millions in Congress.",
    # Hamas, Hezbollah, Iran's regime
    "Hamas committed atrocities on October 7 and should be held accountable.",
    "Hamas is a death cult.",
    "Iran's ayatollahs are a death cult that executes dissidents.",
    "Hamas militants are savages for what they did on October 7.",
    "Hamas is a terrorist group that hides behind civilians.",
    "Until Hamas releases the hostages, there will be no peace.",
    "Hamas only understands force, say the generals.",
    "Hamas teaches children to hate.",
    "The IDF are baby killers.",
    "Israel is killing children in Gaza and the world watches.",
    # ceasefire, hostages, rights
    "Ceasefire now. Bring the hostages home.",
    "Release the hostages and let aid into Gaza.",
    "Palestinians deserve freedom, dignity and a state.",
    "Israelis deserve to live without rockets falling on them.",
    "Palestinians exist and have a right to self-determination.",
    "There are innocent Palestinians and innocent Israelis dying every day.",
    "There is no excuse for killing innocent Palestinians.",
    "No innocent child in Gaza deserves to starve.",
    "Palestinians are not Hamas, and Israelis are not Netanyahu.",
    "Palestinians are Hamas's first victims.",
    "Most Palestinians are not terrorists; they are civilians trapped in a war.",
    # Jews and Muslims as neighbours, cleared or defended
    "Jews are not responsible for what Netanyahu does.",
    "No Jew in this town owes anyone an apology for Gaza.",
    "Jewish students don't owe us an apology for the war.",
    "My Jewish neighbours raised money for aid to Gaza.",
    "Jewish groups are funding humanitarian aid for Gaza families.",
    "The Jewish community is responsible for organizing the vigil for the hostages.",
    "Many Jews condemn the war and march for a ceasefire.",
    "Jewish students for a ceasefire held a vigil on the quad.",
    "My Jewish cousin will go back to Israel next summer to see family.",
    "The hostages should go back to Israel safely and soon.",
    "Muslims in our town held an interfaith dinner with the synagogue.",
    "Boycott Israeli goods until the occupation ends.",
    # reports and counter-speech
    "Someone painted 'Jews go back to Israel' on the synagogue, and police are investigating.",
    "A man yelled at my Muslim neighbour to go back to Gaza; we reported it to police.",
    "Saying every Jew owes an apology for Gaza is antisemitic, full stop.",
    "Holding every Jew responsible for Israel's government is antisemitic.",
    "The claim that Zionists control Congress is an old antisemitic trope.",
    "Calling all Palestinians terrorists is racist.",
    "The idea that Arabs only understand force is colonial racism.",
    "Palestinian parents teach their kids to hope, not hate.",
    "Some politicians called to flatten Gaza and it was disgusting.",
    "Golda Meir once said there was no such thing as Palestinians, and she was wrong.",
    "The claim that Palestinians don't exist is a lie meant to justify erasing them.",
    "Anyone who says Hitler should have finished the job is a Nazi.",
    "A group called for a boycott of Jewish shops, which the mayor condemned.",
    # Zionism as an ideology, history
    "Zionism is a political ideology and it is fair to debate it.",
    "Anti-Zionism is not antisemitism, and criticizing Zionism is legitimate.",
    "Zionism was a 19th century nationalist movement founded by Theodor Herzl.",
    "Zionist settlers attacked a Palestinian village last night.",
    "In 1948 hundreds of thousands of Palestinians were expelled or fled; that is the Nakba.",
    "The Holocaust murdered six million Jews.",
    "The Holocaust is not a hoax.",
    "The Holocaust was not exaggerated; the Nazis kept records.",
    "Arabs and Jews lived side by side in Jerusalem for centuries.",
]

PASSES_ES = [
    "El gobierno de Israel está cometiendo un genocidio en Gaza.",
    "Netanyahu es un criminal de guerra.",
    "El ejército israelí comete crímenes de guerra.",
    "Israel es un estado de apartheid, según varias ONG.",
    "El ejército israelí tiene las manos manchadas de sangre.",
    "El gobierno de Israel debe una explicación por Rafah.",
    "Netanyahu debe responder por los bombardeos en Gaza.",
    "El ejército israelí arrasó barrios enteros de Gaza.",
    "El gobierno israelí quiere expulsar a los palestinos de Gaza, y eso es limpieza étnica.",
    "Netanyahu quiere expulsar a los palestinos al Sinaí y hay que detenerlo.",
    "Israel no debe bombardear Gaza, alto el fuego ya.",
    "Nuestros impuestos financian las bombas que caen sobre Gaza.",
    "El lobby proisraelí gasta millones en Washington.",
    "Hamás cometió atrocidades el 7 de octubre.",
    "Hamás es una secta de la muerte.",
    "El régimen de Irán es una secta de la muerte que ahorca disidentes.",
    "Los milicianos de Hamás son unos salvajes por lo del 7 de octubre.",
    "Hasta que Hamás libere a los rehenes no habrá paz.",
    "Israel mata niños en Gaza y el mundo mira.",
    "Palestina libre.",
    "Alto el fuego ya y que liberen a los rehenes.",
    "Los palestinos merecen libertad y un estado.",
    "Los israelíes merecen vivir en paz.",
    "Los palestinos existen y tienen derecho a un estado.",
    "Hay civiles inocentes en ambos lados.",
    "No hay excusa para matar a palestinos inocentes.",
    "Los palestinos no son Hamás.",
    "Los palestinos son las primeras víctimas de Hamás.",
    "Los judíos no son responsables de lo que hace Netanyahu.",
    "Ningún judío de aquí nos debe una disculpa por Gaza.",
    "Mis vecinos judíos donaron para la ayuda humanitaria a Gaza.",
    "Muchos judíos condenan la guerra y piden un alto el fuego.",
    "Mi prima judía va a volver a Israel el verano que viene.",
    "Los rehenes deben volver a Israel cuanto antes.",
    "Boicot a los productos israelíes hasta que termine la ocupación.",
    "Pintaron 'judíos fuera' en la sinagoga y la policía investiga.",
    "Un hombre le gritó a mi vecina musulmana que se fuera a Gaza; lo denunciamos.",
    "Culpar a todos los judíos por lo que hace Israel es antisemitismo.",
    "Decir que los sionistas controlan los medios es un bulo antisemita.",
    "Llamar terroristas a todos los palestinos es racismo.",
    "Algunos políticos pidieron arrasar Gaza y fue repugnante.",
    "Golda Meir dijo que los palestinos no existían, y se equivocaba.",
    "Decir que los palestinos no existen es una mentira para justificar borrarlos.",
    "Quien dice que Hitler debió terminar el trabajo es un nazi.",
    "El sionismo es una ideología política y se puede debatir.",
    "El antisionismo no es antisemitismo.",
    "El sionismo nació en el siglo XIX con Herzl.",
    "Los colonos sionistas atacaron una aldea palestina.",
    "En 1948 cientos de miles de palestinos fueron expulsados.",
    "El holocausto asesinó a seis millones de judíos.",
    "El holocausto no fue exagerado, fueron seis millones.",
    "El holocausto no es un mito.",
    "Árabes y judíos convivieron en Jerusalén durante siglos.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HITS_EN, HITS_ES))
def test_war_hate_is_flagged_by_the_rules(text, lang):
    assert [r for r in rules_flagging(text, lang, ("hate",)) if r != "hate.broad"], text


@pytest.mark.parametrize(("text", "lang"), by_lang(PASSES_EN, PASSES_ES))
def test_war_near_misses_pass_the_hate_rules(text, lang):
    assert rules_flagging(text, lang, ("hate",)) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Flatten Gaza.", "en"), ("There are no innocent civilians in Gaza.", "en"),
     ("Hay que arrasar Gaza.", "es"), ("Los palestinos nunca existieron.", "es")],
)  # fmt: skip
def test_coded_war_shapes_only_hold(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action == "hold", text
