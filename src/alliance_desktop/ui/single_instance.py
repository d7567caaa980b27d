"""One app per practice folder: a second launch asks the first to come forward, then quits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def channel_name(data_dir: Path) -> str:
    """A local (same-computer, not network) channel name for one practice folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"alliance-desktop-{digest}"


class SingleInstance(QObject):
    """Listens for later launches on the same practice folder.

    Signals:
        activated(): another launch asked this window to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = channel_name(data_dir)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a stale channel left by a crash
        return self.server.listen(self.name)

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.close()
            self.activated.emit()

    @staticmethod
    def ask_first_to_show(data_dir: Path, timeout_ms: int = 500) -> bool:
        """True if a running app on this folder was reached (it brings its window forward)."""
        socket = QLocalSocket()
        socket.connectToServer(channel_name(data_dir))
        ok = socket.waitForConnected(timeout_ms)
        socket.disconnectFromServer()
        return bool(ok)
