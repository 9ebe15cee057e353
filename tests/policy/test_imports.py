"""The policy engine is pure Python: importing it pulls in nothing from Django."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_policy_imports_no_django():
    code = (
        "import sys, moderation.policy, moderation.policy.decide, moderation.policy.evaluation;"
        "from moderation.policy import Submission, screen;"
        "screen(Submission(text='hello there'));"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
