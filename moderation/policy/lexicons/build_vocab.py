"""Rebuild vocab_en.txt (frequent English words in the TRAIN splits of ../shared/datasets) and
vocab_es.txt (Spanish words that fuzzy matching would misread as a lexicon term).

Run from the repo root: `python -m moderation.policy.lexicons.build_vocab`, and, after adding
lexicon terms, `python -m moderation.policy.lexicons.build_vocab --spanish WORDLIST` with a plain
Spanish word list, one word a line (the public-domain list of Debian's `wspanish` package was
used). The lists only tell fuzzy matching which tokens are ordinary words (so "bigger" is never
read as a misspelt slur, nor "tarde" or "marca").
"""

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from moderation.policy.evaluation import shared_dir

HERE = Path(__file__).resolve().parent
DATASETS = shared_dir(HERE.parents[2])  # $STOA_DATASETS or ../shared/datasets
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _bucket(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10


def train_texts() -> list[str]:
    texts: list[str] = []
    hx = DATASETS / "hatexplain"
    train_ids = set(json.loads((hx / "post_id_divisions.json").read_text())["train"])
    with (hx / "092-HateXplain.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row[""] in train_ids:
                texts.append(row["text"])
    with (DATASETS / "davidson" / "labeled_data.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if _bucket(row[""]) != 0:
                texts.append(row["tweet"])
    with (DATASETS / "dynahate" / "db_dev.csv").open(encoding="utf-8") as f:
        texts.extend(row["text"] for row in csv.DictReader(f))
    with (DATASETS / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if _bucket(row["comment"].strip()) != 0:
                texts.append(row["comment"])
    for path in sorted((DATASETS / "youtube-spam").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if _bucket(" ".join(row["CONTENT"].lower().split())) != 0:
                    texts.append(row["CONTENT"])
    return texts


# Dictionary words that are themselves slurs or insults: fuzzy matching should keep reading them
# as the lexicon term beside them.
_NOT_ORDINARY = frozenset(
    {"mogolico", "mogolica", "mongoloide", "sodomita", "negrada", "machorro", "bollero",
     "bolleros", "bastardo", "bastarda", "malparado", "follado", "guarrada", "retardo"}
)  # fmt: skip


def spanish_near_misses(wordlist: Path) -> list[str]:
    """Real Spanish words that one-edit fuzzy matching (or word splitting, or a slip in a
    hateful phrase) would turn into a different lexicon term: "tarde" is not a misspelt
    slur, "punta" is not "putas", and "pesadilla" is no small "pesada". Inflections of a
    Spanish term ("indio" -> "indios", "ejecutar" -> "ejecutara") stay fuzzy-matched."""
    from moderation.policy.analysis.canonical_words import derived, fuzzy
    from moderation.policy.analysis.phrase_slips import slip_candidates
    from moderation.policy.analysis.segment import _segment
    from moderation.policy.lexicon import load
    from moderation.policy.normalize import fold_term

    lex = load()
    old = HERE / "vocab_es.txt"
    if old.exists():  # judge every word afresh: the lexicon may have changed since
        lex = replace(lex, vocab=lex.vocab - set(old.read_text(encoding="utf-8").split()))
    found = set()
    raw = wordlist.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    words = {fold_term(line.strip()) for line in text.splitlines()} | _IRREGULAR
    forms = {f for w in words if w.isascii() and w.isalpha() for f in _forms(w)}
    for word in sorted(forms):
        if len(word) < 3 or not word.isascii() or not word.isalpha() or word in lex.words:
            continue
        if word in _NOT_ORDINARY or word.rstrip("s") in _NOT_ORDINARY:
            continue
        targets = {fuzzy(word, lex, lang) for lang in ("es", "en")} - {word}
        if any(inflection(word, t, lex) for t in targets):
            continue  # another form of a term ("indocumentada", "contagia"): read as the term
        if _squeezed(word, lex):
            found.add(word)
            continue
        if derived(word, lex) or any(_segment(word, lex, lang) for lang in ("es", "en")):
            found.add(word)
            continue
        if slip_candidates(word, lex):  # a slip of a word of a hateful phrase
            found.add(word)
            continue
        if targets:
            found.add(word)
    return sorted(found)


# Regular endings after the stem of an -ar / -er / -ir verb (present, preterite, imperfect,
# subjunctive, future, conditional, imperative, participles, gerund).
_AR = ("ar", "o", "as", "a", "amos", "ais", "an", "e", "aste", "o", "asteis", "aron", "aba",
       "abas", "abamos", "aban", "es", "emos", "eis", "en", "are", "aras", "ara", "aremos",
       "aran", "aria", "arias", "ariamos", "arian", "ado", "ada", "ados", "adas", "ando", "ad",
       "ara", "aras", "aramos", "aran", "ase", "asen")  # fmt: skip
_ER = ("er", "o", "es", "e", "emos", "eis", "en", "i", "iste", "io", "imos", "isteis",
       "ieron", "ia", "ias", "iamos", "ian", "a", "as", "amos", "ais", "an", "ere", "eras",
       "era", "eremos", "eran", "eria", "erias", "eriamos", "erian", "ido", "ida", "idos",
       "idas", "iendo", "ed", "iera", "ieras", "ieran", "iese")  # fmt: skip
_IR = (*(e.replace("er", "ir", 1) if e.startswith("er") else e for e in _ER),
       "imos", "is", "id", "ire", "iras", "ira", "iremos", "iran", "iria", "irian")  # fmt: skip
# Forms of the commonest irregular verbs, which no ending rule produces.
_IRREGULAR_FORMS = (
    "he has ha hemos habeis han habia habias habian hubo hubiera hubieran habra habras "
    "habran habria habrian haya hayas hayan soy eres es somos sois son era eras eramos eran "
    "fui fuiste fue fuimos fueron sea seas seamos sean sere seras sera seremos seran seria "
    "serian estoy estas esta estamos estan estuve estuvo estuvieron este estes esten voy vas "
    "va vamos vais van iba ibas ibamos iban vaya vayas vayan tengo tienes tiene tenemos "
    "tienen tuve tuvo tuvieron tenga tengas tengan tendre tendras tendra tendran tendria "
    "hago haces hace hacemos hacen hice hizo hicieron haga hagas hagan hare haras hara "
    "haran haria harian puedo puedes puede podemos pueden pude pudo pudieron pueda puedas "
    "puedan podre podras podra podran podria podrian digo dices dice decimos dicen dije "
    "dijo dijeron diga digas digan dire diras dira diran diria dirian se sabes sabe sabemos "
    "saben supe supo supieron sepa sepas sepan sabre sabras sabra sabran sabria sabrian "
    "quiero quieres quiere queremos quieren quise quiso quisieron quiera quieras quieran "
    "querre querras querra querran querria querrian vengo vienes viene venimos vienen vine "
    "vino vinieron venga vengas vengan vendre vendras vendra vendran pongo pones pone "
    "ponemos ponen puse puso pusieron ponga pongas pongan pondre pondras pondra pondran "
    "salgo sales sale salimos salen salga salgas salgan saldre saldras saldra saldran doy "
    "das da damos dan di dio dieron de des den veo ves ve vemos ven vi vio vieron vea veas "
    "vean pienso piensas piensa piensan juego juegas juega juegan duermo duermes duerme "
    "duermen pido pides pide piden siento sientes siente sienten"
)
_IRREGULAR = frozenset(_IRREGULAR_FORMS.split())


def _forms(word: str) -> set[str]:
    """The word and its regular inflections: plural, feminine, and a verb's conjugation."""
    out = {word}
    if word.endswith(("ar", "er", "ir")) and len(word) > 3:
        stem, kind = word[:-2], word[-2:]
        out.update(stem + e for e in {"ar": _AR, "er": _ER, "ir": _IR}[kind])
    if word.endswith("z"):
        out.add(word[:-1] + "ces")
    elif word[-1] in "aeiou":
        out.add(word + "s")
    else:
        out.add(word + "es")
    if word.endswith("o"):
        out.update((word[:-1] + "a", word[:-1] + "as"))
    return out


_ENDINGS = frozenset(_AR + _ER + _IR + ("", "s", "es", "o", "a", "os", "as", "e", "n"))
_NUMBER = frozenset({"", "s", "es"})


def inflection(word: str, term: str, lex) -> bool:
    """`word` is another form of the Spanish `term`: the same stem with other endings
    ("indio" / "indios", "colgara" / "colgaran"); for a slur only the plural, since "zorro" is
    a fox and "golfo" a gulf."""
    entry = lex.lookup((term,))
    if entry is not None and not any(
        lang in ("es", "*") for v in entry.classes.values() for lang, _ in v
    ):
        # an English term: only its Spanish cognate ("alcoholicas" / "alcoholics") is it
        k = next(
            (i for i, (a, b) in enumerate(zip(word, term, strict=False)) if a != b),
            min(len(word), len(term)),
        )
        return k >= 6 and word[k:] in _ENDINGS and term[k:] in _ENDINGS
    # a word of a phrase only ("enojan" of "me enojan") is read with every ending: the slip
    # of a hateful phrase ("me enoja ...") is another form of its verb
    endings = _NUMBER if entry is not None and "S" in entry.classes else _ENDINGS
    for k in range(3, min(len(word), len(term)) + 1):
        if word[:k] != term[:k]:
            break
        if word[k:] in endings and term[k:] in endings:
            return True
    return False


def english_near_misses(wordlist: Path) -> list[str]:
    """Real English words that one-edit fuzzy matching (or word splitting, or a slip in a
    hateful phrase) would turn into a different lexicon term: "toll" is not a misspelt
    "troll", nor "heart" a "hater". A term's own forms ("immigrant" / "immigrants",
    "hated") stay fuzzy-matched."""
    from moderation.policy.analysis.canonical_words import fuzzy
    from moderation.policy.analysis.phrase_slips import slip_candidates
    from moderation.policy.analysis.segment import _segment
    from moderation.policy.lexicon import load

    lex = load()
    old = HERE / "vocab_en_near.txt"
    if old.exists():  # judge every word afresh: the lexicon may have changed since
        lex = replace(lex, vocab=lex.vocab - set(old.read_text(encoding="utf-8").split()))
    found = set()
    words = {line.strip().lower() for line in wordlist.read_text(encoding="utf-8").splitlines()}
    for word in sorted(words):
        if len(word) < 3 or not word.isascii() or not word.isalpha() or word in lex.words:
            continue
        if word in lex.vocab:
            continue
        if _squeezed(word, lex) or _segment(word, lex, "en") or slip_candidates(word, lex):
            found.add(word)  # split in two, or a slip of a word of a hateful phrase
            continue
        target = fuzzy(word, lex, "en")
        if target != word and not _same_stem(word, target):
            found.add(word)
    # A word the list now holds may make a longer word split ("spokes" + "woman"): judge the
    # rest again with the list in place.
    lex = replace(lex, vocab=lex.vocab | found)
    for word in sorted(words):
        if len(word) < 5 or not word.isascii() or not word.isalpha() or word in lex.words:
            continue
        if word not in lex.vocab and _segment(word, lex, "en"):
            found.add(word)
    return sorted(found)


def _squeezed(word: str, lex) -> bool:
    """A doubled letter of the word collapsed spells a lexicon term ("assess" / "asses",
    "llame" / "lame"): the reading `canonical` gives a typed-twice letter ("shiit")."""
    from moderation.policy.normalize import squeeze_variants

    return any(v in lex.words for v in squeeze_variants(word))


def _same_stem(word: str, term: str) -> bool:
    """One is the other plus an English ending ("immigrant"/"immigrants", "hate"/"hated")."""
    short, long_ = sorted((word, term), key=len)
    return long_.startswith(short) and long_[len(short) :] in ("s", "es", "d", "ed", "r", "er")


def _old_list(path: Path) -> tuple[set[str], str]:
    """The built words of an earlier list, and its sections added by hand (verbatim)."""
    if not path.exists():
        return set(), ""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    cut = next((k for k, line in enumerate(lines) if line.startswith("#")), len(lines))
    by_hand = "\n".join(lines[cut:])
    return {w for w in lines[:cut] if w.strip()}, (by_hand + "\n" if by_hand else "")


def main() -> int:
    near_misses = {
        "--english": (english_near_misses, "vocab_en_near.txt", "English"),
        "--spanish": (spanish_near_misses, "vocab_es.txt", "Spanish"),
    }
    if len(sys.argv) == 3 and sys.argv[1] in near_misses:
        build, name, language = near_misses[sys.argv[1]]
        words = build(Path(sys.argv[2]))
        # Words judged afresh, and the earlier list's words kept: a real word that no path
        # reads as a term today still reads best as itself (word joining and splitting
        # consult the lists too), and a list only grows. The sections added by hand after
        # the built list (each opened by a "#" line) are kept as they are.
        generated, by_hand = _old_list(HERE / name)
        words = sorted(set(words) | generated)
        header = f"# {language} words one edit away from a lexicon term (see build_vocab.py)\n"
        (HERE / name).write_text(header + "\n".join(words) + "\n" + by_hand, encoding="utf-8")
        print(f"{len(words)} words")
        return 0
    if not DATASETS.is_dir():
        print("../shared/datasets is not present", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    for text in train_texts():
        counts.update(_WORD.findall(text.lower()))
    words = sorted(w for w, n in counts.items() if n >= 5 and len(w) >= 3)
    (HERE / "vocab_en.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
