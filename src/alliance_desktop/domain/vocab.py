"""Closed vocabularies of the clinical record, each value with a plain-language label."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, translate
from alliance_desktop.domain.validation import field_label


class Labelled(StrEnum):
    """A string enum whose members carry a label a practitioner reads."""

    @property
    def label(self) -> str:
        """The member's label in the language in use."""
        return translate("Vocabulary", _LABELS.get(self, self.value.replace("_", " ").capitalize()))

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
                translate(
                    "Vocabulary",
                    "'{value}' is not a valid choice for {field} (choose one of: {allowed}).",
                ).format(value=value, field=field_label(field), allowed=allowed),
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


#: every member's label, in English; marked for lupdate, translated when read (``label``)
_LABELS: dict[StrEnum, str] = {
    ProposedBy.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "Patient"),
    ProposedBy.PRACTITIONER: QT_TRANSLATE_NOOP("Vocabulary", "Practitioner"),
    ProposedBy.TOGETHER: QT_TRANSLATE_NOOP("Vocabulary", "Agreed together"),
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
    GoalStatus.REVISED: QT_TRANSLATE_NOOP("Vocabulary", "Revised"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    EpisodeStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    EpisodeStatus.DISCHARGED: QT_TRANSLATE_NOOP("Vocabulary", "Discharged"),
    StrategySetting.IN_ROOM: QT_TRANSLATE_NOOP("Vocabulary", "In the room"),
    StrategySetting.SELF_CARE: QT_TRANSLATE_NOOP("Vocabulary", "Self-care at home"),
    StrategyOwner.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "Patient"),
    StrategyOwner.PRACTITIONER: QT_TRANSLATE_NOOP("Vocabulary", "Practitioner"),
    StrategyOwner.BOTH: QT_TRANSLATE_NOOP("Vocabulary", "Both"),
    Adherence.AS_AGREED: QT_TRANSLATE_NOOP("Vocabulary", "As agreed"),
    Adherence.MOSTLY: QT_TRANSLATE_NOOP("Vocabulary", "Mostly"),
    Adherence.PARTLY: QT_TRANSLATE_NOOP("Vocabulary", "Partly"),
    Adherence.NOT_AT_ALL: QT_TRANSLATE_NOOP("Vocabulary", "Not at all"),
    VisitType.FIRST: QT_TRANSLATE_NOOP("Vocabulary", "First visit"),
    VisitType.FOLLOW_UP: QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    VisitType.REVIEW: QT_TRANSLATE_NOOP("Vocabulary", "Review"),
    VisitType.DISCHARGE: QT_TRANSLATE_NOOP("Vocabulary", "Discharge"),
    VisitStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    VisitStatus.SIGNED: QT_TRANSLATE_NOOP("Vocabulary", "Signed"),
    ConsentDecision.NOT_RECORDED: QT_TRANSLATE_NOOP("Vocabulary", "Not yet recorded"),
    ConsentDecision.GIVEN: QT_TRANSLATE_NOOP("Vocabulary", "Consent given"),
    ConsentDecision.DECLINED: QT_TRANSLATE_NOOP("Vocabulary", "Consent declined"),
    ConsentDecision.WITHDRAWN: QT_TRANSLATE_NOOP("Vocabulary", "Consent withdrawn"),
    Chaperone.NOT_OFFERED: QT_TRANSLATE_NOOP("Vocabulary", "Not offered"),
    Chaperone.OFFERED_DECLINED: QT_TRANSLATE_NOOP("Vocabulary", "Offered, declined"),
    Chaperone.PRESENT: QT_TRANSLATE_NOOP("Vocabulary", "Present"),
    Interpreter.NOT_NEEDED: QT_TRANSLATE_NOOP("Vocabulary", "Not needed"),
    Interpreter.PRESENT: QT_TRANSLATE_NOOP("Vocabulary", "Present"),
    Interpreter.NEEDED_NOT_AVAILABLE: QT_TRANSLATE_NOOP("Vocabulary", "Needed, not available"),
    Respondent.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "Patient"),
    Respondent.PRACTITIONER: QT_TRANSLATE_NOOP("Vocabulary", "Practitioner"),
    ResponseMode.IN_ROOM: QT_TRANSLATE_NOOP("Vocabulary", "In the room"),
    ResponseMode.PAPER: QT_TRANSLATE_NOOP("Vocabulary", "Paper, entered later"),
    AnnotationKind.LIFE_EVENT: QT_TRANSLATE_NOOP("Vocabulary", "Life event"),
    AnnotationKind.TREATMENT_CHANGE: QT_TRANSLATE_NOOP("Vocabulary", "Treatment change"),
    AnnotationKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    ReflectionTemplate.FREE: QT_TRANSLATE_NOOP("Vocabulary", "Free text"),
    ReflectionTemplate.ROLFE: QT_TRANSLATE_NOOP("Vocabulary", "Rolfe: What? So what? Now what?"),
    ReflectionTemplate.GIBBS: QT_TRANSLATE_NOOP("Vocabulary", "Gibbs reflective cycle"),
    CpdTheme.A: QT_TRANSLATE_NOOP("Vocabulary", "A: Communication and patient partnership"),
    CpdTheme.B: QT_TRANSLATE_NOOP("Vocabulary", "B: Knowledge, skills and performance"),
    CpdTheme.C: QT_TRANSLATE_NOOP("Vocabulary", "C: Safety and quality in practice"),
    CpdTheme.D: QT_TRANSLATE_NOOP("Vocabulary", "D: Professionalism"),
}
