"""The practice itself: its name, whether it is demo data, its practitioners, CPD cycle start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import number, translate
from alliance_desktop.store.models import Practitioner, StoreMeta
from alliance_desktop.store.unit_of_work import Store

KEY_NAME = "practice_name"
KEY_DEMO = "is_demo"
KEY_CPD_START = "cpd_cycle_start"
KEY_PRACTITIONER = "current_practitioner_id"
KEY_HANDOVER_PIN = "handover_pin_hash"
PIN_DIGITS = (4, 8)


@dataclass(frozen=True, slots=True)
class PractitionerRow:
    id: int
    name: str
    registration: str


@dataclass(frozen=True, slots=True)
class PracticeInfo:
    name: str
    is_demo: bool
    practitioner: PractitionerRow | None
    cpd_cycle_start: dt.date


def read_meta(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(StoreMeta))}


def write_meta(session: Session, key: str, value: str) -> None:
    row = session.get(StoreMeta, key)
    if row is None:
        session.add(StoreMeta(key=key, value=value))
    else:
        row.value = value


def _row(p: Practitioner) -> PractitionerRow:
    return PractitionerRow(id=p.id, name=p.name, registration=p.registration)


class PracticeService:
    """Facts about the practice as a whole."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def info(self) -> PracticeInfo:
        with self._store.read() as s:
            meta = read_meta(s)
            practitioner = None
            if KEY_PRACTITIONER in meta:
                found = s.get(Practitioner, int(meta[KEY_PRACTITIONER]))
                practitioner = _row(found) if found else None
            start = meta.get(KEY_CPD_START)
            return PracticeInfo(
                name=meta.get(KEY_NAME, ""),
                is_demo=meta.get(KEY_DEMO) == "1",
                practitioner=practitioner,
                cpd_cycle_start=(
                    dt.date.fromisoformat(start) if start else dt.date(dt.date.today().year, 1, 1)
                ),
            )

    def use_current_practitioner(self) -> PractitionerRow | None:
        """Make the store's current practitioner the actor of every later write."""
        current = self.info().practitioner
        self._store.actor_id = current.id if current else None
        return current

    def set_name(self, name: str) -> None:
        with self._store.write() as s:
            write_meta(s, KEY_NAME, v.required_text(name, "practice_name"))

    def mark_demo(self) -> None:
        with self._store.write() as s:
            write_meta(s, KEY_DEMO, "1")

    def set_cpd_cycle_start(self, day: dt.date) -> None:
        with self._store.write() as s:
            write_meta(s, KEY_CPD_START, day.isoformat())

    def add_practitioner(
        self, name: str, registration: str = "", *, make_current: bool = True
    ) -> PractitionerRow:
        with self._store.write() as s:
            p = Practitioner(
                name=v.required_text(name, "practitioner_name", max_chars=200),
                registration=v.optional_text(registration, "registration", max_chars=64),
            )
            s.add(p)
            s.flush()
            if make_current:
                write_meta(s, KEY_PRACTITIONER, str(p.id))
            row = _row(p)
        if make_current:
            self._store.actor_id = row.id
        return row

    # ------------------------------------------------------------ hand-over PIN
    def has_handover_pin(self) -> bool:
        with self._store.read() as s:
            return KEY_HANDOVER_PIN in read_meta(s)

    def set_handover_pin(self, pin: str) -> None:
        """Set the PIN that ends the patient check-in (stored only as an Argon2 hash)."""
        pin = pin.strip()
        low, high = PIN_DIGITS
        if not (pin.isdigit() and low <= len(pin) <= high):
            raise ValidationError(
                translate("Practice", "The PIN must be {low} to {high} digits.").format(
                    low=number(low), high=number(high)
                ),
                field="pin",
            )
        if len(set(pin)) == 1:
            raise ValidationError(
                translate("Practice", "Choose a PIN that is not one digit repeated."), field="pin"
            )
        from argon2 import PasswordHasher  # only for the PIN: not at every start

        with self._store.write() as s:
            write_meta(s, KEY_HANDOVER_PIN, PasswordHasher().hash(pin))

    def check_handover_pin(self, pin: str) -> bool:
        """True if ``pin`` is the hand-over PIN."""
        with self._store.read() as s:
            stored = read_meta(s).get(KEY_HANDOVER_PIN)
        if stored is None:
            return False
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerifyMismatchError

        try:
            return PasswordHasher().verify(stored, pin.strip())
        except (VerifyMismatchError, InvalidHashError):
            return False

    def practitioners(self) -> list[PractitionerRow]:
        with self._store.read() as s:
            return [_row(p) for p in s.scalars(select(Practitioner).order_by(Practitioner.name))]
