"""Reads of the moderation app: the queue, author histories, replays of policy versions, stats."""

from moderation.selectors.authors import AuthorHistory, author_history
from moderation.selectors.queue import (
    REASONS,
    QueueFilters,
    queue_list,
    queue_neighbours,
    queue_queryset,
    queue_size,
)
from moderation.selectors.replay import ReplayResult, policy_replay
from moderation.selectors.stats import Stats, moderation_stats

__all__ = [
    "REASONS",
    "AuthorHistory",
    "QueueFilters",
    "ReplayResult",
    "Stats",
    "author_history",
    "moderation_stats",
    "policy_replay",
    "queue_list",
    "queue_neighbours",
    "queue_queryset",
    "queue_size",
]
