"""The settings service: typed values, checked before storing, admin only, audited."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import PermissionDenied, ValidationFailed
from libdesk.models.roles import Role
from libdesk.services.base import Actor


def test_values_are_typed_and_changes_are_audited(services):
    services.settings.set_many({"distribution.overdue_days": "21", "desk.name": " 二楼服务台 "})
    assert services.settings.get("distribution.overdue_days") == 21
    assert services.settings.all()["desk.name"] == "二楼服务台"
    with services.store.read() as session:
        rows = session.execute(select(AuditLog).where(
            AuditLog.table_name == "app_setting")).scalars().all()
    assert any("21" in (row.new_values or "") for row in rows)


def test_all_or_nothing_and_minimums(services):
    with pytest.raises(ValidationFailed) as caught:
        services.settings.set_many({"desk.name": "新名", "backup.interval_minutes": "0"})
    assert caught.value.problems[0].field == "backup.interval_minutes"
    assert services.settings.get("desk.name") == "馆外流通服务台"


def test_a_seal_must_be_a_png(services, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("red"))
    seal = tmp_path / "seal.png"
    image.save(str(seal))
    services.settings.set("certificate.seal_image", str(seal))
    assert services.settings.get("certificate.seal_image") == str(seal.resolve())
    (tmp_path / "seal.jpg").write_bytes(b"\xff\xd8\xff\xe0 not png")
    with pytest.raises(ValidationFailed):
        services.settings.set("certificate.seal_image", str(tmp_path / "seal.jpg"))


def test_only_administrators_change_settings(services):
    services.ctx.set_actor(Actor("ann", Role.FRONT_DESK, "安娜"))
    assert services.settings.get("library.name") == "太原市图书馆"
    with pytest.raises(PermissionDenied):
        services.settings.set("library.name", "别的馆")


def test_a_form_stores_only_what_its_user_changed(services, db_path):
    """A setting changed meanwhile at another desk (here: on the command line) and left alone
    in the form keeps the newer value; the user's own change is stored."""
    from libdesk.cli import main

    shown = services.settings.all()  # the options dialog opens
    assert main(["settings", "set", "library.name", "太原市图书馆（迎泽馆）",
                 "--database", str(db_path)]) == 0
    form = dict(shown, **{"desk.name": "二楼服务台"})
    services.settings.set_many(form, as_shown=shown)
    assert services.settings.get("library.name") == "太原市图书馆（迎泽馆）"
    assert services.settings.get("desk.name") == "二楼服务台"


def test_a_setting_changed_here_and_meanwhile_elsewhere_is_a_conflict(services, db_path):
    from libdesk.cli import main
    from libdesk.models.errors import EditConflict

    shown = services.settings.all()
    assert main(["settings", "set", "desk.name", "一楼服务台", "--database", str(db_path)]) == 0
    with pytest.raises(EditConflict) as raised:
        services.settings.set_many(dict(shown, **{"desk.name": "二楼服务台",
                                                  "distribution.overdue_days": 30}),
                                   as_shown=shown)
    assert raised.value.record_id == "desk.name"
    assert raised.value.saved == {"desk.name": "一楼服务台"}
    assert services.settings.get("desk.name") == "一楼服务台"          # theirs kept …
    assert services.settings.get("distribution.overdue_days") == shown[  # … nothing stored
        "distribution.overdue_days"]
