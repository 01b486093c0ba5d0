"""Staff accounts, signing in and passwords.

A database without accounts runs in single-user mode as the local administrator. Once an
administrator creates the first account (which must itself be an administrator), the local
administrator's session ends at once and opening the database signs in nobody: the window asks
for a login and the CLI needs ``--user``. Passwords
are hashed with argon2 (argon2-cffi); the hash never leaves this module or the audit log's
"(hidden)" marker.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select, update

from libdesk.models.base import utcnow
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, \
    ValidationFailed
from libdesk.models.roles import Perm, Role
from libdesk.models.staff import StaffAccount, validate_password, validate_username
from libdesk.services.base import LOCAL_ADMIN, SIGNED_OUT, Actor, ServiceBase
from libdesk.services.conflicts import check_version
from libdesk.services.opening import accounts_exist


@cache
def _hasher():
    """argon2's hasher, imported the first time a password is hashed or checked (not at
    start-up: the window opens without it)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    return _hasher().hash("not a password of anyone")


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    version: int = 1  # read with the row; a change from the list passes it back


class StaffService(ServiceBase):
    # -- reading ---------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        """True once any account exists: the database then needs a login."""
        return accounts_exist(self.store)

    def list(self) -> list[StaffRow]:
        self.require(Perm.STAFF_ADMIN)
        with self.store.read() as session:
            return [_row(a) for a in session.execute(
                select(StaffAccount).order_by(StaffAccount.username)).scalars()]

    # -- signing in ------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Actor:
        """Check the password and act as this account from now on."""
        account = self._account_by_name(username.strip())
        if account is None:
            _verify(_dummy_hash(), password)  # same work whether or not the name exists
            raise _wrong_login()
        if not _verify(account.password_hash, password):
            raise _wrong_login()
        if not account.active:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "The account {user} is disabled. Ask an administrator."),
                user=account.username)
        actor = Actor(account.username, Role(account.role), account.display_name)
        self.ctx.set_actor(actor)
        if not self.store.may_write():  # a read-only command beside an open window
            return actor
        # Signing in is not an edit of the account: a plain UPDATE leaves its version, so an
        # administrator changing the account meanwhile is not told of a conflict.
        values = {"last_login_at": utcnow()}
        if _hasher().check_needs_rehash(account.password_hash):
            values["password_hash"] = _hasher().hash(password)
        with self.store.write() as session:
            session.execute(update(StaffAccount).where(StaffAccount.id == account.id)
                            .values(**values))
        return actor

    def logout(self) -> None:
        self.ctx.set_actor(SIGNED_OUT)

    def check_password(self, password: str) -> bool:
        """Whether ``password`` is the signed-in account's (to unlock an idle window).
        In single-user mode there is nothing to check."""
        if not self.has_accounts():
            return True
        account = self._account_by_name(self.actor.username)
        return account is not None and account.active and _verify(account.password_hash,
                                                                  password)

    # -- managing --------------------------------------------------------------------------
    def create(self, username: str, password: str, role: Role,
               display_name: str = "") -> int:
        self.require(Perm.STAFF_ADMIN)
        username = username.strip()
        problems = validate_username(username) + validate_password(password)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            count = session.execute(select(func.count()).select_from(StaffAccount)).scalar()
            if not count and Role(role) is not Role.ADMIN:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "The first account must be an administrator, or nobody could "
                    "manage accounts afterwards."))
            if session.execute(select(StaffAccount.id).where(
                    StaffAccount.username == username)).first():
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "The username {user} is taken."), user=username)
            account = StaffAccount(username=username, display_name=display_name.strip(),
                                   role=Role(role).value, password_hash=_hasher().hash(password))
            session.add(account)
            session.flush()
            account_id = account.id
        if not count and self.actor == LOCAL_ADMIN:
            self.logout()  # the database now needs a login: single-user mode ends at once
        return account_id

    def update(self, account_id: int, *, role: Role | None = None, active: bool | None = None,
               display_name: str | None = None, expected_version: int | None = None) -> None:
        """With ``expected_version`` (``StaffRow.version`` as listed), an account changed
        meanwhile by another administrator raises EditConflict and nothing is written."""
        self.require(Perm.STAFF_ADMIN)
        with self.store.write() as session:
            account = self._get(session, account_id)
            changes = {k: v for k, v in (("role", role), ("active", active),
                                         ("display_name", display_name)) if v is not None}
            check_version(session, StaffAccount, account_id, expected_version,
                          account.username, mine=changes, saved=lambda stored: {
                              k: getattr(stored, k) for k in changes})
            was_admin = account.active and account.role == Role.ADMIN.value
            if role is not None:
                account.role = Role(role).value
            if active is not None:
                account.active = active
            if display_name is not None:
                account.display_name = display_name.strip()
            still_admin = account.active and account.role == Role.ADMIN.value
            if was_admin and not still_admin and _active_admins(session) == 0:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "{user} is the last active administrator; make another "
                    "administrator first."), user=account.username)
            session.add(account)

    def reset_password(self, account_id: int, password: str) -> None:
        """An administrator sets someone's password (they forgot it)."""
        self.require(Perm.STAFF_ADMIN)
        problems = validate_password(password)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            account = self._get(session, account_id)
            account.password_hash = _hasher().hash(password)
            session.add(account)

    def change_password(self, old: str, new: str) -> None:
        """The signed-in person changes their own password."""
        account = self._account_by_name(self.actor.username)
        if account is None or not _verify(account.password_hash, old):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "The current password is wrong; the password was not changed."))
        problems = validate_password(new)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            stored = session.get(StaffAccount, account.id)
            stored.password_hash = _hasher().hash(new)

    def id_of(self, username: str) -> int:
        account = self._account_by_name(username.strip())
        if account is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account {user}."),
                           user=username)
        return account.id

    # -- helpers ---------------------------------------------------------------------------
    def _account_by_name(self, username: str) -> StaffAccount | None:
        if not username:
            return None
        with self.store.read() as session:
            return session.execute(select(StaffAccount).where(
                StaffAccount.username == username)).scalars().first()

    @staticmethod
    def _get(session, account_id: int) -> StaffAccount:
        account = session.get(StaffAccount, account_id)
        if account is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Account #{id} no longer exists."),
                           id=account_id)
        return account


def _active_admins(session) -> int:
    session.flush()
    return session.execute(select(func.count()).select_from(StaffAccount).where(
        StaffAccount.active == True, StaffAccount.role == Role.ADMIN.value)).scalar()  # noqa: E712


def _verify(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _wrong_login() -> PermissionDenied:
    return PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong username or password."))


def _row(account: StaffAccount) -> StaffRow:
    return StaffRow(account.id, account.username, account.display_name, Role(account.role),
                    account.active, account.created_at, account.last_login_at,
                    account.version)
