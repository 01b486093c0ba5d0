"""The managed lists of the volunteers tab: schools and organisations, teams (with their
leader) and activity categories (form: forms/volunteers/names_dialog.ui)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from libdesk.models.errors import DomainError, EditConflict, record_gone
from libdesk.models.volunteers.tables import ActivityKind
from libdesk.services.base import ListQuery
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.deleting import Shown, delete_confirmed
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.volunteers.columns import activity_kind

ORGS, TEAMS, CATEGORIES = "orgs", "teams", "categories"


class NamesDialog(Dialog):
    def __init__(self, services, which: str, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.which = which
        self.changed = False
        self.ui = load_form("volunteers/names_dialog.ui", self)
        self.setWindowTitle({ORGS: self.tr("Schools and organisations"),
                             TEAMS: self.tr("Volunteer teams"),
                             CATEGORIES: self.tr("Activity categories")}[which])
        ui = self.ui
        ui.addButton.clicked.connect(self._add)
        ui.renameButton.clicked.connect(self._rename)
        ui.deleteButton.clicked.connect(self._delete)
        ui.closeButton.clicked.connect(self.accept)
        ui.extraButton.setVisible(which == TEAMS)
        ui.extraButton.setText(self.tr("Set &leader…"))
        ui.extraButton.clicked.connect(self._set_leader)
        ui.deleteButton.setVisible(which != TEAMS)
        self._load()

    def _rows(self) -> list[tuple[int, str, str]]:
        if self.which == ORGS:
            return [(i, n, n) for i, n in self.services.volunteers.orgs()]
        if self.which == TEAMS:
            return [(t.id, t.name, self.tr("{name} — leader: {leader}, {count} member(s)")
                     .format(name=t.name, leader=t.leader or "—", count=t.members))
                    for t in self.services.volunteers.teams()]
        return [(i, n, f"{n}（{activity_kind(k)}）")
                for i, n, k in self.services.activities.categories()]

    def _versions(self) -> dict[int, int]:
        if self.which == CATEGORIES:
            return self.services.activities.category_versions()
        return self.services.volunteers.list_versions(self.which)

    def _load(self, select_id: int | None = None) -> None:
        listing = self.ui.nameList
        listing.clear()
        versions = self._versions()  # as shown: the versions first, then the names
        for row_id, name, label in self._rows():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (row_id, name, versions.get(row_id)))
            listing.addItem(item)
            if row_id == select_id:
                listing.setCurrentItem(item)

    def _current(self):
        item = self.ui.nameList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, action, resave=None, row_id: int | None = None) -> None:
        """A change over one made meanwhile at another desk opens the conflict dialog
        (``resave(values, version)`` saves the name kept); the list then shows what is
        stored."""
        # Schools, teams and categories show in the volunteers' and activities' rows.
        outcome = run_write(self, action, Change.of("volunteer_lists", "volunteers",
                                                    "activities"), resave=resave,
                            conflict_view=ConflictView({"name": self.tr("Name")})
                            if resave else None)
        if outcome.ok:
            self.changed = True
            self._load(outcome.value if isinstance(outcome.value, int) else None)
        elif isinstance(outcome.error, EditConflict):
            self._load(row_id)

    def _kind(self, current: str = ActivityKind.DAILY.value) -> str | None:
        kinds = [k.value for k in ActivityKind]
        labels = [activity_kind(k) for k in kinds]
        label, ok = QInputDialog.getItem(self, self.tr("Kind"), self.tr("Kind:"), labels,
                                         kinds.index(current), False)
        return kinds[labels.index(label)] if ok else None

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        if self.which == ORGS:
            self._run(lambda: self.services.volunteers.add_org(name))
        elif self.which == TEAMS:
            self._run(lambda: self.services.volunteers.save_team(name))
        else:
            kind = self._kind()
            if kind:
                self._run(lambda: self.services.activities.save_category(name, kind))

    def _rename(self) -> None:
        current = self._current()
        if current is None:
            return
        row_id, old, version = current
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name:"), text=old)
        if not ok or not name.strip():
            return
        volunteers = self.services.volunteers
        if self.which == ORGS:
            def save(text, expected):
                return volunteers.rename_org(row_id, text, expected_version=expected) or row_id
        elif self.which == TEAMS:
            leader = next(t.leader_id for t in volunteers.teams() if t.id == row_id)

            def save(text, expected):
                return volunteers.save_team(text, leader, row_id, expected_version=expected)
        else:
            kind = next(k for i, _n, k in self.services.activities.categories() if i == row_id)

            def save(text, expected):
                return self.services.activities.save_category(text, kind, row_id,
                                                              expected_version=expected)
        self._run(lambda: save(name, version), row_id=row_id,
                  resave=lambda values, newer: save(values["name"], newer))

    def _delete(self) -> None:
        """Delete the selected school or category as stored now (ui/common/deleting.py):
        one renamed meanwhile at another desk is kept; the list then shows what is stored."""
        current = self._current()
        if current is None:
            return
        if self.which == ORGS:
            delete = self.services.volunteers.delete_org
        else:
            delete = self.services.activities.delete_category
        if delete_confirmed(
                self, self.tr("Delete"), lambda: self._as_stored(current[0]),
                lambda shown: self.tr("Delete “{name}” from the list?").format(
                    name=shown.name),
                lambda shown: delete(shown.record_id, expected_version=shown.version),
                Change.of("volunteer_lists", "volunteers", "activities")):
            self.changed = True
        self._load()

    def _as_stored(self, row_id: int) -> Shown:
        version = self._versions().get(row_id)  # first: then the name
        row = next((r for r in self._rows() if r[0] == row_id), None)
        if version is None or row is None:
            raise record_gone()
        fields = [(self.tr("Name"), row[1])]
        if self.which == CATEGORIES:
            kind = next(k for i, _n, k in self.services.activities.categories() if i == row_id)
            fields.append((self.tr("Kind"), activity_kind(kind)))
        return Shown(row_id, version, row[1], fields)

    def _set_leader(self) -> None:
        current = self._current()
        if current is None:
            return
        team_id, name, version = current
        members = self.services.volunteers.page(ListQuery(filters={"team_id": team_id},
                                                          sort="name"), 0, 2000)
        if not members:
            show_error(self, DomainError(self.tr("The team has no members yet; put volunteers "
                                                 "in the team first.")))
            return
        labels = [f"{m.name}  {m.platform_no}".strip() for m in members]
        label, ok = QInputDialog.getItem(self, self.tr("Team leader"), self.tr("Leader:"),
                                         labels, 0, False)
        if ok:
            leader = members[labels.index(label)].id
            save = self.services.volunteers.save_team
            self._run(lambda: save(name, leader, team_id, expected_version=version),
                      row_id=team_id, resave=lambda values, newer: save(
                          values["name"], leader, team_id, expected_version=newer))
