"""Warn about folders where a live database is at risk: network and cloud-synchronised drives."""

from __future__ import annotations

from pathlib import Path

from alliance_desktop.domain.text import translate

CLOUD_NAMES = (
    "dropbox",
    "onedrive",
    "icloud",
    "google drive",
    "googledrive",
    "nextcloud",
    "owncloud",
    "box sync",
    "mobile documents",
    "pcloud",
    "mega",
)
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "afs",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
}


def _mount_type(path: Path, mounts: str) -> str | None:
    """The file-system type of the mount that holds ``path`` (from /proc/mounts text)."""
    best, fstype = "", None
    target = str(path.resolve())
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, fstype = point, parts[2]
    return fstype


def location_warning(folder: Path, *, mounts: str | None = None) -> str | None:
    """A plain warning if ``folder`` is on a network or cloud-synchronised drive, else None."""
    lowered = [part.lower() for part in folder.resolve().parts]
    for part in lowered:
        if any(part.startswith(name) for name in CLOUD_NAMES):
            return translate(
                "LocationCheck",
                "The practice is in a cloud-synchronised folder ({folder}). Syncing a database "
                "while it is open can corrupt it. Keep the practice on this computer's own disk "
                "and put a backup copy in the cloud folder instead.",
            ).format(folder=folder)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = ""
    fstype = _mount_type(folder, mounts) if mounts else None
    if fstype in NETWORK_FS:
        return translate(
            "LocationCheck",
            "The practice is on a network drive ({kind}). The database's safety features do "
            "not work over a network and records can be damaged. Keep it on this computer's "
            "own disk.",
        ).format(kind=fstype)
    return None
