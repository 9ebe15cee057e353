"""`manage.py train_blog_model`: fit the blog model on our own labelled blog comments.

Writes the artifact next to moderation.policy.model and the report docs/blog-model.md. The
training data is in the repository, so this runs on a clone (no ../shared needed).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.policy.model import BLOG_ARTIFACT, load_scorer_clear


class Command(BaseCommand):
    help = "Train the blog model from the labelled blog comments in the repository."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(BLOG_ARTIFACT), help="artifact path to write")
        parser.add_argument(
            "--report",
            default=str(Path(settings.BASE_DIR) / "docs" / "blog-model.md"),
            help="training report (Markdown) to write",
        )
        parser.add_argument(
            "--train-file", default="", help="labelled comments (default: the repository's)"
        )

    def handle(self, *args, **options) -> None:
        try:
            # Imported here: numpy/scipy/scikit-learn are dev dependencies, never web-process ones.
            from moderation.training.blog import TRAIN_FILE, blog_training_run
            from moderation.training.blog_report import blog_report_render
        except ImportError as exc:
            raise CommandError(
                f"training needs numpy, scipy and scikit-learn (dev dependencies): {exc}"
            ) from exc
        train_file = Path(options["train_file"] or TRAIN_FILE)
        if not train_file.is_file():
            raise CommandError(f"training file not found: {train_file}")
        out = Path(options["out"])
        try:
            result = blog_training_run(out=out, train_file=train_file)
        except (OSError, KeyError, ValueError) as exc:
            raise CommandError(f"training failed: {exc}") from exc
        load_scorer_clear()
        report = Path(options["report"])
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(blog_report_render(result, artifact_name=out.name), encoding="utf-8")
        auc = ", ".join(f"{k} {v:.3f}" for k, v in result["roc_auc"].items())
        self.stdout.write(f"out-of-fold ROC AUC: {auc}; hold at p(flag) >= {result['hold_at']}")
        self.stdout.write(
            f"wrote {out.name} ({result['artifact_bytes'] / 1e6:.2f} MB) and {report.name} "
            f"in {result['seconds']:.0f} s"
        )
