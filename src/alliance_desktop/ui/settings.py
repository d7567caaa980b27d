"""One typed facade over QSettings; every default is declared here once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from alliance_desktop.domain.backups import KeepPolicy
from alliance_desktop.ui.appearance import TEXT_SIZES, Appearance, Scheme


class Settings:
    """Window state and preferences remembered between sessions."""

    AUTOSAVE_MS = 1500  # drafts save within 2 seconds of the last keystroke

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()
        #: backup choices belong to one practice folder, never shared with another (or the demo)
        self.scope = "default"

    @staticmethod
    def scope_for(data_dir: Path) -> str:
        return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", value)

    @property
    def last_pane(self) -> int:
        try:
            return int(str(self._q.value("window/last_pane", 0)))
        except (TypeError, ValueError):
            return 0

    @last_pane.setter
    def last_pane(self, value: int) -> None:
        self._q.setValue("window/last_pane", int(value))

    @property
    def last_patient(self) -> int:
        """The patient on screen when this practice was last closed (0 = none)."""
        try:
            return max(0, int(str(self._q.value(f"practice/{self.scope}/last_patient", 0))))
        except (TypeError, ValueError):
            return 0

    @last_patient.setter
    def last_patient(self, value: int) -> None:
        self._q.setValue(f"practice/{self.scope}/last_patient", int(value))

    @property
    def lock_minutes(self) -> int:
        """Lock after this many idle minutes (0 = never)."""
        try:
            return max(0, int(str(self._q.value("security/lock_minutes", 5))))
        except (TypeError, ValueError):
            return 5

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._q.setValue("security/lock_minutes", int(value))

    @property
    def backup_folder(self) -> str:
        """Where backups go instead of backups/ in the data folder; '' = the default."""
        return str(self._q.value(f"backups/{self.scope}/folder", "") or "")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._q.setValue(f"backups/{self.scope}/folder", value)

    def keep_policy(self) -> KeepPolicy:
        """How many recent, daily, weekly and monthly backups to keep."""
        default = KeepPolicy()
        values = []
        for name in ("recent", "daily", "weekly", "monthly"):
            try:
                values.append(
                    max(
                        1,
                        int(
                            str(
                                self._q.value(
                                    f"backups/{self.scope}/keep_{name}", getattr(default, name)
                                )
                            )
                        ),
                    )
                )
            except (TypeError, ValueError):
                values.append(getattr(default, name))
        return KeepPolicy(*values)

    def set_keep_policy(self, policy: KeepPolicy) -> None:
        for name in ("recent", "daily", "weekly", "monthly"):
            self._q.setValue(f"backups/{self.scope}/keep_{name}", getattr(policy, name))

    @property
    def second_backup_folder(self) -> str:
        """A second place for every backup (a USB drive, say); '' = none."""
        return str(self._q.value(f"backups/{self.scope}/second_folder", "") or "")

    @second_backup_folder.setter
    def second_backup_folder(self, value: str) -> None:
        self._q.setValue(f"backups/{self.scope}/second_folder", value)

    @property
    def patient_sort(self) -> str:
        return str(self._q.value("patients/sort", "last_visit"))

    @patient_sort.setter
    def patient_sort(self, value: str) -> None:
        self._q.setValue("patients/sort", value)

    # ------------------------------------------------------------ appearance and language
    def appearance(self) -> Appearance:
        """Text size, colour scheme and high contrast (one set for the whole app)."""
        try:
            size = int(str(self._q.value("appearance/text_size", 100)))
        except (TypeError, ValueError):
            size = 100
        if size not in TEXT_SIZES:
            size = 100
        try:
            scheme = Scheme(str(self._q.value("appearance/scheme", Scheme.SYSTEM.value)))
        except ValueError:
            scheme = Scheme.SYSTEM
        contrast = str(self._q.value("appearance/high_contrast", "false")).lower() == "true"
        return Appearance(text_size=size, scheme=scheme, high_contrast=contrast)

    def set_appearance(self, value: Appearance) -> None:
        self._q.setValue("appearance/text_size", int(value.text_size))
        self._q.setValue("appearance/scheme", value.scheme.value)
        self._q.setValue("appearance/high_contrast", "true" if value.high_contrast else "false")

    @property
    def language(self) -> str:
        """The interface language ('' = the system's)."""
        return str(self._q.value("appearance/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("appearance/language", value)

    def sync(self) -> None:
        self._q.sync()
