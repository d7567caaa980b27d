"""The practice's encryption key: random, and kept only wrapped by the passphrase and by a
recovery key shown once at set-up.

The data key (32 random bytes) encrypts the database (SQLCipher, raw key: no slow key
derivation on every connection). It is stored in ``practice.keys`` twice, each time sealed with
AES-GCM: once under a key derived from the passphrase with Argon2id (about half a second here),
once under a key derived from the recovery key. Changing the passphrase re-seals the data key,
in well under a second whatever the size of the practice.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliance_desktop.domain.text import translate
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.location import keyring_path

ARGON_TIME = 2
ARGON_MEMORY_KIB = 256 * 1024
ARGON_LANES = 2
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to copy by hand
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 5


class WrongPassphraseError(StoreError):
    """The passphrase (or recovery key) does not open this practice."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@dataclass(frozen=True, slots=True)
class KdfParams:
    salt: bytes
    time_cost: int = ARGON_TIME
    memory_kib: int = ARGON_MEMORY_KIB
    lanes: int = ARGON_LANES

    def derive(self, secret: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw  # only to unlock: not at every start

        return hash_secret_raw(
            secret.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.lanes,
            hash_len=32,
            type=Type.ID,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(
            _unb64(data["salt"]),
            int(data["time_cost"]),
            int(data["memory_kib"]),
            int(data["lanes"]),
        )


def _seal(wrapping_key: bytes, data_key: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return {
        "nonce": _b64(nonce),
        "sealed": _b64(AESGCM(wrapping_key).encrypt(nonce, data_key, b"alliance-data-key")),
    }


def _open_seal(wrapping_key: bytes, sealed: dict[str, str]) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(
            _unb64(sealed["nonce"]), _unb64(sealed["sealed"]), b"alliance-data-key"
        )
    except InvalidTag:
        raise WrongPassphraseError(
            translate("StoreKeys", "That passphrase does not open this practice.")
        ) from None


def normalise_recovery(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


def new_recovery_key() -> str:
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = [
        "".join(chars[i : i + RECOVERY_GROUP_LEN]) for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


@dataclass(frozen=True, slots=True)
class Keyring:
    """The sealed copies of the data key (safe to store beside the database)."""

    passphrase_kdf: KdfParams
    by_passphrase: dict[str, str]
    recovery_kdf: KdfParams
    by_recovery: dict[str, str]

    @classmethod
    def create(cls, passphrase: str) -> tuple[Keyring, bytes, str]:
        """A new random data key, sealed twice. Returns (keyring, data key, recovery key)."""
        data_key = secrets.token_bytes(32)
        recovery = new_recovery_key()
        pk = KdfParams(secrets.token_bytes(16))
        rk = KdfParams(secrets.token_bytes(16), time_cost=1, memory_kib=64 * 1024)
        ring = cls(
            pk,
            _seal(pk.derive(passphrase), data_key),
            rk,
            _seal(rk.derive(normalise_recovery(recovery)), data_key),
        )
        return ring, data_key, recovery

    def unlock(self, passphrase: str) -> bytes:
        return _open_seal(self.passphrase_kdf.derive(passphrase), self.by_passphrase)

    def unlock_with_recovery(self, recovery: str) -> bytes:
        try:
            return _open_seal(
                self.recovery_kdf.derive(normalise_recovery(recovery)), self.by_recovery
            )
        except WrongPassphraseError:
            raise WrongPassphraseError(
                translate("StoreKeys", "That recovery key does not open this practice.")
            ) from None

    def with_new_passphrase(self, data_key: bytes, passphrase: str) -> Keyring:
        pk = KdfParams(
            secrets.token_bytes(16),
            self.passphrase_kdf.time_cost,
            self.passphrase_kdf.memory_kib,
            self.passphrase_kdf.lanes,
        )
        return Keyring(
            pk, _seal(pk.derive(passphrase), data_key), self.recovery_kdf, self.by_recovery
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": "alliance-keyring/1",
                "passphrase": {"kdf": self.passphrase_kdf.as_dict(), **self.by_passphrase},
                "recovery": {"kdf": self.recovery_kdf.as_dict(), **self.by_recovery},
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> Keyring:
        try:
            data = json.loads(text)
            p, r = data["passphrase"], data["recovery"]
            return cls(
                KdfParams.from_dict(p["kdf"]),
                {"nonce": p["nonce"], "sealed": p["sealed"]},
                KdfParams.from_dict(r["kdf"]),
                {"nonce": r["nonce"], "sealed": r["sealed"]},
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                translate("StoreKeys", "The practice's key file is damaged ({problem}).").format(
                    problem=exc
                )
            ) from None


def read_keyring(folder: Path) -> Keyring | None:
    path = keyring_path(folder)
    if not path.exists():
        return None
    return Keyring.from_json(path.read_text(encoding="utf-8"))


def write_keyring(folder: Path, ring: Keyring) -> None:
    """Write the key file atomically: a crash leaves the old one or the new one, never half."""
    path = keyring_path(folder)
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(ring.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
