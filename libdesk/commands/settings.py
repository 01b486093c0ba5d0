"""``libdesk settings list|get|set``: the settings kept in the database (administrators change
them; every change is in the audit log)."""
from __future__ import annotations

from libdesk.commands.common import EXIT_OK, add, command, open_services
from libdesk.config import SETTINGS


def register(subparsers, common) -> None:
    settings = subparsers.add_parser("settings", help="library name, signer, seal, backups …")
    sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    add(sub, common, "list", list_settings, "every setting with its value and meaning")
    get = add(sub, common, "get", get_setting, "print one setting's value")
    get.add_argument("key", choices=sorted(SETTINGS), metavar="KEY")
    put = add(sub, common, "set", set_setting,
              "change one setting (administrators; recorded in the audit log)")
    put.add_argument("key", choices=sorted(SETTINGS), metavar="KEY")
    put.add_argument("value", help="the new value ('' clears a text setting)")


@command
def list_settings(args) -> int:
    services = open_services(args)
    values = services.settings.all()
    width = max(len(key) for key in SETTINGS)
    for key, spec in SETTINGS.items():
        print(f"{key:<{width}}  {values[key]!s:<24}  {spec.doc}")
    return EXIT_OK


@command
def get_setting(args) -> int:
    print(open_services(args).settings.get(args.key))
    return EXIT_OK


@command
def set_setting(args) -> int:
    value = open_services(args).settings.set(args.key, args.value)
    print(f"{args.key} = {value}")
    return EXIT_OK
