"""Benchmark: the article page with 0, 50, 200 and 1,000 published comments in threads.

Run from the repository root: `python -m benchmarks.article_page [--runs N]`. It builds a
throwaway SQLite database in a temporary folder, renders each page N times through Django's test
client, and prints the median render time and SQL queries, with ratios to the 0-comment page.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZES = (0, 50, 200, 1000)


def _setup(folder: Path) -> None:
    os.environ["SQLITE_PATH"] = str(folder / "bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ["DJANGO_DEBUG"] = "1"
    os.environ["TASKS_BACKEND"] = "dummy"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def _article_with(n: int, author):
    """An article with n published comments, in threads of five (top, 2 replies, 2 replies)."""
    from django.utils import timezone

    from blog.models import Article
    from comments.models import Comment

    article = Article.objects.create(
        title=f"Benchmark article with {n} comments",
        slug=f"bench-{n}",
        author=author,
        body="<p>" + "A paragraph about border policy. " * 40 + "</p>",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(hours=2),
    )
    made = 0
    while made < n:
        top = Comment.objects.create(
            article=article,
            author_name=f"Reader {made}",
            author_email=f"r{made}@example.org",
            text=f"Top-level comment {made}: the numbers https://stats.org/{made} say otherwise.",
            status=Comment.Status.PUBLISHED,
        )
        made += 1
        batch = []
        for k in range(2):
            if made >= n:
                break
            reply = Comment.objects.create(
                article=article,
                parent=top,
                depth=1,
                author_name=f"Reader {made}",
                author_email=f"r{made}@example.org",
                text=f"Reply {made}.\n\nWith a second paragraph, politely disagreeing.",
                status=Comment.Status.PUBLISHED,
            )
            made += 1
            if made < n:
                batch.append(
                    Comment(
                        article=article,
                        parent=reply,
                        depth=2,
                        author_name=f"Reader {made}",
                        author_email=f"r{made}@example.org",
                        text=f"Reply to reply {made} (k={k}).",
                        status=Comment.Status.PUBLISHED,
                    )
                )
                made += 1
        Comment.objects.bulk_create(batch)
    return article


def _measure(url: str, runs: int) -> tuple[float, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(url)  # warm-up: template loading, caches
    times, queries = [], []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        queries.append(len(ctx.captured_queries))
    return statistics.median(times) * 1000, int(statistics.median(queries))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="renders per page (default 15)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stoa-bench-") as folder:
        _setup(Path(folder))
        from django.contrib.auth import get_user_model

        from blog.models import Author, SiteSettings

        site = SiteSettings.load()
        site.comments_per_page = 1000  # every thread on one page: the worst case
        site.save()
        user = get_user_model().objects.create_user("bench", "bench@example.org", "x")
        author = Author.objects.create(user=user, display_name="Bench Author", slug="bench")
        rows = []
        for n in SIZES:
            article = _article_with(n, author)
            rows.append((n, *_measure(article.get_absolute_url(), args.runs)))
    base_ms, base_q = rows[0][1], rows[0][2]
    print(f"Article page render, median of {args.runs} runs (SQLite, test client)")
    print(f"{'comments':>9} | {'median ms':>9} | {'x time':>6} | {'queries':>7} | {'x queries':>9}")
    print("-" * 54)
    for n, ms, q in rows:
        print(f"{n:>9} | {ms:>9.1f} | {ms / base_ms:>6.2f} | {q:>7} | {q / base_q:>9.2f}")


if __name__ == "__main__":
    main()
