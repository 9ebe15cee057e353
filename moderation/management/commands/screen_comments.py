"""`manage.py screen_comments [FILE|-]`: screen JSON Lines comments with the policy engine.

In: one object a line {"id", "text", optional "lang", "author_name", "article_title",
"article_author"}. Out: one verdict object a line, same order. A bad line gets an error object
{"id", "error"} and the command exits with code 1 after answering every line.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from moderation.policy import Context, PolicyConfig, Submission, screen


def _config() -> PolicyConfig:
    try:
        from moderation.active_policy import policy_config_active

        return policy_config_active()
    except Exception:
        return PolicyConfig()


def verdict_line(obj_id: str, verdict) -> dict:
    return {
        "id": obj_id,
        "action": str(verdict.action),
        "categories": verdict.categories,
        "policy_version": verdict.policy_version,
        "findings": [
            {
                "category": str(f.category),
                "rule": f.rule,
                "clause": f.clause,
                "score": round(f.score, 4),
                "evidence": [list(span) for span in f.evidence],
            }
            for f in verdict.findings
        ],
    }


class Command(BaseCommand):
    help = "Screen comments given as JSON Lines (a file or - for stdin) with the policy engine."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - (stdin)")

    def handle(self, *args, **options):
        path = options["file"]
        config = _config()
        errors = 0
        if path == "-":
            stream = sys.stdin
            close = False
        else:
            try:
                stream = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc}", returncode=2) from exc
            close = True
        try:
            for n, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                out, ok = self._answer(line, n, config)
                errors += 0 if ok else 1
                self.stdout.write(json.dumps(out, ensure_ascii=False))
        finally:
            if close:
                stream.close()
        if errors:
            raise CommandError(f"{errors} line(s) could not be screened", returncode=1)

    def _answer(self, line: str, n: int, config: PolicyConfig) -> tuple[dict, bool]:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            return {"id": None, "error": f"line {n}: not valid JSON ({exc.msg})"}, False
        if not isinstance(obj, dict):
            return {"id": None, "error": f"line {n}: expected a JSON object"}, False
        obj_id = obj.get("id")
        obj_id = str(obj_id) if obj_id is not None else None
        text = obj.get("text")
        if not isinstance(text, str):
            return {"id": obj_id, "error": f'line {n}: missing "text" (a string)'}, False
        lang = obj.get("lang") if obj.get("lang") in ("en", "es") else None
        context = Context(
            author_name=str(obj.get("author_name") or ""),
            article_title=str(obj.get("article_title") or ""),
            article_author=str(obj.get("article_author") or ""),
        )
        verdict = screen(Submission(text=text, context=context, lang=lang, config=config))
        return verdict_line(obj_id, verdict), True
