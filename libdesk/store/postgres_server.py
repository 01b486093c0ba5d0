"""A throwaway PostgreSQL server on a loopback port, for trying shared-office mode on one PC
and for the test suite: ``initdb`` into a temporary folder, ``pg_ctl start`` on 127.0.0.1,
trust authentication (only this machine can reach it), everything deleted on ``stop()``
— unless a ``root`` folder is given: then its data folder is kept on ``stop()`` and used again
by the next ``start()`` (the benchmarks keep a loaded demo server that way).

Uses the server programs of an installed PostgreSQL (Debian: ``apt-get install postgresql``,
found under ``/usr/lib/postgresql/<version>/bin``; elsewhere ``pg_config --bindir`` or PATH).
As root, the server runs as the ``postgres`` system user (PostgreSQL refuses to run as root).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "postgres"


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server programs are installed, or the server did not start."""


def server_bindir() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``."""
    override = os.environ.get("LIBDESK_PG_BINDIR")
    candidates = [Path(override)] if override else []
    config = shutil.which("pg_config")
    if config:
        probe = subprocess.run([config, "--bindir"], capture_output=True, text=True)
        if probe.returncode == 0:
            candidates.append(Path(probe.stdout.strip()))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                      key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                      reverse=True)
    candidates += [Path(p) for p in versions]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise ServerUnavailable(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found; install them "
        "(Debian/Ubuntu: apt-get install postgresql) or set LIBDESK_PG_BINDIR.")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayServer:
    """``with ThrowawayServer() as server: server.url("mydb")``."""

    def __init__(self, port: int | None = None, settings: dict[str, str] | None = None,
                 root: Path | None = None) -> None:
        self.port = port or free_port()
        self.settings = {"fsync": "off", "full_page_writes": "off",
                         "synchronous_commit": "off", "max_connections": "200",
                         **(settings or {})}
        self.bindir = server_bindir()
        self.keep = root is not None
        self.root = Path(root if root is not None else tempfile.mkdtemp(prefix="libdesk-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "run"
        self.log = self.root / "server.log"
        self.running = False

    # -- running ---------------------------------------------------------------------------
    def _as_server_user(self, argv: list[str]) -> list[str]:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser:
                return [runuser, "-u", SUPERUSER, "--", *argv]
            return ["su", SUPERUSER, "-s", "/bin/sh", "-c", " ".join(argv)]
        return argv

    def start(self) -> "ThrowawayServer":
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            shutil.chown(self.root, SUPERUSER, SUPERUSER)
            shutil.chown(self.socket_dir, SUPERUSER, SUPERUSER)
        if not (self.keep and (self.data / "PG_VERSION").exists()):
            self._run([str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                       "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = [f"-c listen_addresses=127.0.0.1", f"-p {self.port}",
                   f"-k {self.socket_dir}"] + [f"-c {k}={v}" for k, v in self.settings.items()]
        self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                   "-w", "-t", "60", "-o", " ".join(options), "start"])
        self.running = True
        return self

    def stop(self) -> None:
        if self.running:  # a kept folder is shut down cleanly, a throwaway one at once
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m",
                       "fast" if self.keep else "immediate", "-w", "stop"], check=False)
            self.running = False
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def has_database(self, name: str) -> bool:
        import psycopg

        with psycopg.connect(self.libpq_dsn(), autocommit=True) as connection:
            return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                      (name,)).fetchone() is not None

    def _run(self, argv: list[str], check: bool = True) -> None:
        result = subprocess.run(self._as_server_user(argv), capture_output=True, text=True,
                                cwd=str(self.root))
        if check and result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServerUnavailable(f"{Path(argv[0]).name} failed: {result.stderr.strip()} "
                                    f"{result.stdout.strip()[-500:]} {log}".strip())

    def __enter__(self) -> "ThrowawayServer":
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()

    # -- databases -------------------------------------------------------------------------
    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def libpq_dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE DATABASE and the like)."""
        import psycopg

        with psycopg.connect(self.libpq_dsn(database), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)
