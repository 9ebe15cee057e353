"""Root pytest hook: mark the process as a test run before Django reads its settings."""

import os

os.environ.setdefault("STOA_TESTING", "1")
