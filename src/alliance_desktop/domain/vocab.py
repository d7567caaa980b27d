"""Closed vocabularies of the clinical record, each value with a plain-language label."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from alliance_desktop.domain.errors import ValidationError


class Labelled(StrEnum):
    """A string enum whose members carry a label a practitioner reads."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def parse(cls, value: object, *, field: str) -> Self:
        """Return the member for ``value`` or raise a readable ValidationError."""
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value))
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise ValidationError(
                f"'{value}' is not a valid choice for {field.replace('_', ' ')} "
                f"(choose one of: {allowed}).",
                field=field,
            ) from None


class ProposedBy(Labelled):
    PATIENT = "patient"
    PRACTITIONER = "practitioner"
    TOGETHER = "together"


class GoalStatus(Labelled):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    DROPPED = "dropped"


class EpisodeStatus(Labelled):
    OPEN = "open"
    DISCHARGED = "discharged"


class StrategySetting(Labelled):
    IN_ROOM = "in_room"
    SELF_CARE = "self_care"


class StrategyOwner(Labelled):
    PATIENT = "patient"
    PRACTITIONER = "practitioner"
    BOTH = "both"


class Adherence(Labelled):
    AS_AGREED = "as_agreed"
    MOSTLY = "mostly"
    PARTLY = "partly"
    NOT_AT_ALL = "not_at_all"

    @property
    def fraction(self) -> float:
        """Share of the agreed self-care that happened, for charts (1.0 = as agreed)."""
        return {"as_agreed": 1.0, "mostly": 2 / 3, "partly": 1 / 3, "not_at_all": 0.0}[self.value]


class VisitType(Labelled):
    FIRST = "first"
    FOLLOW_UP = "follow_up"
    REVIEW = "review"
    DISCHARGE = "discharge"


class VisitStatus(Labelled):
    DRAFT = "draft"
    SIGNED = "signed"


class ConsentDecision(Labelled):
    NOT_RECORDED = "not_recorded"
    GIVEN = "given"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Chaperone(Labelled):
    NOT_OFFERED = "not_offered"
    OFFERED_DECLINED = "offered_declined"
    PRESENT = "present"


class Interpreter(Labelled):
    NOT_NEEDED = "not_needed"
    PRESENT = "present"
    NEEDED_NOT_AVAILABLE = "needed_not_available"


class Respondent(Labelled):
    PATIENT = "patient"
    PRACTITIONER = "practitioner"


class ResponseMode(Labelled):
    IN_ROOM = "in_room"
    PAPER = "paper"


class AnnotationKind(Labelled):
    LIFE_EVENT = "life_event"
    TREATMENT_CHANGE = "treatment_change"
    OTHER = "other"


class ReflectionTemplate(Labelled):
    FREE = "free"
    ROLFE = "rolfe"
    GIBBS = "gibbs"


class CpdTheme(Labelled):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


_LABELS: dict[StrEnum, str] = {
    ProposedBy.TOGETHER: "Agreed together",
    StrategySetting.IN_ROOM: "In the treatment room",
    StrategySetting.SELF_CARE: "Self-care at home",
    Adherence.AS_AGREED: "As agreed",
    Adherence.NOT_AT_ALL: "Not at all",
    VisitType.FIRST: "First visit",
    VisitType.FOLLOW_UP: "Follow-up",
    ConsentDecision.NOT_RECORDED: "Not yet recorded",
    ConsentDecision.GIVEN: "Consent given",
    ConsentDecision.DECLINED: "Consent declined",
    ConsentDecision.WITHDRAWN: "Consent withdrawn",
    Chaperone.NOT_OFFERED: "Not offered",
    Chaperone.OFFERED_DECLINED: "Offered, declined",
    Chaperone.PRESENT: "Present",
    Interpreter.NOT_NEEDED: "Not needed",
    Interpreter.PRESENT: "Present",
    Interpreter.NEEDED_NOT_AVAILABLE: "Needed, not available",
    ResponseMode.IN_ROOM: "In the room",
    ResponseMode.PAPER: "Paper, entered later",
    ReflectionTemplate.FREE: "Free text",
    ReflectionTemplate.ROLFE: "Rolfe: What? So what? Now what?",
    ReflectionTemplate.GIBBS: "Gibbs reflective cycle",
    CpdTheme.A: "A: Communication and patient partnership",
    CpdTheme.B: "B: Knowledge, skills and performance",
    CpdTheme.C: "C: Safety and quality in practice",
    CpdTheme.D: "D: Professionalism",
}
