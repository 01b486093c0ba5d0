"""Try shared-office mode on one PC: start a throwaway PostgreSQL, run LibDesk against it,
delete the server afterwards.

    .venv/bin/python tools/try_postgres.py                 # a fresh database, then the window
    .venv/bin/python tools/try_postgres.py --desks 2       # two windows on it (two "desks")
    .venv/bin/python tools/try_postgres.py --serve         # print the URL; Ctrl-C to stop
    .venv/bin/python tools/try_postgres.py -- demo --donors 1000   # any libdesk command

Needs the PostgreSQL server programs (Debian/Ubuntu: ``apt-get install postgresql``). The
server listens on 127.0.0.1 only, trusts local connections and keeps its data in a temporary
folder that is removed when this script ends.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from libdesk.store.postgres_server import ServerUnavailable, ThrowawayServer  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=1, help="how many windows to open")
    parser.add_argument("--serve", action="store_true", help="only run the server")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("command", nargs="*", help="a libdesk command (after --)")
    args = parser.parse_args(argv)
    try:
        server = ThrowawayServer(port=args.port, settings={"fsync": "on"}).start()
    except ServerUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        server.execute("CREATE DATABASE libdesk")
        url = server.url("libdesk")
        print(f"PostgreSQL is running; LibDesk database: {url}", flush=True)
        libdesk = [sys.executable, "-m", "libdesk", "--database", url]
        if args.serve:
            print("Point desks at it with --database or LIBDESK_DATABASE; Ctrl-C stops it.")
            while True:
                time.sleep(3600)
        if args.command:
            return subprocess.call(libdesk[:3] + args.command[:1] + ["--database", url]
                                   + args.command[1:])
        subprocess.check_call(libdesk + ["branches", "list"], stdout=subprocess.DEVNULL)
        windows = [subprocess.Popen(libdesk) for _ in range(max(1, args.desks))]
        return max(window.wait() for window in windows)
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        print("The throwaway server and its data were removed.")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
