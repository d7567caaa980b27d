"""Checks and counts of the whole store, for the command line and Help > About."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text

from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate
from alliance_desktop.store.engine import check_pragmas, integrity_problems
from alliance_desktop.store.migrate import (
    SchemaState,
    current_revision,
    head_revision,
    schema_state,
)
from alliance_desktop.store.models import (
    Alert,
    Amendment,
    AuditEntry,
    ChartAnnotation,
    Episode,
    Goal,
    GoalProgress,
    GoalRevision,
    Patient,
    Practitioner,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

COUNTED = {
    "practitioners": Practitioner,
    "patients": Patient,
    "episodes": Episode,
    "goals": Goal,
    "goal_revisions": GoalRevision,
    "strategies": Strategy,
    "strategy_reviews": StrategyReview,
    "visits": Visit,
    "amendments": Amendment,
    "questionnaire_responses": QuestionnaireResponse,
    "questionnaire_answers": QuestionnaireAnswer,
    "goal_progress": GoalProgress,
    "chart_annotations": ChartAnnotation,
    "reflections": Reflection,
    "alerts": Alert,
    "audit_entries": AuditEntry,
}


#: The problem when the schema is not the one this app expects, one whole sentence per state.
SCHEMA_PROBLEMS = {
    SchemaState.EMPTY: QT_TRANSLATE_NOOP(
        "Maintenance", "The schema is empty (at {current}, this app expects {head})."
    ),
    SchemaState.BEHIND: QT_TRANSLATE_NOOP(
        "Maintenance", "The schema is behind (at {current}, this app expects {head})."
    ),
    SchemaState.AHEAD: QT_TRANSLATE_NOOP(
        "Maintenance", "The schema is ahead (at {current}, this app expects {head})."
    ),
    SchemaState.FOREIGN: QT_TRANSLATE_NOOP(
        "Maintenance", "The schema is foreign (at {current}, this app expects {head})."
    ),
}


def engine_is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    schema: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


class MaintenanceService:
    """Integrity checks and statistics."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def stats(self) -> dict[str, int]:
        """Number of records of each kind."""
        with self._store.read() as s:
            return {
                name: int(s.scalar(select(func.count()).select_from(model)) or 0)
                for name, model in COUNTED.items()
            }

    def _audit_problems(self) -> list[str]:
        """The audit trail is append-only (its guards are in place) and in time order."""
        problems = []
        with self._store.read() as s:
            if engine_is_sqlite(self._store.engine):
                guards = set(
                    s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                )
                for name in ("audit_no_update", "audit_no_delete", "visit_signed_no_update"):
                    if name not in guards:
                        problems.append(
                            translate(
                                "Maintenance", "The database guard {name} is missing."
                            ).format(name=name)
                        )
            out_of_order = s.scalar(
                text(
                    "SELECT count(*) FROM audit_entry a JOIN audit_entry b ON b.id = a.id + 1 "
                    "WHERE b.at < a.at"
                )
            )
            if out_of_order:
                problems.append(
                    translate("Maintenance", "{count} audit entries are out of time order.").format(
                        count=number(out_of_order)
                    )
                )
        return problems

    def check(self) -> CheckReport:
        """Integrity, schema version and connection settings, in one report."""
        engine = self._store.engine
        problems = list(integrity_problems(engine))
        state = schema_state(engine)
        if state is not SchemaState.CURRENT:
            current, head = current_revision(engine), head_revision()
            sentence = SCHEMA_PROBLEMS.get(state)
            if sentence is not None:
                problems.append(
                    translate("Maintenance", sentence).format(current=current, head=head)
                )
            else:
                problems.append(
                    translate(
                        "Maintenance",
                        "The schema is {state} (at {current}, this app expects {head}).",
                    ).format(state=state.value, current=current, head=head)
                )
        problems += check_pragmas(engine)
        problems += self._audit_problems()
        counts = self.stats() if not problems else {}
        return CheckReport(problems=problems, counts=counts, schema=current_revision(engine) or "")
