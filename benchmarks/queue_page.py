"""Benchmark: the moderation queue page with 1,000 held comments against a 10-item queue.

Prints the SQL query count and the median render time of each, and their ratio. Runs on a
throwaway SQLite database in a temporary folder: `python -m benchmarks.queue_page`.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 15
SIZES = (10, 50, 1000)  # 50 fills the first page: 1,000 vs 50 isolates the queue size


def main() -> int:
    tmp = tempfile.TemporaryDirectory(prefix="stoa-bench-queue-")
    os.environ["SQLITE_PATH"] = str(Path(tmp.name) / "bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)

    from blog.models import Article, Author
    from comments.models import Comment
    from moderation.models import Report

    user = get_user_model().objects.create_user("bench-mod", "mod@example.com", "x")
    user.is_superuser = True
    user.save()
    author = Author.objects.create(user=user, display_name="Bench", slug="bench")
    article = Article.objects.create(
        title="Bench", slug="bench", author=author, body="<p>x</p>", status="published"
    )
    client = Client()
    client.force_login(user)
    verdict = {
        "action": "hold",
        "categories": ["troll"],
        "policy_version": "default",
        "findings": [
            {
                "category": "troll",
                "rule": "troll.bench",
                "clause": "troll",
                "score": 0.7,
                "action": "hold",
                "evidence": [[0, 7]],
            }
        ],
    }

    def fill(total: int) -> None:
        have = Comment.objects.count()
        Comment.objects.bulk_create(
            Comment(
                article=article,
                author_name=f"Reader {i}",
                author_email=f"r{i}@example.com",
                text=f"Comment {i}: a held comment for the benchmark, with some words.",
                status="held",
                verdict=verdict,
            )
            for i in range(have, total)
        )
        # Every tenth comment carries a report, so the reports prefetch has work to do.
        reported = Comment.objects.order_by("pk")[have:total:10]
        Report.objects.bulk_create(
            Report(comment=c, reporter_key=f"k{c.pk}", reason="troll") for c in reported
        )

    def measure() -> tuple[int, float]:
        client.get("/moderation/")  # warm up
        connection.queries_log.clear()  # a full log (bulk inserts) would hide new queries
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/moderation/")
        assert response.status_code == 200, response.status_code
        if os.environ.get("BENCH_SQL"):
            for q in ctx.captured_queries:
                print(q["time"], q["sql"][:150])
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            client.get("/moderation/")
            times.append((time.perf_counter() - start) * 1000)
        return len(ctx.captured_queries), statistics.median(times)

    rows = []
    for size in SIZES:
        fill(size)
        rows.append((size, *measure()))
    base_q, base_t = rows[0][1], rows[0][2]
    print(f"Moderation queue page (50 items a page), median of {REPEATS} renders, SQLite")
    print(f"{'held comments':>14} {'queries':>8} {'median ms':>10} {'ratio':>6}")
    for size, queries, ms in rows:
        print(f"{size:>14} {queries:>8} {ms:>10.1f} {ms / base_t:>6.2f}")
    if rows[-1][1] != base_q:
        print("WARNING: the query count grows with the queue", file=sys.stderr)
        return 1
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
