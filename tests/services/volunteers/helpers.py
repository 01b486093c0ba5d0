"""Small builders shared by the volunteer tests."""
from __future__ import annotations

from libdesk.models.roles import Role
from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from libdesk.services.base import Actor

RECORDER = Actor("coord1", Role.COORDINATOR, "王协调")
APPROVER = Actor("coord2", Role.COORDINATOR, "李审核")


def add_volunteers(services, count: int, *, org: str = "山西大学", team: str = "山大服务队",
                   prefix: str = "志愿者") -> list[int]:
    return [services.volunteers.save(VolunteerInput(
        name=f"{prefix}{i:04d}", org=org, team=team, phone="13812345678",
        id_number="14010519990101123X", platform_no=f"{prefix[:1]}TY{i:05d}"))
        for i in range(count)]


def add_activity(services, name: str = "太图阅读推广活动志愿服务", kind: str = "theme",
                 category: str = "阅读推广") -> int:
    return services.activities.save(ActivityInput(name=name, kind=kind, category=category))


def as_actor(services, actor: Actor):
    services.ctx.set_actor(actor)
    return services
