"""What every command shares: opening the database, signing in, and reporting errors in plain
words."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from functools import wraps

from libdesk.models.errors import (QT_TRANSLATE_NOOP, DomainError, PermissionDenied,
                                   ValidationFailed)
from libdesk.services.progress import Cancelled

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
ENV_PASSWORD = "LIBDESK_PASSWORD"


def open_services(args: argparse.Namespace):
    """The services for a command: the database opens read-only and is owned from the first
    write (waiting for another command, refused while a window has it open)."""
    from libdesk.services import COMMAND, open_services as _open

    services = _open(getattr(args, "database", None), claim=COMMAND)
    services.store.wait_reporter = lambda line: print(line, file=sys.stderr, flush=True)
    try:
        sign_in(services, args)
    except BaseException:
        services.close()
        raise
    return services


def sign_in(services, args) -> None:
    """Act as ``--user`` (password from $LIBDESK_PASSWORD or a prompt); a database with
    accounts refuses commands without it. Also warns about network locations."""
    warning = services.maintenance.network_warning()
    if warning is not None:
        print("warning: " + warning.english(), file=sys.stderr)
    user = getattr(args, "user", None)
    if user:
        password = os.environ.get(ENV_PASSWORD)
        if password is None:
            password = getpass.getpass(f"password for {user}: ")
        services.staff.login(user, password)
    elif services.staff.has_accounts():
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "This database has staff accounts: sign in with --user NAME (password "
            "from a prompt or $LIBDESK_PASSWORD)."))


def command(function: Callable[[argparse.Namespace], int]):
    """Wrap a handler: domain errors become a message on stderr and a non-zero exit."""

    @wraps(function)
    def handler(args: argparse.Namespace) -> int:
        try:
            return function(args)
        except ValidationFailed as exc:
            print(exc.english(), file=sys.stderr)
            return EXIT_INVALID
        except DomainError as exc:
            print(exc.english(), file=sys.stderr)
            return EXIT_ERROR
        except Cancelled:
            print("cancelled; nothing was written", file=sys.stderr)
            return EXIT_ERROR
        except Exception as exc:  # a file or the database failed: say so, no traceback
            from libdesk.services.explain import explain

            explained = explain(exc)
            if explained is None:
                raise
            print(explained.english(), file=sys.stderr)
            return EXIT_ERROR

    return handler


def add(subparsers, common, name: str, handler, help: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, parents=[common], help=help, description=help)
    parser.set_defaults(handler=handler)
    return parser


def print_progress(done: int, total: int, message: str = "") -> None:
    if not total and message:  # a wait for another writer ("Waiting for …"), as it happens
        print(message, file=sys.stderr, flush=True)
    if total:
        print(f"\r{done}/{total} {message}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)
