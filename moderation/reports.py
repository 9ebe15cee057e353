"""Reader reports weigh by the reporter's track record with the moderators.

A reporter whose past reports moderators upheld counts more; one whose reports were dismissed
counts less. The comments app stores `report_weight_for(key)` in Report.weight when a report is
made and compares the comment's weighted total with the policy's report threshold.
"""

from django.db.models import Count, Q, Sum

from moderation.models import Report

MIN_WEIGHT = 0.25
MAX_WEIGHT = 3.0


def report_weight_for(reporter_key: str) -> float:
    """(1 + upheld) / (1 + dismissed), kept within [0.25, 3]: a new reader weighs 1."""
    if not reporter_key:
        return 1.0
    counts = Report.objects.filter(reporter_key=reporter_key).aggregate(
        upheld=Count("pk", filter=Q(outcome=Report.Outcome.UPHELD)),
        dismissed=Count("pk", filter=Q(outcome=Report.Outcome.DISMISSED)),
    )
    weight = (1 + counts["upheld"]) / (1 + counts["dismissed"])
    return round(min(MAX_WEIGHT, max(MIN_WEIGHT, weight)), 3)


def report_weight_total(*, comment_id: int) -> float:
    """The weighted sum of a comment's pending reports (compared with the report threshold)."""
    total = Report.objects.filter(comment_id=comment_id, outcome=Report.Outcome.PENDING).aggregate(
        total=Sum("weight")
    )["total"]
    return float(total or 0.0)
