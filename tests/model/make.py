"""A tiny own-written stand-in for ../shared/datasets with the same layout and columns."""

import csv
import json
from pathlib import Path

CLEAN = [
    "the library opens late on thursdays this month",
    "our town council approved the new bike lanes",
    "the recipe needs two cups of flour and some salt",
    "voters will decide on the school bond in spring",
    "the river trail is closed for repairs this week",
    "a new bakery opened next to the post office",
]
HATEFUL = [
    "those people are vermin and must be thrown out",
    "that whole group is subhuman filth",
    "they are parasites and do not deserve rights",
]
FOUL = [
    "fuck this shit it is fucking garbage",
    "what a shitty fucking day you asshole",
    "shut the fuck up bitch",
]
EVAL_TWIN = "the library opens late on thursdays this month"


def _write(path: Path, header: list[str], rows: list[list], delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)


def tiny_datasets(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "README.md").write_text("tiny test datasets\n", encoding="utf-8")
    _write(
        root / "hatecheck" / "all_cases.csv",
        ["", "test_case", "label_gold"],
        [
            [0, EVAL_TWIN.upper() + "!", "non-hateful"],
        ],
    )
    _write(
        root / "hatecheck" / "test_suite_cases.csv",
        ["", "case_id", "functionality", "test_case", "label_gold"],
        [[0, 1, "ident_neutral_nh", "A sentence of our own.", "non-hateful"]],
    )
    _write(
        root / "multilingual-hatecheck-es" / "hatecheck_cases_final_spanish.csv",
        ["functionality", "test_case", "label_gold"],
        [["ident_neutral_nh", "Una frase nuestra.", "non-hateful"]],
    )
    hx_rows, ids = [], {"train": [], "val": [], "test": []}
    texts = [(t, 0) for t in CLEAN] + [(t, 1) for t in HATEFUL] + [(t, 2) for t in FOUL]
    for i, (text, cat) in enumerate(texts * 2):
        pid = f"{i}_twitter"
        hx_rows.append([pid, text, int(cat == 1), cat, i])
        ids["train" if i < len(texts) else ("val" if i % 2 else "test")].append(pid)
    _write(
        root / "hatexplain" / "092-HateXplain.csv", ["", "text", "label", "category", "id"], hx_rows
    )
    (root / "hatexplain" / "post_id_divisions.json").write_text(json.dumps(ids))
    dav = [(t, 2) for t in CLEAN] + [(t, 0) for t in HATEFUL] + [(t, 1) for t in FOUL]
    _write(
        root / "davidson" / "labeled_data.csv",
        ["", "count", "hate_speech", "offensive_language", "neither", "class", "tweet"],
        [[i, 3, 0, 0, 3, cls, text] for i, (text, cls) in enumerate(dav * 3)],
    )
    head = ["Unnamed: 0", "acl.id", "X1", "text", "label", "acl.id.matched"]
    dyna = [(t, "nothate") for t in CLEAN] + [(t, "hate") for t in HATEFUL]
    _write(
        root / "dynahate" / "db_test.csv",
        head,
        [[i, f"t{i}", i, text + " indeed", lab, ""] for i, (text, lab) in enumerate(dyna)],
    )
    _write(
        root / "dynahate" / "db_dev.csv",
        head,
        [[i, f"d{i}", i, text, lab, "t0" if i == 0 else ""] for i, (text, lab) in enumerate(dyna)],
    )
    _write(
        root / "ethos" / "Ethos_Dataset_Binary.csv",
        ["comment", "isHate"],
        [[t, 0.0] for t in CLEAN] + [[t, 1.0] for t in HATEFUL],
        delimiter=";",
    )
    _write(
        root / "youtube-spam" / "Youtube01-Test.csv",
        ["COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "CLASS"],
        [[i, "a", "", t, 0] for i, t in enumerate(CLEAN)],
    )
    return root
