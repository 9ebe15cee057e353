"""`manage.py evaluate_policy --dataset NAME|FILE.jsonl`: measure the engine on labelled data.

Prints precision, recall and F1 per category and per action, a confusion table and, for the
HateCheck suites, accuracy per functionality; writes the section of docs/moderation-evaluation.md.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from moderation.policy.evaluation import (
    DATASET_NAMES,
    LOCAL_DATASETS,
    evaluate,
    load_cases,
    load_jsonl,
    macro_f1,
    report_markdown,
    shared_dir,
)

_HEADER = """# Moderation engine: evaluation

Written by `python manage.py evaluate_policy --dataset NAME`; each dataset's section is replaced
when it is re-run. A comment counts as *flagged* when the engine holds or rejects it with a
finding in the categories the set labels (HateCheck: `hate` only, since its labels say nothing
about trolling or profanity; OffendES, Davidson, HateXplain "offensive": `hate`, `troll`, or
profanity aimed at a person; blog-dev, blog-test: any category). The public sets are described,
with their licences and citations, in `../shared/datasets/*/SOURCE.md`; the evaluate-only sets
(HateCheck, Multilingual HateCheck, OffendES) were never used to write rules or set thresholds.
The blog sets are our own comments, in `tests/policy/data/` (see its README); blog-test is for
reporting only.
"""


class Command(BaseCommand):
    help = "Evaluate the policy engine on a shared dataset (by name) or a JSON Lines file."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dataset",
            action="append",
            required=True,
            help=f"one of {', '.join(DATASET_NAMES)}, or a .jsonl file (repeatable)",
        )
        parser.add_argument("--output", default=None, help="markdown report to update")
        parser.add_argument("--no-write", action="store_true", help="print only")

    def handle(self, *args, **options):
        repo = Path(settings.BASE_DIR)
        datasets = shared_dir(repo)
        output = (
            Path(options["output"])
            if options["output"]
            else (repo / "docs" / "moderation-evaluation.md")
        )
        for name in options["dataset"]:
            if name.endswith(".jsonl"):
                path = Path(name)
                if not path.is_file():
                    raise CommandError(f"no such file: {name}", returncode=2)
                cases = load_jsonl(path)
                label = path.name
            else:
                if name not in DATASET_NAMES:
                    raise CommandError(
                        f"unknown dataset {name!r}; choose one of {', '.join(DATASET_NAMES)} "
                        "or give a .jsonl file",
                        returncode=2,
                    )
                if name not in LOCAL_DATASETS and not datasets.is_dir():
                    raise CommandError(
                        f"the shared datasets are not at {datasets}: put them in "
                        "../shared/datasets next to the repository or set STOA_DATASETS to their "
                        "folder (see docs/moderation.md)",
                        returncode=2,
                    )
                try:
                    cases = load_cases(name, datasets)
                except (OSError, KeyError, ValueError) as exc:
                    raise CommandError(f"cannot read dataset {name}: {exc}", returncode=2) from exc
                label = name
            result = evaluate(label, cases)
            md = report_markdown(result)
            self.stdout.write(md)
            self.stdout.write(
                f"{label}: accuracy {result.accuracy():.1%}, macro-F1 {macro_f1(result.binary):.3f}"
            )
            if not options["no_write"]:
                _write_section(output, label, md)


def _write_section(path: Path, name: str, md: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    start, end = f"<!-- dataset: {name} -->", f"<!-- end: {name} -->"
    block = f"{start}\n{md}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
