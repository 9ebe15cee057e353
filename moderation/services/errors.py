"""The errors moderation services raise: each carries a message a moderator can read."""


class ModerationError(Exception):
    """A request the services refuse; nothing has changed when it is raised."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DecisionConflict(ModerationError):
    """Someone else decided (or is deciding) the comment first."""
