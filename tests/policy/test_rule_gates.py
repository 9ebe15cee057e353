"""A rule gated by the patterns it opens with (`rule(..., needs=...)`, `rules.Needs`) is skipped
only on comments where it would have found nothing: every gated rule, run ungated, gives no hit
on the table cases its gate turns away, and none of its patterns matches them."""

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules import GATES, all_rules, ready_gates

_HERE = Path(__file__).resolve().parent


@cache
def table_texts() -> tuple[str, ...]:
    """Every string of two words or more written in the policy tests (the table cases, hits
    and near misses, English and Spanish), once each."""
    found: dict[str, None] = {}
    for path in sorted(_HERE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.strip()
                if len(text.split()) >= 2 and len(text) <= 2_000:
                    found.setdefault(text, None)
    return tuple(found)


def _gated() -> list:
    return [r for r in all_rules() if r.needs is not None]


# Our own sentences for the gated rules, EN and ES: hits, and near misses a gate lets through
# (their strings are there) or turns away.
_OWN = [
    ("Get a life and touch grass, @mike.", "troll.brush_off"),
    ("Nadie te preguntó, buscate una vida.", "troll.brush_off"),
    ("My grandmother finally learned to read at seventy.", None),  # near miss
    ("Everyone in this thread is a moron.", "troll.crowd_verdict"),
    ("Todos los que comentan aquí son unos borregos.", "troll.crowd_verdict"),
    ("Everyone here agreed the concert was a joke of a venue.", None),  # near miss
    ("Who cares about the budget, did you see the game last night?", "troll.derail"),
    ("A quien le importa el presupuesto, arriba las chivas.", "troll.derail"),
    ("Who cares about the weather when the park is this lovely.", None),  # near miss
    ("Typical boomer comment, as always.", "troll.typecast"),
    ("Eres la típica señora que no lee.", "troll.typecast"),
    ("A typical day at the market starts at six.", None),  # near miss
    ("The globalist bankers own every newspaper in this country.", "hate.trope"),
    ("Los judíos controlan los bancos y los medios.", "hate.trope"),
    ("The community garden needs volunteers on Saturday.", None),  # near miss
    ("Hollywood, bancos, Netflix... siempre la misma tribu. Qué casualidad.", "hate.es_behind"),
    ("Los hondureños del albergue se la pasan robando, es cultural.", "hate.es_put_down"),
    ("La comida de la abuela es su cultura y su orgullo.", None),  # near miss
    ("Antes Saltillo era tranquilo, hasta que se llenó de sureños.", "hate.es_since_came"),
    (
        "No digo que todos los venezolanos sean delincuentes, pero la mayoría viene a robar.",
        "hate.es_not_all_but",
    ),
    ("No digo que todos los diputados sean corruptos, pero votaron sin leer.", None),  # near miss
    ("La comunidad del barrio organiza una feria el domingo.", None),  # near miss
    (
        "She lives off Cedar Road, the blue house. In case anyone wants to drop by and say hi.",
        "troll.dox_invite",
    ),
    ("Vive en la calle Hidalgo, casa azul, por si alguien quiere visitarla.", "troll.dox_invite"),
    ("She lives off Cedar Road, near the blue house with the garden.", None),  # near miss
    ("In case anyone wants to drop by, the bake sale starts at noon.", None),  # near miss
    # the English hate shapes and the habit rules gated by the words they open with
    ("Women are not built for running a fire crew, simple biology.", "hate.en_role"),
    ("The new kitchen was built by my uncle in a week.", None),  # near miss
    ("Gays should keep it in the bedroom where it belongs.", "hate.en_hidden"),
    ("My grandmother keeps her garden tidy and her kitchen spotless.", None),  # near miss
    ("Not one of those refugees has any manners.", "hate.en_lacking"),
    ("None of the players had any respect for the referee that night.", None),  # near miss
    ("The Pakistanis moved in. Lazy, dirty, loud.", "hate.en_pointed"),
    ("The neighbours moved in last spring. Lovely people, always waving.", None),  # near miss
    ("Of course the shoplifter was Haitian.", "hate.en_no_surprise"),
    ("Of course the bakery sold out early, it always does.", None),  # near miss
    ("Old people shouldn't be allowed to vote.", "hate.en_aged"),
    ("The old library has a new reading room.", None),  # near miss
    (
        "Somalis are a different story, crime is normal to them and they bring it with them.",
        "hate.en_brought",
    ),
    ("Our cousins visit every summer and they bring tamales with them.", None),  # near miss
    ("The Roma always do that, you know how they are.", "hate.habit_hinted"),
    ("The Irish are drunk all the time.", "hate.habit_vice"),
    ("Los indios se emborrachan todos los fines de semana.", "hate.habit_vice"),
    ("The beer garden was packed on Saturday.", None),  # near miss
    ("Those people are always waiting for handouts, pathetic.", "hate.closing_contempt"),
    ("Los gitanos son lo último, qué asco.", "hate.closing_contempt"),
    # the forty-first note's shapes, gated by the words they need
    ("Vamos a ir a la mezquita a quemarlos a todos.", "hate.vowed"),
    ("We are going to the pharmacy to pick them up.", None),  # near miss
    ("Lesbianism is an abomination.", "hate.plain_claim"),
    ("The storm brought nothing good to the harbour.", None),  # near miss
    ("Ese puto de mi vecino se besa con otro hombre.", "hate.es_puto"),
    ("El puto camión llegó tarde otra vez.", None),  # near miss
    ("That movie was disgusting, the plot made no sense.", None),  # near miss
    # the Spanish hate shapes gated by the words they open with
    ("Los judíos controlan los bancos y toda la prensa del país.", "hate.es_trope"),
    ("La sinagoga nueva del centro abrió sus puertas el sábado.", None),  # near miss
    ("Los gays son unos enfermos y no deberían adoptar niños.", "hate.es_lgbt"),
    ("Mi primo es gay y se casó el mes pasado en Mérida.", None),  # near miss
    ("Los ciegos no deberían tener derecho a votar.", "hate.es_barred"),
    ("Los sordos del barrio organizaron una feria de lengua de señas.", None),  # near miss
    ("Los viejos ya nomás estorban, que se mueran.", "hate.es_disability"),
    ("Las mujeres no sirven para mandar, que se queden en la cocina.", "hate.es_women"),
    ("Mi mujer cocina mejor que nadie en toda la familia.", None),  # near miss
    ("Los de afuera vienen a quitarnos el trabajo, ya saben cómo es.", "hate.es_arrival_wink"),
    ("Los de afuera vienen a quitarnos el trabajo, ya saben cómo es.", "hate.es_hinted"),
    ("Los de afuera llegaron temprano al partido del domingo.", None),  # near miss
    ("Los de la mezquita son todos terroristas.", "hate.es_trait"),
    ("Tú y los de tu raza son una plaga.", "hate.es_your_kind"),
    ("Mi abuela decía que su gente era de Oaxaca.", None),  # near miss
    ("Muslims are welcome to go back home.", "hate.kindness_taken_back"),
    ("Quien agreda a los gitanos hace bien.", "hate.kindness_taken_back"),
    ("Muslims are welcome to join the book club.", None),  # near miss
    # the troll taunts gated by the tears and the warnings they open with
    ("Another lib crying about the tariffs again, lol.", "troll.cried_at"),
    ("Ya vienen los chairos a llorar, jajaja.", "troll.cried_at"),
    ("The mother was crying on camera after the verdict.", None),  # near miss, let through
    ("Otro niño llorando en el albergue, qué tristeza.", None),  # near miss, let through
    ("The rain kept the crowd away from the parade.", None),  # near miss, turned away
    ("Be careful, Sam. We know where you live.", "troll.warning_addressed"),
    ("Ten cuidado, Lupe, sabemos dónde vives.", "troll.warning_addressed"),
    ("Careful, the roads are icy near the bridge this morning.", None),  # near miss
    ("Tengan cuidado con la lluvia de mañana en la carretera.", None),  # near miss
    ("Who pays you to write this garbage?", "troll.paid_jibe"),
    ("¿Quién te paga, autor? Seguro cobras por escribir.", "troll.paid_jibe"),
    ("Who pays for the new bridge, the city or the state?", None),  # near miss
    ("¿Quién paga la gasolina del viaje escolar?", None),  # near miss
    # Spanish jabs with no insult word: wits, idleness, talked down
    ("@Rulo no sabes ni leer, la nota dice otra cosa.", "troll.wits_mocked"),
    ("Mi abuelo no sabe ni leer y sacó adelante el rancho.", None),  # near miss
    ("Se nota que no trabajas, siempre estás aquí comentando.", "troll.idle_mocked"),
    ("Si no tienes trabajo, el municipio te ayuda con el CV.", None),  # near miss
    ("Cuando seas adulto vienes a opinar de impuestos.", "troll.talked_down"),
    ("Cuando seas grande lo vas a entender, le digo a mi hijo.", None),  # near miss
]


def test_the_gated_rules_are_the_whole_text_searches():
    assert {r.id for r in _gated()} == {
        "hate.closing_contempt",
        "hate.en_aged",
        "hate.en_brought",
        "hate.en_hidden",
        "hate.en_lacking",
        "hate.en_no_surprise",
        "hate.en_pointed",
        "hate.en_role",
        "hate.es_arrival_wink",
        "hate.es_barred",
        "hate.es_behind",
        "hate.es_disability",
        "hate.es_fate",
        "hate.es_hinted",
        "hate.es_joke",
        "hate.es_lgbt",
        "hate.es_not_all_but",
        "hate.es_put_down",
        "hate.es_since_came",
        "hate.es_trait",
        "hate.es_trope",
        "hate.es_puto",
        "hate.es_women",
        "hate.es_your_kind",
        "hate.habit_hinted",
        "hate.habit_vice",
        "hate.kindness_taken_back",
        "hate.plain_claim",
        "hate.trope",
        "hate.vowed",
        "troll.brush_off",
        "troll.cried_at",
        "troll.crowd_verdict",
        "troll.derail",
        "troll.dox_invite",
        "troll.paid_jibe",
        "troll.typecast",
        "troll.warning_addressed",
        # speed12: five rules that open with a search of the folded comment
        "hate.en_habit",
        "hate.en_shut",
        "hate.en_unwelcome",
        "profanity.favours",
        "troll.sealion",
        # estroll: Spanish jabs with no insult word, gated by the phrases they open with
        "troll.idle_mocked",
        "troll.talked_down",
        "troll.wits_mocked",
    }


@pytest.mark.parametrize(("text", "rule_id"), _OWN)
def test_gated_rules_find_what_they_found_ungated(text, rule_id):
    an = analyse(text, None)
    sub = Submission(text=text)
    for r in _gated():
        hits = r.fn(an, sub)
        if r.id == rule_id:
            assert hits and r.needs.may_match(an), r.id
        assert hits == (r.fn(an, sub) if r.needs.may_match(an) else []), r.id
    if rule_id is not None:
        assert any(f.rule == rule_id for f in screen(sub).findings)


def test_a_gate_turns_away_only_comments_its_rule_finds_nothing_in():
    texts = table_texts()
    assert len(texts) > 3_000  # the harvest found the tables
    gated = _gated()
    turned_away = 0
    for text in texts:
        an = analyse(text, None)
        sub = Submission(text=text)
        for r in gated:
            if r.needs.may_match(an):
                continue
            turned_away += 1
            assert not any(p.search(an.norm.text) for p in r.needs.patterns), (r.id, text)
            assert r.fn(an, sub) == [], (r.id, text)
    assert turned_away > len(texts)  # the gates do turn most comments away


def test_the_gates_share_the_lexicons_needle_index():
    """The gates read the comment's token mask that the spam, troll and coded rows have made:
    a module that asked the shared index a question at import would have it built before the
    modules after it registered, and their gates would make a mask of their own. Checked in a
    fresh process that imports the engine as the site does (other tests here ask the index
    questions in another order)."""
    script = (
        "from moderation.policy import Submission, screen\n"
        "from moderation.policy.lexicon import load\n"
        "from moderation.policy.rules import all_rules\n"
        "screen(Submission(text='Thanks for the article.'))\n"
        "index = load().spam_needles.index\n"
        "print(sorted(r.id for r in all_rules() if r.needs and r.needs.needles.index is not index))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=_HERE.parents[1],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_gates_one_walk_answers_as_each_gates_own_group():
    """The screen asks every gate at once (`rules._GATES`, one needle group owned by gate
    number): a gate may match exactly when its own group has a candidate, on every table case,
    and the group reads the index the lexicon's rows share."""
    gated = _gated()
    assert all(r.needs.number is not None for r in gated)
    assert GATES and GATES[0].index is gated[0].needs.needles.index
    for text in table_texts():
        an = analyse(text, None)
        for r in gated:
            own = bool(r.needs.needles.candidates(an.norm.text))
            assert (r.needs.number in ready_gates(an)) == own, (r.id, text)
