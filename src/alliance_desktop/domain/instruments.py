"""The built-in questionnaires' structure (item ids and scales) used to check stored answers.

Only the shape lives here; the wording shown to patients is the project's own and belongs to the
instrument definitions.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.validation import answer_value

CHECKIN_ID = "alliance-checkin"
PRACTITIONER_ID = "alliance-practitioner"
PAIN_ID = "pain-nrs"
FUNCTION_ID = "function-psfs"


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """One item: its id and the range of a valid answer."""

    id: str
    minimum: float = 0
    maximum: float = 10


@dataclass(frozen=True, slots=True)
class InstrumentSpec:
    """An instrument's identity and the items whose answers it accepts."""

    id: str
    version: int
    items: tuple[ItemSpec, ...]
    free_item_ids: bool = False  # patient-specific scales name their own activities

    def check_answers(self, answers: dict[str, float | None]) -> dict[str, float | None]:
        """Return the answers if each names a known item and lies within its scale."""
        known = {item.id: item for item in self.items}
        checked: dict[str, float | None] = {}
        for item_id, value in answers.items():
            spec = known.get(item_id)
            if spec is None and not self.free_item_ids:
                raise ValidationError(
                    f"The questionnaire '{self.id}' has no item '{item_id}'.", field=item_id
                )
            spec = spec or ItemSpec(item_id)
            checked[item_id] = answer_value(
                value, item_id, minimum=spec.minimum, maximum=spec.maximum
            )
        return checked


ALLIANCE_ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")
PRACTITIONER_ITEMS = ("goal", "task", "bond", "trust")

_BUILTIN: dict[tuple[str, int], InstrumentSpec] = {
    (CHECKIN_ID, 1): InstrumentSpec(CHECKIN_ID, 1, tuple(ItemSpec(i) for i in ALLIANCE_ITEMS)),
    (PRACTITIONER_ID, 1): InstrumentSpec(
        PRACTITIONER_ID, 1, tuple(ItemSpec(i) for i in PRACTITIONER_ITEMS)
    ),
    (PAIN_ID, 1): InstrumentSpec(PAIN_ID, 1, (ItemSpec("pain"),)),
    (FUNCTION_ID, 1): InstrumentSpec(FUNCTION_ID, 1, (), free_item_ids=True),
}


def builtin_instrument(instrument_id: str, version: int) -> InstrumentSpec:
    """Return a built-in instrument's structure or raise a readable error."""
    try:
        return _BUILTIN[(instrument_id, version)]
    except KeyError:
        raise ValidationError(
            f"Unknown questionnaire '{instrument_id}' version {version}.", field="instrument_id"
        ) from None
