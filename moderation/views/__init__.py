"""Views of the moderation app, one module per page family."""
