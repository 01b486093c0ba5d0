"""``libdesk``: with no command it opens the window; otherwise a headless command.

Each area registers its commands from a module in ``libdesk.commands``; a command opens the
database through the services and never imports Qt, except the GUI ones (``screenshot``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from libdesk import __version__

COMMAND_MODULES = [
    "libdesk.commands.gui",
    "libdesk.commands.branches",
    "libdesk.commands.donors",
    "libdesk.commands.certificate",
    "libdesk.commands.batch",
    "libdesk.commands.volunteers",
    "libdesk.commands.safety",
    "libdesk.commands.demo",
    "libdesk.commands.statistics",
    "libdesk.commands.outreach",
    "libdesk.commands.settings",
    "libdesk.commands.catalogue",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="libdesk", description="LibDesk — 太原市图书馆馆外流通服务台")
    parser.add_argument("--version", action="version", version=f"LibDesk {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (default: $LIBDESK_DATABASE, "
                             "else libdesk.sqlite in the user data folder)")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="staff account to act as (password from a prompt or "
                             "$LIBDESK_PASSWORD); needed once the database has accounts")
    parser.add_argument("--database", metavar="PATH_OR_URL", default=None,
                        help=argparse.SUPPRESS)
    parser.add_argument("--user", metavar="NAME", default=None, help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _log_unraisable(unraisable) -> None:
    """Clean-up noise (a half-written workbook's generators collected after a refused
    export) goes to the log, not as a traceback onto the user's terminal."""
    import logging

    logging.getLogger("libdesk.cli").debug(
        "ignored: %s", unraisable.err_msg or "", exc_info=(
            unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))


def _window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options of a bare ``libdesk [--database X] [--user NAME]``, which opens the window,
    read without importing every command module (and the ORM with them); None otherwise."""
    bare = argparse.ArgumentParser(add_help=False)
    bare.add_argument("--database", default=None)
    bare.add_argument("--user", default=None)
    try:
        args, rest = bare.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the real command line (tests pass argv and keep their own hook)
        sys.unraisablehook = _log_unraisable
    argv = sys.argv[1:] if argv is None else argv
    window = _window_arguments(argv)
    if window is not None:
        from libdesk.commands.gui import run_gui

        return run_gui(window)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from libdesk.commands.gui import run_gui

        return run_gui(args)
    try:
        return args.handler(args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
