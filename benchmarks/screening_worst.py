"""Benchmark the policy engine on hostile input: `python -m benchmarks.screening_worst`.

A reader can paste one word, one group name or one phrase over and over up to the comment form's
limit (`STOA_COMMENT_MAX_LENGTH`, 5,000 characters by default), and the engine screens it in the
web process. Search that is quadratic in the number of words turns such a comment into seconds of
CPU. This screens each shape once at that length (and at the engine's own cap, 20,000) after a
warm-up, and prints the time of each and its ratio to a baseline measured in the same run: one
plain regex pass over the lexicon's words, as in `benchmarks.screening`, and to the time of the
plain phrase ("a phrase") at the same length: on a loaded machine the ratios travel, the
milliseconds do not.
"""

from __future__ import annotations

import re
import sys
import time

FORM_LIMIT = 5_000
SHAPES = {
    "one word": "a ",
    "one swear": "fuck ",
    "a group name": "jews ",
    "a Spanish group name": "los judíos ",
    "a claim": "migrants are ",
    "the second person": "you ",
    "a phrase": "vote for the mayor now ",
    "a run-on claim": "women too emotional ",  # one sentence: frames looked for far back
    "a run-on denial": "no mató al alcalde ",
    "a Spanish claim denied": "No todos los venezolanos son delincuentes, y los gitanos llegaron, ",
    "place names": "The Costa Verde Piedras Rojas Villa Seca ",
    "a long word": "x" * 50 + " ",
    "an emoji": "\U0001f921 ",
    "mixed case and marks": "YOU!!! ",
    # shapes that review found slow in the fiftieth session's new readings
    "a Spanish metaphor then spaces": "El cáncer de este país son los gitanos" + " " * 4950,
    "a shrug list": "typical mexican , arrested , ",
    "a greeting hail": "qué onda, cabrón, ",
    # shapes that review found slow in the fifty-first session's new readings
    "a curse at an institution": "Fuck the police ",
    "friends' own word": "así nos decimos marica ",
    # built from the pieces the fifty-first session's readings look for
    "curses at institutions": "fuck the government, fuck the church, fuck the banks, ",
    "a Spanish curse at an institution": "puta policía ",
    "friends' word, two slurs": "así nos decimos en Bogotá, marica, pinche prieto, ",
    "friends' word in English": "that's what we call each other, fags ",
    "a friend teased by nationality": "jaja mexicano pendejo, te quiero ",
    "a swear then praise": "cabrón. Qué buen trabajo, ",
    "a hail after an exclamation": "cabrón, qué golazo, ",
    "a Spanish greeting hail": "hola cabrón, buenos días cabrón, ",
    "talked of like animals": "talks about those families like they're animals ",
    "a question about a people": "¿Por qué los gitanos son tan vagos? ",
    "nothing better to do": "los inmigrantes no tienen nada mejor que hacer que ",
    "a nickname with fondness": "pinche prieto te quiero carnal ",
    # fifty-first session: troll readings
    "a wits jab run-on": "el vecino no sabe ni leer, ",  # `troll.wits_mocked`
    "an idle jab run-on": "mis primos no tienen nada mejor que hacer ",  # `troll.idle_mocked`
    "a readership jab run-on": "el informe tiene menos lectores que el blog, ",  # talked_down
    # a sentence re-read whole once a sentence (`hate.reread`, found by review)
    "a Spanish sentence pasted": "Los putos mexicanos del Boca, neta, deberían darles vergüenza. ",
}


def _fill(unit: str, limit: int) -> str:
    return (unit * (limit // len(unit) + 1))[:limit]


def main() -> int:
    from moderation.policy import Submission, screen
    from moderation.policy.decide import MAX_TEXT
    from moderation.policy.lexicon import load

    lex = load()
    screen(Submission(text="warm up"))
    words = sorted((w for w in lex.words if w.isalpha() and len(w) > 2), key=len, reverse=True)
    baseline_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    print(
        f"{'shape':34s} {'chars':>6s} {'engine ms':>10s} {'baseline ms':>12s} {'ratio':>7s} "
        f"{'/phrase':>8s}"
    )
    worst = 0.0
    for limit in (FORM_LIMIT, MAX_TEXT):
        rows = []
        for name, unit in SHAPES.items():
            text = _fill(unit, limit)
            b0 = time.perf_counter()
            baseline_rx.findall(text.lower())
            base = time.perf_counter() - b0
            t0 = time.perf_counter()
            screen(Submission(text=text))
            took = time.perf_counter() - t0
            worst = max(worst, took) if limit == FORM_LIMIT else worst
            rows.append((name, took, base))
        phrase = next(took for name, took, _ in rows if name == "a phrase")  # same run, same load
        for name, took, base in rows:
            print(
                f"{name:34s} {limit:6d} {took * 1000:10.1f} {base * 1000:12.2f} "
                f"{took / base if base else 0:6.1f}x {took / phrase:7.1f}x"
            )
    print(f"worst at the form's limit: {worst * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
