"""A throwaway Stoa site for browser benchmarks: its own SQLite file, media and port.

`LiveSite` prepares the environment, runs management commands and Python code against that
database in a child process, and serves it (runserver, or gunicorn for production settings).
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_or_exit() -> None:
    if not CHROMIUM.exists():
        sys.exit("Chromium is missing (/usr/bin/chromium): install Debian's chromium first.")


class LiveSite:
    """One site in a temporary folder; use as a context manager."""

    def __init__(self, *, production: bool = False) -> None:
        self.production = production
        self._tmp = tempfile.TemporaryDirectory(prefix="stoa-bench-")
        self.root = Path(self._tmp.name)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: subprocess.Popen | None = None
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STOA_"))}
        env.pop("DATABASE_URL", None)
        env.pop("REDIS_URL", None)
        env.update(
            SQLITE_PATH=str(self.root / "db.sqlite3"),
            MEDIA_ROOT=str(self.root / "media"),
            STATIC_ROOT=str(self.root / "static"),
            STOA_COMMENT_MIN_FILL_SECONDS="0",
            STOA_RATE_LIMIT_IP_COUNT="10000",
            STOA_RATE_LIMIT_EMAIL_COUNT="10000",
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            PYTHONPATH=str(REPO),
        )
        if production:
            env.update(
                DJANGO_DEBUG="0",
                # A throwaway key for this temporary site only.
                DJANGO_SECRET_KEY="bench-" + os.urandom(32).hex(),
                DJANGO_ALLOWED_HOSTS="127.0.0.1",
                DJANGO_SECURE_SSL_REDIRECT="0",
            )
        else:
            env["DJANGO_DEBUG"] = "1"
        self.env = env

    def manage(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done.stdout

    def python(self, code: str) -> str:
        """Run Django code against this site's database (in `manage.py shell`)."""
        return self.manage("shell", "--no-imports", "-c", code)

    def start(self) -> None:
        if self.production:
            cmd = [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--log-level",
                "warning",
            ]
        else:
            cmd = [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
            ]
        self.server = subprocess.Popen(
            cmd,
            cwd=REPO,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "server.log", "w"),  # noqa: SIM115 (closed with the folder)
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/robots.txt", timeout=2):  # noqa: S310
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                if self.server.poll() is not None:
                    break
                time.sleep(0.3)
        raise RuntimeError("the site did not start:\n" + (self.root / "server.log").read_text())

    def stop(self) -> None:
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
        self.server = None

    def __enter__(self) -> "LiveSite":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
        self._tmp.cleanup()


def launch_chromium(playwright):
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
