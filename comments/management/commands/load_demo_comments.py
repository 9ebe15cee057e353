"""Demo comment threads, posted through the comment service so the engine screens each one.

Called by `load_demo`; idempotent: an article that already has comments is left alone.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from blog.models import Article
from comments.models import Comment
from comments.services import comment_submit

# Our own writing. Each thread is (name, text, replies); replies nest one level deeper.
THREADS = [
    (
        "Maria Lopes",
        "The piece is fair to both sides, but the staffing numbers deserve a chart of their "
        "own: the trend matters more than this month's figure.",
        [
            (
                "Tom Becker",
                "I disagree with the conclusion. Faster checks at the crossing are worth little "
                "if the appeals backlog keeps growing behind them.",
                [
                    (
                        "Maria Lopes",
                        "Fair point, though the article does mention the appeals court.",
                        [],
                    )
                ],
            )
        ],
    ),
    (
        "Sam Okoye",
        "Local view: the new lane opened last week and the queue really is shorter at night. "
        "Damn, it took them long enough.",
        [],
    ),
    (
        "Rosa Díaz",
        "Desde este lado de la frontera la discusión es distinta: aquí se habla más de los "
        "tribunales que de los muros. Buen artículo.",
        [],
    ),
    (
        "Lee Park",
        "More reading on the backlog: https://example.org/one https://example.org/two "
        "https://example.org/three",
        [],
    ),
]


class Command(BaseCommand):
    help = "Add demo comment threads to the demo articles (screened by the engine)."

    # Demo readers have made-up addresses: their notification emails go nowhere.
    @override_settings(
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
    )
    def handle(self, *args, **options) -> None:
        # One article: the engine rightly holds the same texts posted again elsewhere
        # (copy-paste repeats), so the threads live on the newest article only.
        article = Article.objects.published().order_by("-published_at").first()
        made = 0
        if article is not None and not Comment.objects.filter(article=article).exists():
            with transaction.atomic():
                for name, text, replies in THREADS:
                    made += self._post(article, name, text, replies, parent=None)
        if options.get("verbosity", 1):
            self.stdout.write(f"Demo comments: {made} new.")

    def _post(self, article: Article, name: str, text: str, replies, parent) -> int:
        comment = comment_submit(
            article=article,
            text=text,
            author_name=name,
            author_email=name.split()[0].lower() + "@example.com",
            parent=parent,
            ip_hash="demo-" + name.split()[0].lower(),
        )
        return 1 + sum(self._post(article, n, t, r, parent=comment) for n, t, r in replies)
