"""``libdesk backup|restore|check``, ``libdesk staff add|list|set|password`` and
``libdesk audit export`` (``common.sign_in`` handles ``--user`` for every command)."""
from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path

from libdesk.commands.common import EXIT_ERROR, EXIT_OK, add, command, open_services
from libdesk.models.errors import QT_TRANSLATE_NOOP, PermissionDenied
from libdesk.models.roles import Role
from libdesk.services.base import ListQuery
from libdesk.services.maintenance import DatabaseUnreadable, restore_unopenable

ENV_PASSWORD = "LIBDESK_PASSWORD"
ENV_NEW_PASSWORD = "LIBDESK_NEW_PASSWORD"


def register(subparsers, common) -> None:
    made = add(subparsers, common, "backup", backup,
               "copy the database safely (into the backup folder, or -o FILE)")
    made.add_argument("-o", "--output", type=Path, default=None, help="backup file to write")
    made.add_argument("--list", action="store_true",
                      help="list the backups instead (and which still hold a private key)")
    restored = add(subparsers, common, "restore", restore,
                   "replace the database with a backup (the current one is kept as a backup)")
    restored.add_argument("file", type=Path)
    add(subparsers, common, "check", check,
        "check the database (integrity, references); exit 2 on a problem")

    staff = subparsers.add_parser("staff", help="staff accounts (administrators)")
    sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    added = add(sub, common, "add", staff_add,
                f"add an account (password from ${ENV_NEW_PASSWORD} or a prompt)")
    added.add_argument("username")
    added.add_argument("--role", choices=[r.value for r in Role], required=True)
    added.add_argument("--name", default="", help="display name")
    add(sub, common, "list", staff_list, "list the accounts")
    changed = add(sub, common, "set", staff_set, "change an account's role or status")
    changed.add_argument("username")
    changed.add_argument("--role", choices=[r.value for r in Role], default=None)
    changed.add_argument("--disable", action="store_true")
    changed.add_argument("--enable", action="store_true")
    reset = add(sub, common, "password", staff_password,
                f"set an account's password (from ${ENV_NEW_PASSWORD} or a prompt)")
    reset.add_argument("username")

    audit = subparsers.add_parser("audit", help="the audit log (administrators)")
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    exported = add(sub, common, "export", audit_export, "write the audit log to an .xlsx file")
    exported.add_argument("file", type=Path)
    exported.add_argument("--table", default="")
    exported.add_argument("--record", default="")
    exported.add_argument("--person", default="", help="username of who made the change")
    exported.add_argument("--from", dest="date_from", type=date.fromisoformat, default=None)
    exported.add_argument("--to", dest="date_to", type=date.fromisoformat, default=None)
    exported.add_argument("--unmask", action="store_true", help="write full phone/ID numbers")


@command
def backup(args) -> int:
    services = open_services(args)
    if args.list:
        holding = set(services.maintenance.backups_holding_keys())
        for item in services.maintenance.list_backups():
            flag = "\tHOLDS A PRIVATE SIGNING KEY" if item.path in holding else ""
            print(f"{item.taken_at:%Y-%m-%d %H:%M}\t{item.tag}\t{item.path}{flag}")
        for path in sorted(holding - {b.path for b in services.maintenance.list_backups()}):
            print(f"-\tbefore-upgrade\t{path}\tHOLDS A PRIVATE SIGNING KEY")
        return EXIT_OK
    path = services.maintenance.backup_now(args.output)
    print(f"wrote {path}")
    return EXIT_OK


@command
def restore(args) -> int:
    try:
        services = open_services(args)
    except DatabaseUnreadable as exc:  # damaged beyond opening: restoring is the way out
        from libdesk.config import database_url, default_database_url
        from libdesk.services import open_services as open_database

        print("warning: " + exc.english(), file=sys.stderr)
        url = database_url(args.database) if getattr(args, "database", None) \
            else default_database_url()
        kept = restore_unopenable(url, args.file)
        open_database(url).close()  # upgrades the restored file if it is older
        print(f"restored {args.file}; the damaged database was kept as {kept}")
        return EXIT_OK
    kept = services.maintenance.restore(args.file)
    print(f"restored {args.file}; the previous database was saved as {kept}")
    return EXIT_OK


@command
def check(args) -> int:
    services = open_services(args)
    report = services.maintenance.check()
    for finding in report.findings:
        print(("ok       " if finding.ok else "PROBLEM  ") + finding.english())
    return EXIT_OK if report.ok else EXIT_ERROR


@command
def staff_add(args) -> int:
    services = open_services(args)
    services.staff.create(args.username, _new_password(args.username), Role(args.role),
                          args.name)
    print(f"added {args.username} ({args.role})")
    if not services.actor.username:
        print("single-user mode ended: from now on every command needs --user NAME",
              file=sys.stderr)
    return EXIT_OK


@command
def staff_list(args) -> int:
    services = open_services(args)
    for row in services.staff.list():
        state = "active" if row.active else "disabled"
        last = row.last_login_at.strftime("%Y-%m-%d %H:%M") if row.last_login_at else "-"
        print(f"{row.username}\t{row.display_name}\t{row.role.value}\t{state}\t{last}")
    return EXIT_OK


@command
def staff_set(args) -> int:
    services = open_services(args)
    active = True if args.enable else (False if args.disable else None)
    role = Role(args.role) if args.role else None
    services.staff.update(services.staff.id_of(args.username), role=role, active=active)
    print(f"updated {args.username}")
    return EXIT_OK


@command
def staff_password(args) -> int:
    services = open_services(args)
    account = services.staff.id_of(args.username)
    services.staff.reset_password(account, _new_password(args.username))
    print(f"password of {args.username} changed")
    return EXIT_OK


@command
def audit_export(args) -> int:
    services = open_services(args)
    filters = {"table": args.table, "record": args.record, "actor": args.person,
               "date_from": args.date_from, "date_to": args.date_to}
    query = ListQuery(filters={k: v for k, v in filters.items() if v})
    path = services.audit.export(args.file, query, unmask=args.unmask)
    print(f"wrote {path}")
    return EXIT_OK


def _new_password(username: str) -> str:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    first = getpass.getpass(f"new password for {username}: ")
    if getpass.getpass("repeat it: ") != first:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "The two passwords differ; nothing was changed."))
    return first
