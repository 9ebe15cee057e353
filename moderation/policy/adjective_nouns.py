"""The nouns after an identity adjective that name its people ("Somali cab drivers", "Black
cops", "Muslim neighborhoods", "los taxistas paquistaníes"). The analysis reads adjective and
noun as one group unit (`analysis/group_nouns.py`): written as a lexicon phrase for every
adjective, 94 role stems cost 18 MiB, this table a few KiB whatever the list's length."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

# Kinds of noun, each allowed after some identities (`allowed_kinds`)
ROLE, OFFICE, CLERGY, PLACE = "role", "office", "clergy", "place"

# "a black truck", "a native plant": colour words name a people before a person only
COLOURS = frozenset({"black", "brown", "native", "white"})


def plural_en(noun: str) -> str:
    """The plural of an English role noun ("fisherman" -> "fishermen", "boss" -> "bosses")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + ("es" if noun.endswith(("s", "ch", "sh")) else "s")


# The roles a member of a people holds ("Somali cab drivers", "Haitian nurses"): a statement
# about them is about the people, as the lexicon reads "Somali families". Things that are not
# people ("Mexican food", "Black Friday", "Haitian Creole") and trades ("Mexican restaurants",
# judged as trades) are not listed; nor are the persons of lexicon._EN_NOUNS ("workers"), nor
# nouns with a short word of their own ("co-worker", "security guard"): each word is a lexicon
# word, and "co" or "guard" would be read inside unknown words ("guarden" as "guard en").
_ROLE_STEMS = (
    "driver", "cab driver", "taxi driver", "truck driver", "bus driver", "uber driver",
    "delivery driver", "owner", "shop owner", "store owner", "business owner", "homeowner",
    "teacher", "principal", "doctor", "nurse", "pilot", "voter", "teen", "teenager", "youth",
    "parent", "mother", "father", "mom", "dad", "husband", "son", "daughter", "wife", "nanny",
    "employee", "resident", "tenant", "customer", "patient", "player", "athlete", "lawyer",
    "candidate", "vendor", "street vendor", "laborer", "labourer", "farmworker", "farm worker",
    "day laborer", "cook", "chef", "landlord", "contractor", "engineer", "scientist",
    "professor", "coworker", "classmate", "roommate", "cleaner", "shopkeeper",
    "storekeeper", "businessman", "businesswoman", "entrepreneur", "barber", "hairdresser",
    "gardener", "landscaper", "waiter", "waitress", "bartender", "mechanic", "plumber",
    "electrician", "carpenter", "painter", "roofer", "builder", "construction worker",
    "cashier", "clerk", "janitor", "maid", "housekeeper", "dishwasher", "caregiver", "surgeon",
    "dentist", "pharmacist", "boss", "manager", "supervisor", "coach", "trucker", "farmer",
    "fisherman", "rancher", "butcher", "baker", "tailor", "programmer",
    "accountant", "banker", "doorman", "babysitter", "housewife", "intern",
)  # fmt: skip
_IRREGULAR = {"nanny": "nannies", "wife": "wives", "housewife": "housewives", "youth": "youths"}
# Clergy: "Catholic priests", "Muslim imams" speak of a faith's offices (its scandals and
# sermons are news), so only an identity that is not a religion makes them a group.
_CLERGY = ("pastor", "priest", "imam", "rabbi")
# Offices of a state: "Mexican cops", "Cuban officials" speak of a country's institutions,
# not its people; only an identity that is not a nationality makes them a group ("Black cops").
_OFFICES = (
    "cop", "officer", "police officer", "soldier", "politician", "official", "judge", "agent",
    "border agent",
)  # fmt: skip
# The places a people keeps: a house of worship and the quarter it lives in. Its trades
# ("Mexican restaurants are terrible", "Chinese schools") are judged as trades, and only an
# attack on them speaks of the people (`hate.violence_targets` reads "torch the X stores").
_PLACES = (
    "churches", "mosques", "synagogues", "temples", "homes", "households", "areas",
    "districts", "barrios", "enclaves", "mosque", "synagogue", "temple",
)  # fmt: skip


def _forms(stem: str) -> tuple[str, ...]:
    plural = _IRREGULAR.get(stem) or plural_en(stem)
    # "son" is left out in the singular: it is Spanish "are" ("los trans son menos que nada")
    return (plural,) if stem == "son" else (stem, plural)


def en_nouns() -> dict[str, str]:
    """Every English noun form after an identity adjective -> its kind."""
    nouns: dict[str, str] = {}
    for kind, stems in ((ROLE, _ROLE_STEMS), (OFFICE, _OFFICES), (CLERGY, _CLERGY)):
        for stem in stems:
            for form in _forms(stem) if kind != OFFICE else (stem, stem + "s"):
                nouns.setdefault(form, kind)
    for form in _PLACES:
        nouns.setdefault(form, PLACE)
    return nouns


def allowed_kinds(adjective: str, kind: str) -> frozenset[str]:
    """The kinds of noun an English identity adjective names its people with: roles for
    every one but the colours other than black and white ("brown drivers" reads a profile,
    "Brown" a surname), offices of a state for an identity that is not a nationality, clergy
    for one that is not a religion, and places for one that is not a colour word other than
    black or "foreign" ("brown areas", "foreign homes")."""
    kinds = set()
    if adjective not in COLOURS - {"black", "white"}:
        kinds.add(ROLE)
    if kind != "nationality":
        kinds.add(OFFICE)
    if kind != "religion":
        kinds.add(CLERGY)
    if adjective not in COLOURS - {"black"} and adjective != "foreign":
        kinds.add(PLACE)
    return frozenset(kinds)


# Spanish roles before the identity adjective ("los taxistas paquistaníes"), written in the
# singular and read in the plural only: one person ("un alcalde chino") is no statement about
# the people. Feminine where the trade names women as often. Words with a second sense before
# a nationality are left out: "papas" (potatoes), "curas" (cures), "políticas" (policies).
_ES_ROLES = (
    "taxista", "chofer", "camionero", "trailero", "repartidor", "albanil", "obrero",
    "jornalero", "campesino", "peon", "mesero", "mesera", "camarero", "camarera", "cocinero",
    "cocinera", "cantinero", "vendedor", "vendedora", "ambulante", "comerciante", "tendero",
    "tendera", "abarrotero", "dueno", "duena", "empresario", "empresaria", "jefe", "jefa",
    "gerente", "empleado", "empleada", "trabajador", "trabajadora", "maestro", "maestra",
    "profesor", "profesora", "doctor", "doctora", "medico", "medica", "enfermero",
    "enfermera", "dentista", "cirujano", "abogado", "abogada", "ingeniero", "ingeniera",
    "mecanico", "plomero", "fontanero", "electricista", "carpintero", "pintor", "jardinero",
    "barbero", "peluquero", "peluquera", "estilista", "cajero", "cajera", "conserje",
    "limpiadora", "sirvienta", "ninera", "cuidador", "cuidadora", "casero", "casera",
    "arrendador", "inquilino", "inquilina", "estudiante", "alumno", "alumna", "adolescente",
    "joven", "chavo", "chava", "padre", "madre", "esposo", "esposa", "marido", "jugador",
    "jugadora", "futbolista", "deportista", "atleta", "agricultor", "ranchero", "pescador",
    "carnicero", "panadero", "sastre", "velador", "programador", "contadora",
    "banquero", "cliente", "paciente", "residente", "candidato", "candidata", "votante",
    "piloto",
)  # fmt: skip
# ("pastores alemanes" are dogs, "imanes" magnets)
_ES_CLERGY = ("sacerdote", "rabino", "predicador")
_ES_OFFICES = (
    "policia", "agente", "soldado", "politico", "funcionario", "funcionaria", "juez", "jueza",
    "diputado", "senador", "alcalde",
)  # fmt: skip


def _plural_es(noun: str) -> str:
    if noun.endswith("z"):
        return noun[:-1] + "ces"
    if noun.endswith("s"):
        return noun
    return noun + ("s" if noun[-1] in "aeiou" else "es")


def es_nouns() -> dict[str, str]:
    """Every Spanish role, clergy or office noun, in the plural -> its kind."""
    nouns: dict[str, str] = {}
    for kind, stems in ((ROLE, _ES_ROLES), (OFFICE, _ES_OFFICES), (CLERGY, _ES_CLERGY)):
        for stem in stems:
            nouns.setdefault(_plural_es(stem), kind)
    return nouns


@dataclass(frozen=True, slots=True)
class AdjectiveNouns:
    """What the analysis needs to read an adjective and its noun as one group unit."""

    # first word of an English identity adjective -> ((its words, kind of noun -> entry),
    # ...), longest first; the entry is the one its phrase would have had
    adjectives: Mapping[str, tuple[tuple[tuple[str, ...], Mapping[str, object]], ...]]
    # first word of an English noun -> ((its words, kind), ...), longest first
    nouns: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    words: frozenset[str]  # every word of the English nouns (the lexicon's words)
    es_nouns: Mapping[str, str]  # Spanish plural noun -> kind


def build(
    rows: list[tuple[str, str]],
    split: Callable[[str], tuple[str, ...]],
    entry_of: Callable[[tuple[tuple[str, str], ...]], object],
) -> AdjectiveNouns:
    """The table for the English identity adjectives `rows` ((adjective, kind), as written in
    groups.tsv): `split` reads a term into its folded words, `entry_of` makes the lexicon's
    shared entry for a group's (lang, kind) pairs."""
    noun_kinds = en_nouns()
    nouns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    words: set[str] = set()
    for form, kind in noun_kinds.items():
        ws = split(form)
        words.update(ws)
        nouns.setdefault(ws[0], []).append((ws, kind))
    pairs: dict[tuple[str, ...], dict[str, list[tuple[str, str]]]] = {}
    for adjective, group_kind in rows:
        by_kind = pairs.setdefault(split(adjective), {})
        for kind in sorted(allowed_kinds(adjective, group_kind)):
            by_kind.setdefault(kind, []).append(("en", group_kind))
    adjectives: dict[str, list] = {}
    for ws, by_kind in pairs.items():
        entries = MappingProxyType({k: entry_of(tuple(v)) for k, v in by_kind.items()})
        adjectives.setdefault(ws[0], []).append((ws, entries))
    return AdjectiveNouns(
        adjectives=MappingProxyType(
            {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in adjectives.items()}
        ),
        nouns=MappingProxyType(
            {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in nouns.items()}
        ),
        words=frozenset(words),
        es_nouns=MappingProxyType(es_nouns()),
    )
