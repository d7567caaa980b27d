"""Questionnaire definitions: the shipped ones, those a practitioner imports, and their checks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from alliance_desktop.domain.errors import NotFoundError, ValidationError
from alliance_desktop.domain.instruments import DefinitionError, Instrument, instrument_from_dict
from alliance_desktop.domain.text import translate
from alliance_desktop.store.base import utcnow
from alliance_desktop.store.models import InstrumentDefinition
from alliance_desktop.store.unit_of_work import Store

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

_PACKAGE = "alliance_desktop.assets.instruments"
MAX_DEFINITION_BYTES = 1_000_000

_REQUIRED = re.compile(r"(?s)(.*) is a required property")
_UNEXPECTED = re.compile(
    r"(?s)Additional properties are not allowed \((.*) (was|were) unexpected\)"
)


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # about 0.1 s: only when a file is imported

    schema = json.loads((files(_PACKAGE) / "schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_text() -> str:
    """The JSON schema every definition must satisfy (for documentation and tooling)."""
    return (files(_PACKAGE) / "schema.json").read_text(encoding="utf-8")


def _path(error: SchemaError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_definition(text: str) -> Instrument:
    """Check a definition's JSON text against the schema, then its meaning.

    Raises:
        DefinitionError: with the field path (``items[2].scale.max``) and the problem.
    """
    if len(text.encode("utf-8")) > MAX_DEFINITION_BYTES:
        raise DefinitionError("", _too_large())
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            translate("InstrumentRegistry", "line {line}").format(line=exc.lineno),
            translate(
                "InstrumentRegistry", "this is not valid JSON ({problem}, column {column})"
            ).format(problem=exc.msg, column=exc.colno),
        ) from None
    if not isinstance(data, dict):
        raise DefinitionError(
            "", translate("InstrumentRegistry", "a definition must be a JSON object")
        )
    errors = sorted(_validator().iter_errors(data), key=lambda e: (len(e.absolute_path), e.path))
    if errors:
        first = errors[0]
        raise DefinitionError(_path(first), _schema_problem(first))
    return instrument_from_dict(data)


def _too_large() -> str:
    return translate("InstrumentRegistry", "the file is too large to be a questionnaire definition")


def _schema_problem(error: SchemaError) -> str:
    """The schema's complaint in plain words (its other messages are the library's own)."""
    message = str(error.message)
    if error.validator == "required":
        found = _REQUIRED.fullmatch(message)
        if found:
            return translate("InstrumentRegistry", "{name} is missing").format(name=found.group(1))
        return message.replace("is a required property", "is missing")
    if error.validator == "additionalProperties":
        found = _UNEXPECTED.fullmatch(message)
        if found and found.group(2) == "was":
            return translate("InstrumentRegistry", "Unknown field ({names} was unexpected)").format(
                names=found.group(1)
            )
        if found:
            return translate(
                "InstrumentRegistry", "Unknown field ({names} were unexpected)"
            ).format(names=found.group(1))
        return message.replace("Additional properties are not allowed", "Unknown field")
    return message


@cache
def shipped() -> tuple[Instrument, ...]:
    """The definitions that ship with the app, in the project's own words.

    Their meaning is checked as they load; the JSON schema check is left to the tests
    (tests/test_instruments.py), since these files cannot change once the app is built.
    """
    return tuple(instrument_from_dict(json.loads(text)) for text in shipped_texts().values())


def shipped_texts() -> dict[str, str]:
    """The JSON text of each shipped definition, by file name."""
    folder = files(_PACKAGE)
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json") and entry.name != "schema.json"
    }


@dataclass(frozen=True, slots=True)
class InstrumentRow:
    id: str
    version: int
    title: str
    respondent: str
    languages: tuple[str, ...]
    shipped: bool
    licence_note: str
    needs_licence_confirmation: bool


def instrument_row(
    instrument: Instrument,
    *,
    is_shipped: bool = True,
    confirmed: bool = True,
    language: str = "en",
) -> InstrumentRow:
    return InstrumentRow(
        id=instrument.id,
        version=instrument.version,
        title=instrument.title.get(language) or next(iter(instrument.title.values())),
        respondent=instrument.respondent,
        languages=instrument.languages,
        shipped=is_shipped,
        licence_note=instrument.licence_note,
        needs_licence_confirmation=instrument.licence_requires_confirmation and not confirmed,
    )


class InstrumentRegistry:
    """Every definition the store can score: shipped plus imported, looked up by id and version.

    Old responses keep the version they were answered with; importing a new version never
    changes an old score.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._imported: dict[tuple[str, int], tuple[Instrument, bool]] | None = None

    def _load_imported(self) -> dict[tuple[str, int], tuple[Instrument, bool]]:
        if self._imported is None:
            loaded = {}
            with self._store.read() as s:
                for row in s.scalars(select(InstrumentDefinition)):
                    instrument = instrument_from_dict(json.loads(row.definition))
                    loaded[instrument.key] = (instrument, row.licence_confirmed_at is not None)
            self._imported = loaded
        return self._imported

    def get(self, instrument_id: str, version: int) -> Instrument:
        for instrument in shipped():
            if instrument.key == (instrument_id, version):
                return instrument
        found = self._load_imported().get((instrument_id, version))
        if found is None:
            raise NotFoundError(_unknown_version(instrument_id, version), field="instrument_id")
        return found[0]

    def latest(self, instrument_id: str) -> Instrument:
        candidates = [i for i in self.all() if i.id == instrument_id]
        if not candidates:
            raise NotFoundError(
                translate("InstrumentRegistry", "Unknown questionnaire '{id}'.").format(
                    id=instrument_id
                )
            )
        return max(candidates, key=lambda i: i.version)

    def all(self) -> list[Instrument]:
        return [*shipped(), *(i for i, _ in self._load_imported().values())]

    def rows(self, language: str = "en") -> list[InstrumentRow]:
        imported = self._load_imported()
        rows = []
        for instrument in self.all():
            is_shipped = instrument.key not in imported
            confirmed = is_shipped or imported[instrument.key][1]
            rows.append(
                instrument_row(
                    instrument, is_shipped=is_shipped, confirmed=confirmed, language=language
                )
            )
        return rows

    def needs_licence_confirmation(self, instrument_id: str, version: int) -> bool:
        found = self._load_imported().get((instrument_id, version))
        return bool(found and found[0].licence_requires_confirmation and not found[1])

    def confirm_licence(self, instrument_id: str, version: int) -> None:
        """Record that the practitioner holds the licence this questionnaire asks for."""
        with self._store.write() as s:
            row = s.scalar(
                select(InstrumentDefinition).where(
                    InstrumentDefinition.instrument_id == instrument_id,
                    InstrumentDefinition.version == version,
                )
            )
            if row is None:
                raise NotFoundError(_unknown_version(instrument_id, version))
            row.licence_confirmed_at = utcnow()
        self._imported = None

    def import_definition(self, text: str, *, licence_confirmed: bool = False) -> Instrument:
        """Store a practitioner's definition file; a bad file stores nothing.

        Raises:
            DefinitionError: the file is not a valid definition (names the field).
            ValidationError: the id and version exist already, or the licence is unconfirmed.
        """
        instrument = parse_definition(text)
        if any(i.key == instrument.key for i in shipped()):
            raise ValidationError(
                translate(
                    "InstrumentRegistry",
                    "'{id}' version {version} ships with the app; "
                    "give your definition another id or version.",
                ).format(id=instrument.id, version=instrument.version)
            )
        if instrument.licence_requires_confirmation and not licence_confirmed:
            raise ValidationError(
                translate(
                    "InstrumentRegistry",
                    "This questionnaire needs a licence. Confirm that you hold one to import it.",
                )
            )
        with self._store.write() as s:
            exists = s.scalar(
                select(InstrumentDefinition.id).where(
                    InstrumentDefinition.instrument_id == instrument.id,
                    InstrumentDefinition.version == instrument.version,
                )
            )
            if exists is not None:
                raise ValidationError(
                    translate(
                        "InstrumentRegistry",
                        "'{id}' version {version} is already imported. "
                        "A changed definition needs a new version number, so old scores stay as "
                        "they were.",
                    ).format(id=instrument.id, version=instrument.version)
                )
            s.add(
                InstrumentDefinition(
                    instrument_id=instrument.id,
                    version=instrument.version,
                    definition=text,
                    licence_confirmed_at=utcnow() if licence_confirmed else None,
                )
            )
        self._imported = None
        return instrument


def _unknown_version(instrument_id: str, version: int) -> str:
    return translate(
        "InstrumentRegistry", "Unknown questionnaire '{id}' version {version}."
    ).format(id=instrument_id, version=version)


def read_definition_file(path: Path) -> str:
    """Read a definition file as text, with a readable error for unreadable files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("InstrumentRegistry", "The file {path} cannot be read: {problem}.").format(
                path=path, problem=exc.strerror
            )
        ) from None
    if len(raw) > MAX_DEFINITION_BYTES:
        raise DefinitionError("", _too_large())
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DefinitionError(
            "", translate("InstrumentRegistry", "the file is not UTF-8 text")
        ) from None


def as_data(instrument: Instrument) -> dict[str, Any]:
    """A summary for the command line's ``instruments list``."""
    return {
        "id": instrument.id,
        "version": instrument.version,
        "respondent": instrument.respondent,
        "languages": list(instrument.languages),
        "items": len(instrument.items),
    }
