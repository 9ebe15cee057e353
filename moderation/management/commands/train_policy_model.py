"""`manage.py train_policy_model`: fit the hate/profanity model on ../shared/datasets.

Writes the artifact next to moderation.policy.model and the report docs/model-training.md.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.policy.evaluation import shared_dir
from moderation.policy.model import ARTIFACT, load_scorer_clear


class Command(BaseCommand):
    help = "Train the policy model from the train splits of ../shared/datasets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(ARTIFACT), help="artifact path to write")
        parser.add_argument(
            "--report",
            default=str(Path(settings.BASE_DIR) / "docs" / "model-training.md"),
            help="training report (Markdown) to write",
        )
        parser.add_argument(
            "--datasets",
            default=str(shared_dir(Path(settings.BASE_DIR))),
            help="folder of the shared datasets (default: $STOA_DATASETS or ../shared/datasets)",
        )
        parser.add_argument(
            "--sources",
            default="",
            help="comma-separated training sources (default: all sets marked train)",
        )
        parser.add_argument(
            "--no-measure", action="store_true", help="skip speed, memory and HateCheck figures"
        )

    def handle(self, *args, **options) -> None:
        datasets = Path(options["datasets"])
        if not (datasets / "README.md").is_file():
            raise CommandError(
                f"datasets not found at {datasets}: put the shared datasets in ../shared/datasets "
                "next to the repository, or pass --datasets"
            )
        try:
            # Imported here: numpy/scipy/scikit-learn are dev dependencies, never web-process ones.
            from moderation.training.data import LOADERS
            from moderation.training.pipeline import training_run
            from moderation.training.report import report_render
        except ImportError as exc:
            raise CommandError(
                f"training needs numpy, scipy and scikit-learn (dev dependencies): {exc}"
            ) from exc
        sources = tuple(s for s in options["sources"].split(",") if s) or tuple(LOADERS)
        unknown = sorted(set(sources) - set(LOADERS))
        if unknown:
            raise CommandError(
                f"unknown source(s): {', '.join(unknown)}; known: {', '.join(LOADERS)}"
            )
        out = Path(options["out"])
        try:
            result = training_run(
                datasets=datasets, out=out, sources=sources, measure=not options["no_measure"]
            )
        except (OSError, KeyError, ValueError) as exc:
            raise CommandError(f"training failed: {exc}") from exc
        load_scorer_clear()
        report = Path(options["report"])
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(report_render(result, artifact_name=out.name), encoding="utf-8")
        for sig, per in result["metrics"].items():
            m = per["all test splits"]
            auc = "n/a" if m["roc_auc"] is None else f"{m['roc_auc']:.3f}"
            self.stdout.write(f"{sig}: test F1 {m['f1']:.3f}, ROC AUC {auc} (n={m['n']})")
        self.stdout.write(
            f"wrote {out.name} ({result['artifact_bytes'] / 1e6:.2f} MB) and {report.name} "
            f"in {result['train_seconds']:.0f} s"
        )
