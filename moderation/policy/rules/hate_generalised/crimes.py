"""Crimes said of a whole group as its habit ("X steal", "X are all drug dealers", "everyone
from X is a thief", "los X roban"): the one family of `hate.generalised` that rejects, when the
subject is the whole group (`finder` holds instead for a loose subject or a weak group).
"""

from __future__ import annotations

import re

from moderation.policy.rules.hate_generalised.frame import (
    ADV_CRIME_EN,
    ADV_CRIME_ES,
    ARE_EN,
    END_EN,
    END_ES,
    SUBJ_EN,
    SUBJ_ES,
)

_NOUN_CRIME_EN = (
    r"(?:thieves|criminals|crooks|rapists|murderers|killers|pickpockets|shoplifters|"
    r"gang ?members|in gangs|in a gang|in the cartels?|cartel members|gangbangers|drug dealers|"
    r"tren de aragua|ms 13|drug mules|mules for the cartels?|narcos|"
    r"dealers|smugglers|traffickers|scammers|"
    r"con artists|terrorists|pedophiles|predators|molesters)"
)

# Crimes said of the group as a habit: reject when the subject is the whole group.
_CRIME_OBJ = (
    r"(?: (?:everything|anything|whatever|people|everyone|anyone|you|us|kids|children|women|"
    r"tourists|"
    r"girls|cars|bikes|copper|wallets|phones|purses|babies|it all|from (?:everyone|anyone|"
    r"everybody|anybody|you|us|tourists|stores|shops|employers|their \S+|the \S+)|"
    r"(?:your|our) (?:stuff|things|wallets|cars|bikes|phones|purses|kids|children|daughters|"
    r"women|money|copper)|anything not (?:bolted|nailed) down|(?:and|or) (?:lie|cheat|steal|"
    r"rob|scam|rape|kill|murder|beg)))*"
)
CRIME_EN = re.compile(
    rf"{SUBJ_EN}{ADV_CRIME_EN}(?P<p>{ARE_EN}{_NOUN_CRIME_EN}(?: (?:by nature|from birth))?|"
    r"steal|rob|rape|murder|kill|pickpocket|shoplift|loot|smuggle|"
    rf"sell drugs|deal drugs|push drugs|traffic (?:drugs|kids|children|women|girls)|scam|"
    rf"swindle|con people|molest (?:kids|children)|abuse (?:kids|children))"
    rf"{_CRIME_OBJ}{END_EN}"
)
# The same of a stand-in read as one ("everyone from X is a thief") or of a crime in progress.
CRIME_EN_MORE = re.compile(
    rf"{SUBJ_EN}{ADV_CRIME_EN}(?P<p>is (?:just |basically |always )?"
    r"(?:a |an )?(?:thief|criminal|crook|rapist|murderer|killer|drug dealer|dealer|smuggler|"
    r"scammer|terrorist|pedophile|predator|gang member|gangbanger)|"
    r"(?:will |would )?(?:rob|steal from|rip off) (?:you|us|anyone|everyone|everybody) blind|"
    r"(?:are|are all) (?:all |always |just |already |basically )*(?:stealing|robbing|dealing|"
    r"running scams|scamming (?:\S+ )?|dealing drugs|"
    r"selling drugs|shoplifting|looting|breaking into \S+|drug dealers?|gang members?|"
    r"criminals?|thie(?:f|ves)|rapists?|murderers?|terrorists?)"
    rf"){_CRIME_OBJ}{END_EN}"
)
CRIME_ES = re.compile(
    rf"{SUBJ_ES}{ADV_CRIME_ES}(?P<p>estafan|trafican(?: con)? (?:droga|drogas|personas|ninos|"
    rf"mujeres|armas|hachis|cocaina|marihuana|mota|gente)|venden (?:droga|drogas|mota|"
    r"cocaina|hachis|armas)|lavan (?:dinero|lana|billete)|violan|asesinan|secuestran|"
    r"saquean|roban|asaltan|extorsionan|"
    r"(?:se dedican|viven) (?:a|de) (?:robar|asaltar|delinquir|estafar|traficar|extorsionar|"
    r"vender (?:droga|drogas))|se dedican al (?:robo|narco|narcotrafico|crimen|contrabando|"
    r"trafico de \S+|menudeo)|viven del (?:robo|narco|crimen|contrabando)|"
    r"se (?:lo )?roban(?: todo| lo que (?:sea|pueden|encuentran|ven))?|andan robando|"
    r"(?:vienen|van) (?:nomas |solo |nada mas )?a (?:robar|delinquir|asaltar|violar|matar)|"
    r"son (?:todos |todas |"
    r"puros |puras |unos |unas )?(?:narcos|pandilleros|mareros|rateros|malandros|"
    r"del tren de aragua|"
    r"de la mara|del cartel|ladrones|ladronas|delincuentes|criminales|violadores|asesinos|"
    r"estafadores|terroristas|carteristas|narcotraficantes|traficantes|contrabandistas|"
    r"lavador ?es de dinero|secuestradores|extorsionadores|sicarios))"
    rf"(?: (?:a|todo|a todos|a la gente|a cualquiera|lo que (?:sea|pueden)|y \w+an|"
    r"celulares|carteras|bolsas|carros|coches|autos|motos|bicis|casas|"
    rf"en (?:todos lados|todas partes)|a (?:los )?turistas|todos))*{END_ES}"
)
