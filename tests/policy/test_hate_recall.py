"""Recall rules for hate: threats, a group referred to across clauses and sentences, and their
near misses (our own sentences). "flag" means hold or reject."""

import pytest

from moderation.policy import Submission, screen

THREATS = [
    ("My goal is to wipe out all Muslims.", "reject"),
    ("I'm going to stab the next Muslim who talks to me.", "reject"),
    ("Gays should be dragged through the streets.", "reject"),
    ("Immigrants should be slapped.", "reject"),
    ("Mataré a todos los gitanos.", "reject"),
    ("Acabaremos con los judíos.", "reject"),
    ("Me muero de ganas de matar a un inmigrante.", "reject"),
    ("Los gays merecen ser apaleados.", "reject"),
    ("Tenemos que exterminar a los musulmanes.", "reject"),
    ("Pienso apuñalar al próximo negro que vea.", "reject"),
    ("Let's all go out and kill some immigrants.", "reject"),
    ("Las mujeres tendrían que ser castigadas.", "reject"),
    ("Lo mejor sería exterminar a los gitanos.", "reject"),
    ("Que maten a todos los negros.", "reject"),
    ("Merecen morir todos los judíos.", "reject"),
    ("The solution is to kill all Muslims.", "reject"),
    ("You women are all going to die.", "reject"),
    ("I swear I'll kill every last trans person.", "reject"),
    ("Immigrants will be murdered by us.", "reject"),
    ("I hate balck people.", "reject"),
    ("I hate black peop le.", "reject"),
    ("I hate g ay people.", "reject"),
]
PROFANE = [
    ("Gay people are a bunch of assholes.", "reject"),
    ("Los musulmanes son unos hijos de puta.", "reject"),
    ("Los gays son gilipollas.", "reject"),
    ("Las mujeres son unas putas.", "reject"),
    ("Women are the fucking worst.", "reject"),
    ("Gay people are fucking annoying.", "reject"),
    ("Me cago en los inmigrantes.", "reject"),
    ("Fuck off back to where you came from, immigrants.", "reject"),
    ("Jódanse, negros.", "reject"),
    ("Gays, go to hell.", "reject"),
    ("Joder, odio a las mujeres.", "reject"),
    ("Los gays me dan puto asco.", "reject"),
    ("Estoy hasta los cojones de los gays.", "reject"),
    ("Los inmigrantes valen verga.", "reject"),
]
NEG_RAISED = [
    ("I don't think women are intelligent.", "flag"),
    ("I do not believe that immigrants are human.", "flag"),
    ("No creo que los inmigrantes sean personas.", "flag"),
    ("Dudo que los gays sean normales.", "flag"),
    ("Es normal que sean unos vagos, ya que son inmigrantes.", "flag"),
    ("No me sorprende que sean tan sucios. Después de todo, son gitanos.", "flag"),
    ("I don't think Muslims are criminals.", "approve"),
    ("I don't think black people should be killed.", "approve"),
    ("No creo que los gitanos sean ladrones.", "approve"),
    ("Mi tío no cree que los inmigrantes sean personas, y es racista.", "approve"),
    ("People who don't think women are intelligent are sexist.", "approve"),
    ("Son muy trabajadores porque son inmigrantes.", "approve"),
]
REFERENCE = [
    ("Los inmigrantes que conozco son todos unos vagos.", "flag"),
    ("Conozco a muchos negros, y ninguno es inteligente.", "flag"),
    ("I know many women and none of them are smart.", "flag"),
    ("Obviously they are lazy. They are immigrants, what did you expect.", "flag"),
    ("No me fío de los musulmanes. Son todos terroristas.", "flag"),
    ("Las personas negras viven aquí. No son humanas.", "flag"),
    ("Los inmigrantes llegaron. Deberían ser fusilados.", "flag"),
    ("Hay personas trans en mi escuela y deberían morir todas.", "flag"),
    ("Claro que son unos vagos. Son inmigrantes, ¿qué esperabas?", "flag"),
    ("Creo que son unos cerdos. Son judíos.", "flag"),
]
NEAR_MISSES = [
    ("La solución es castigar a los que atacan a los gays.", "approve"),
    ("I want to punish the people who attack immigrants.", "approve"),
    ("Los corruptos deberían ser castigados.", "approve"),
    ("La solución es ayudar a los inmigrantes.", "approve"),
    ("Merecen respeto todos los inmigrantes.", "approve"),
    ("Estoy harta de la gente que odia a los gays.", "approve"),
    ("Estoy harto de los políticos.", "approve"),
    ("Estoy harto del racismo contra los gitanos.", "approve"),
    ("I hate people who attack Muslims.", "approve"),
    ("Men who hit women are cowards.", "approve"),
    ("Los hombres que pegan a mujeres son escoria.", "approve"),
    ("I met many immigrants and none of them were criminals.", "approve"),
    ("Conozco a muchos inmigrantes y ninguno es criminal.", "approve"),
    ("The Muslims I know are lovely.", "approve"),
    ("Immigrants will kill us all.", "approve"),
    ("Immigrants are going to leave soon.", "approve"),
    ("Muslims will die out in Europe, demographers say.", "approve"),
    ("The bay people are nice.", "approve"),
    ("Go and vote, women.", "approve"),
    ("Women are fucking amazing.", "approve"),
    ("Trans people are fucking brave.", "approve"),
    ("My neighbours are assholes.", "approve"),
    ("Immigrants are not assholes.", "approve"),
    ("Calling immigrants assholes is racist.", "approve"),
    ("What you said about immigrants is bullshit.", "approve"),
    ("What makes you think Muslims are twats?", "approve"),
    ("¿Cómo puedes decir que los gitanos son ladrones?", "approve"),
    ("Women, get out there and win!", "approve"),
    ("Kill it, girls!", "approve"),
    ("Muslims, fuck those who hate you.", "approve"),
    ("Immigrants, welcome to Texas.", "approve"),
    ("Deport the cartel bosses.", "approve"),
    ("Politicians who lie should be voted out.", "approve"),
    ("The men who attacked the Muslims should be jailed.", "approve"),
    ("Anyone who harasses women should be punished.", "approve"),
    ("I will kill time before the match.", "approve"),
    ("I'll kill the next referee who gives a penalty.", "approve"),
    ("Los inmigrantes no son criminales.", "approve"),
    ("Los gitanos viven allí y son muy amables.", "approve"),
    ("Los inmigrantes trabajan duro y no son criminales.", "approve"),
    ("Hablé con los inmigrantes y los traficantes. Son unos criminales.", "approve"),
    ("Los inmigrantes llegaron ayer. Es una vergüenza que el gobierno no haga nada.", "approve"),
    ("Condenamos el ataque contra los judíos.", "approve"),
    ("Los inmigrantes fueron atacados por una banda.", "approve"),
    ("El ejército de Castro atacó a los rebeldes.", "approve"),
    ("Voy a matar el tiempo leyendo.", "approve"),
    ("Hay que deportar a los narcos.", "approve"),
    ("Trabajo con mujeres muy listas.", "approve"),
]

# Rhetorical questions, silencing, denial of any worth, the writer's "I'd kill", and what must
# still pass: genuine questions, negated claims, other targets.
QUESTIONS_AND_DENIALS = [
    ("What use are disabled people?", "flag"),
    ("Who even likes immigrants?", "flag"),
    ("Why don't Muslims just go away?", "flag"),
    ("Why do trans people even exist?", "flag"),
    ("Are black people even human?", "flag"),
    ("Why do we tolerate gay people in this town?", "flag"),
    ("Don't you think women are disgusting?", "flag"),
    ("Immigrants are never going to amount to anything.", "flag"),
    ("Gay people do not deserve any rights.", "flag"),
    ("Muslims will never be one of us.", "flag"),
    ("You can't trust a Mexican.", "flag"),
    ("Women should shut the fuck up.", "flag"),
    ("Jews make me fucking sick.", "flag"),
    ("I'd fucking kill a trans person.", "flag"),
    ("Black people moved in. I would kill them all if I could.", "flag"),
    ("I will hurt a Muslim tonight.", "flag"),
    ("Why do so many trans people die young?", "approve"),
    ("Why do immigrants leave their home countries?", "approve"),
    ("Are immigrants even allowed to vote here? Asking for my town council.", "approve"),
    ("How are gay people still allowed near schools?", "flag"),
    ("Why don't politicians just go away?", "approve"),
    ("What use are these new bike lanes?", "approve"),
    ("Immigrants have never asked for anything from us.", "approve"),
    ("Women don't deserve this abuse.", "approve"),
    ("You can't trust the polls this year.", "approve"),
    ("I would kill for a coffee right now.", "approve"),
    ("I will fight for the rights of trans people.", "approve"),
    ("Politicians should shut up and listen.", "approve"),
    ("Women should not shut up about pay.", "approve"),
]


def _hate_action(text: str) -> str:
    verdict = screen(Submission(text=text))
    hate = [f for f in verdict.findings if str(f.category) == "hate"]
    return max((str(f.action) for f in hate), key=["approve", "hold", "reject"].index,
               default="approve")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    THREATS + PROFANE + NEG_RAISED + REFERENCE + NEAR_MISSES + QUESTIONS_AND_DENIALS,
)
def test_hate_recall(text, expected):
    action = _hate_action(text)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == expected, text
