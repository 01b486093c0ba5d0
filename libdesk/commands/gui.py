"""The window itself, and ``libdesk screenshot`` (Qt is imported only when these run)."""
from __future__ import annotations

from pathlib import Path

from libdesk.commands.common import EXIT_OK, add, command, open_services


def register(subparsers, common) -> None:
    shot = add(subparsers, common, "screenshot", take_screenshot,
               "render the main window offscreen into a PNG")
    shot.add_argument("-o", "--output", type=Path, required=True, help="PNG file to write")
    shot.add_argument("--tab", default=None, help="tab to show (branches, donations, …)")
    shot.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")


def run_gui(args) -> int:
    from libdesk.app import run

    return run(getattr(args, "database", None))


@command
def take_screenshot(args) -> int:
    """Shows the data like any other command, so it signs in (--user) once accounts exist."""
    from libdesk.app import screenshot

    width, height = (int(v) for v in args.size.lower().split("x"))
    services = open_services(args)
    path = screenshot(str(args.output), tab=args.tab, size=(width, height), services=services)
    print(f"wrote {path}")
    return EXIT_OK
