"""Where the database file lives: SQLite is not safe on network file systems (its locks do
not work reliably there), so a database on a network path gets a clear warning."""
from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "ncpfs", "afs",
                       "9p", "ceph", "glusterfs", "fuse.sshfs", "fuse.glusterfs", "davfs",
                       "fuse.davfs2", "lustre", "gpfs", "beegfs"}
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_kind(path: Path | str, *, platform: str | None = None,
                 mounts: str | None = None) -> str | None:
    """What kind of network location ``path`` is on ("UNC path", "network drive", "nfs"…),
    or None for a local disk. ``platform`` and ``mounts`` are for tests."""
    platform = platform or sys.platform
    text = str(path)
    if platform.startswith("win"):
        return _windows_kind(text)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    return _mount_kind(text, mounts)


def _windows_kind(text: str) -> str | None:
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC path"
    if text.startswith("\\\\?\\UNC\\"):
        return "UNC path"
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":" and sys.platform.startswith("win"):
        import ctypes

        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:  # type: ignore[attr-defined]
            return "network drive"
    return None


def _mount_kind(text: str, mounts: str) -> str | None:
    try:
        resolved = os.path.realpath(text)
    except OSError:
        resolved = text
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    if kind is None:
        return None
    kind = kind.lower()
    if kind in NETWORK_FILESYSTEMS or kind.startswith(("nfs", "smb", "cifs")):
        return kind
    return None
