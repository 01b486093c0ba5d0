"""What every command shares: opening the database and reporting errors in plain words."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import wraps

from libdesk.models.errors import DomainError, ValidationFailed
from libdesk.services.progress import Cancelled

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def open_services(args: argparse.Namespace):
    """The services for a command: the database opens read-only and is owned from the first
    write (waiting for another command, refused while a window has it open)."""
    from libdesk.services import COMMAND, open_services as _open

    services = _open(getattr(args, "database", None), claim=COMMAND)
    services.store.wait_reporter = lambda line: print(line, file=sys.stderr, flush=True)
    from libdesk.commands.safety import sign_in  # --user, network warning

    try:
        sign_in(services, args)
    except BaseException:
        services.close()
        raise
    return services


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
    if total:
        print(f"\r{done}/{total} {message}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)
