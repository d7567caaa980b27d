"""Goals (agreed in the patient's words), their strategies, progress and adherence."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, translate
from alliance_desktop.domain.vocab import (
    Adherence,
    EpisodeStatus,
    GoalStatus,
    ProposedBy,
    StrategyOwner,
    StrategySetting,
    VisitStatus,
)
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.store.models import (
    Episode,
    Goal,
    GoalProgress,
    GoalRevision,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

SHORT_WORDING = 40

#: "This goal is already <status>.", one whole sentence per status (every one of them).
_ALREADY = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("Goals", "This goal is already active."),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Goals", "This goal is already achieved."),
    GoalStatus.REVISED: QT_TRANSLATE_NOOP("Goals", "This goal is already revised."),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Goals", "This goal is already dropped."),
}


@dataclass(frozen=True, slots=True)
class GoalInput:
    wording: str
    proposed_by: ProposedBy = ProposedBy.TOGETHER
    success_measure: str = ""
    success_target: str = ""
    patient_agrees: bool | None = None
    practitioner_agrees: bool | None = None
    priority: int = 2
    target_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class StrategyInput:
    description: str
    setting: StrategySetting = StrategySetting.SELF_CARE
    owner: StrategyOwner = StrategyOwner.PATIENT
    responsibilities: str = ""
    patient_confidence: int | None = None


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    visit_id: int
    visit_at: dt.datetime
    rating: int
    note: str


@dataclass(frozen=True, slots=True)
class StrategyReviewRow:
    visit_id: int
    visit_at: dt.datetime
    adherence: Adherence
    barriers: str


@dataclass(frozen=True, slots=True)
class StrategyDetail:
    id: int
    goal_id: int
    data: StrategyInput
    active: bool
    reviews: tuple[StrategyReviewRow, ...]


@dataclass(frozen=True, slots=True)
class GoalRevisionRow:
    revised_at: dt.datetime
    reason: str
    wording: str
    status: GoalStatus


@dataclass(frozen=True, slots=True)
class GoalDetail:
    id: int
    episode_id: int
    data: GoalInput
    status: GoalStatus
    status_reason: str
    strategies: tuple[StrategyDetail, ...]
    progress: tuple[ProgressPoint, ...]
    revisions: tuple[GoalRevisionRow, ...]

    @property
    def short_wording(self) -> str:
        text = " ".join(self.data.wording.split())
        return text if len(text) <= SHORT_WORDING else text[: SHORT_WORDING - 1] + "…"

    @property
    def agreed(self) -> bool:
        return bool(self.data.patient_agrees and self.data.practitioner_agrees)


def _clean_goal(data: GoalInput) -> GoalInput:
    return GoalInput(
        wording=v.required_text(data.wording, "goal_wording", max_chars=2000),
        proposed_by=ProposedBy.parse(data.proposed_by, field="proposed_by"),
        success_measure=v.optional_text(data.success_measure, "success_measure", max_chars=2000),
        success_target=v.optional_text(data.success_target, "success_target", max_chars=2000),
        patient_agrees=data.patient_agrees,
        practitioner_agrees=data.practitioner_agrees,
        priority=v.score(data.priority, "priority", minimum=1, maximum=5, required=True) or 2,
        target_date=data.target_date,
    )


def _clean_strategy(data: StrategyInput) -> StrategyInput:
    return StrategyInput(
        description=v.required_text(data.description, "strategy_description", max_chars=2000),
        setting=StrategySetting.parse(data.setting, field="setting"),
        owner=StrategyOwner.parse(data.owner, field="owner"),
        responsibilities=v.optional_text(data.responsibilities, "responsibilities", max_chars=2000),
        patient_confidence=v.score(data.patient_confidence, "patient_confidence"),
    )


def _snapshot(goal: Goal, reason: str, status: GoalStatus) -> GoalRevision:
    return GoalRevision(
        goal_id=goal.id,
        reason=reason,
        wording=goal.wording,
        success_measure=goal.success_measure,
        success_target=goal.success_target,
        proposed_by=goal.proposed_by,
        patient_agrees=goal.patient_agrees,
        practitioner_agrees=goal.practitioner_agrees,
        priority=goal.priority,
        target_date=goal.target_date,
        status=status,
    )


def _apply(goal: Goal, data: GoalInput) -> None:
    goal.wording = data.wording
    goal.proposed_by = data.proposed_by
    goal.success_measure = data.success_measure
    goal.success_target = data.success_target
    goal.patient_agrees = data.patient_agrees
    goal.practitioner_agrees = data.practitioner_agrees
    goal.priority = data.priority
    goal.target_date = data.target_date


def require_draft_visit(s: Session, visit_id: int) -> Visit:
    """Load a visit that may still be changed, or explain why it may not."""
    visit = get_or_raise(s, Visit, visit_id, "visit")
    if visit.status is VisitStatus.SIGNED:
        raise ValidationError(
            translate(
                "Goals", "This visit is signed and cannot be changed; add an amendment instead."
            )
        )
    return visit


def upsert_progress(
    s: Session, goal_id: int, visit: Visit, rating: int | None, note: str | None
) -> None:
    """Set (or clear, with None) a goal's progress rating at a visit; a None note keeps it."""
    goal = get_or_raise(s, Goal, goal_id, "goal")
    episode = s.get(Episode, goal.episode_id)
    if episode is None or episode.patient_id != visit.patient_id:
        raise ValidationError(translate("Goals", "This goal belongs to another patient."))
    row = s.scalar(
        select(GoalProgress).where(
            GoalProgress.goal_id == goal_id, GoalProgress.visit_id == visit.id
        )
    )
    checked = v.score(rating, "goal_progress")
    if checked is None:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        s.add(GoalProgress(goal_id=goal_id, visit_id=visit.id, rating=checked, note=note or ""))
        return
    if row.rating != checked:
        row.rating = checked
    if note is not None and row.note != note:
        row.note = note


def upsert_review(
    s: Session, strategy_id: int, visit: Visit, adherence: Adherence | None, barriers: str
) -> None:
    """Set (or clear, with None) how a strategy went since the last visit."""
    strategy = get_or_raise(s, Strategy, strategy_id, "strategy")
    episode = s.get(Episode, s.get_one(Goal, strategy.goal_id).episode_id)
    if episode is None or episode.patient_id != visit.patient_id:
        raise ValidationError(translate("Goals", "This strategy belongs to another patient."))
    row = s.scalar(
        select(StrategyReview).where(
            StrategyReview.strategy_id == strategy_id, StrategyReview.visit_id == visit.id
        )
    )
    barriers = v.optional_text(barriers, "barriers", max_chars=5000)
    if adherence is None:
        if row is not None:
            s.delete(row)
        return
    adherence = Adherence.parse(adherence, field="adherence")
    if row is None:
        s.add(
            StrategyReview(
                strategy_id=strategy_id, visit_id=visit.id, adherence=adherence, barriers=barriers
            )
        )
    else:
        row.adherence, row.barriers = adherence, barriers


class GoalService:
    """Goal-setting and the strategies that serve each goal."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    # ------------------------------------------------------------------ goals
    def add(self, episode_id: int, data: GoalInput) -> GoalDetail:
        clean = _clean_goal(data)
        with self._store.write() as s:
            episode = get_or_raise(s, Episode, episode_id, "episode")
            if episode.status is not EpisodeStatus.OPEN:
                raise ValidationError(
                    translate("Goals", "Goals can only be added to an open episode.")
                )
            goal = Goal(episode_id=episode_id, status=GoalStatus.ACTIVE)
            _apply(goal, clean)
            s.add(goal)
            s.flush()
            return self._details(s, [goal.id])[0]

    def revise(self, goal_id: int, data: GoalInput, reason: str) -> GoalDetail:
        """Change what a goal says; the earlier version is kept with the reason."""
        clean = _clean_goal(data)
        reason = v.required_text(reason, "reason_for_revising", max_chars=2000)
        with self._store.write() as s:
            goal = get_or_raise(s, Goal, goal_id, "goal")
            if goal.status is not GoalStatus.ACTIVE:
                raise ValidationError(
                    translate("Goals", "Only an active goal can be revised; reactivate it first.")
                )
            s.add(_snapshot(goal, reason, GoalStatus.REVISED))
            _apply(goal, clean)
            s.flush()
            return self._details(s, [goal.id])[0]

    def set_agreement(
        self, goal_id: int, *, patient_agrees: bool | None, practitioner_agrees: bool | None
    ) -> GoalDetail:
        with self._store.write() as s:
            goal = get_or_raise(s, Goal, goal_id, "goal")
            goal.patient_agrees = patient_agrees
            goal.practitioner_agrees = practitioner_agrees
            s.flush()
            return self._details(s, [goal.id])[0]

    def set_status(self, goal_id: int, status: GoalStatus, reason: str = "") -> GoalDetail:
        """Mark a goal achieved or dropped (or active again); the prior state is kept."""
        status = GoalStatus.parse(status, field="status")
        if status is GoalStatus.REVISED:
            raise ValidationError(
                translate("Goals", "To revise a goal, change its wording and give a reason.")
            )
        needs_reason = status in (GoalStatus.DROPPED, GoalStatus.ACTIVE)
        reason = (
            v.required_text(reason, "reason", max_chars=2000)
            if needs_reason
            else v.optional_text(reason, "reason", max_chars=2000)
        )
        with self._store.write() as s:
            goal = get_or_raise(s, Goal, goal_id, "goal")
            if goal.status is status:
                raise ValidationError(translate("Goals", _ALREADY[status]))
            s.add(_snapshot(goal, reason, goal.status))
            goal.status = status
            goal.status_reason = reason
            s.flush()
            return self._details(s, [goal.id])[0]

    def for_episode(self, episode_id: int) -> list[GoalDetail]:
        """Every goal of an episode with its strategies, progress and history."""
        with self._store.read() as s:
            ids = list(
                s.scalars(
                    select(Goal.id)
                    .where(Goal.episode_id == episode_id)
                    .order_by(Goal.priority, Goal.id)
                )
            )
            return self._details(s, ids)

    def get(self, goal_id: int) -> GoalDetail:
        with self._store.read() as s:
            get_or_raise(s, Goal, goal_id, "goal")
            return self._details(s, [goal_id])[0]

    # ------------------------------------------------------------- strategies
    def add_strategy(self, goal_id: int, data: StrategyInput) -> StrategyDetail:
        clean = _clean_strategy(data)
        with self._store.write() as s:
            goal = get_or_raise(s, Goal, goal_id, "goal")
            strategy = Strategy(goal_id=goal.id, active=True)
            self._apply_strategy(strategy, clean)
            s.add(strategy)
            s.flush()
            return StrategyDetail(strategy.id, goal_id, clean, True, ())

    def update_strategy(
        self, strategy_id: int, data: StrategyInput, *, active: bool = True
    ) -> StrategyDetail:
        clean = _clean_strategy(data)
        with self._store.write() as s:
            strategy = get_or_raise(s, Strategy, strategy_id, "strategy")
            self._apply_strategy(strategy, clean)
            strategy.active = active
            s.flush()
            goal = self._details(s, [strategy.goal_id])[0]
            return next(d for d in goal.strategies if d.id == strategy_id)

    @staticmethod
    def _apply_strategy(strategy: Strategy, data: StrategyInput) -> None:
        strategy.description = data.description
        strategy.setting = data.setting
        strategy.owner = data.owner
        strategy.responsibilities = data.responsibilities
        strategy.patient_confidence = data.patient_confidence

    # -------------------------------------------------- per-visit ratings
    def record_progress(
        self, goal_id: int, visit_id: int, rating: int | None, note: str = ""
    ) -> None:
        from alliance_desktop.services.alerts import refresh_patient_alerts

        with self._store.write() as s:
            visit = require_draft_visit(s, visit_id)
            upsert_progress(s, goal_id, visit, rating, note)
            s.flush()
            refresh_patient_alerts(s, visit.patient_id, self._registry)

    def record_adherence(
        self, strategy_id: int, visit_id: int, adherence: Adherence | None, barriers: str = ""
    ) -> None:
        with self._store.write() as s:
            upsert_review(s, strategy_id, require_draft_visit(s, visit_id), adherence, barriers)

    # ------------------------------------------------------------- loading
    @staticmethod
    def _details(s: Session, goal_ids: list[int]) -> list[GoalDetail]:
        if not goal_ids:
            return []
        goals = {
            g.id: g
            for g in s.scalars(
                select(Goal)
                .where(Goal.id.in_(goal_ids))
                .options(selectinload(Goal.strategies), selectinload(Goal.revisions))
            )
        }
        progress: dict[int, list[ProgressPoint]] = defaultdict(list)
        for row in s.execute(
            select(GoalProgress, Visit.starts_at)
            .join(Visit, Visit.id == GoalProgress.visit_id)
            .where(GoalProgress.goal_id.in_(goal_ids))
            .order_by(Visit.starts_at)
        ):
            gp, at = row
            progress[gp.goal_id].append(ProgressPoint(gp.visit_id, at, gp.rating, gp.note))
        strategy_ids = [st.id for g in goals.values() for st in g.strategies]
        reviews: dict[int, list[StrategyReviewRow]] = defaultdict(list)
        if strategy_ids:
            for review_row in s.execute(
                select(StrategyReview, Visit.starts_at)
                .join(Visit, Visit.id == StrategyReview.visit_id)
                .where(StrategyReview.strategy_id.in_(strategy_ids))
                .order_by(Visit.starts_at)
            ):
                rv, when = review_row
                reviews[rv.strategy_id].append(
                    StrategyReviewRow(rv.visit_id, when, rv.adherence, rv.barriers)
                )
        result = []
        for gid in goal_ids:
            g = goals[gid]
            result.append(
                GoalDetail(
                    id=g.id,
                    episode_id=g.episode_id,
                    data=GoalInput(
                        wording=g.wording,
                        proposed_by=g.proposed_by,
                        success_measure=g.success_measure,
                        success_target=g.success_target,
                        patient_agrees=g.patient_agrees,
                        practitioner_agrees=g.practitioner_agrees,
                        priority=g.priority,
                        target_date=g.target_date,
                    ),
                    status=g.status,
                    status_reason=g.status_reason,
                    strategies=tuple(
                        StrategyDetail(
                            id=st.id,
                            goal_id=g.id,
                            data=StrategyInput(
                                description=st.description,
                                setting=st.setting,
                                owner=st.owner,
                                responsibilities=st.responsibilities,
                                patient_confidence=st.patient_confidence,
                            ),
                            active=st.active,
                            reviews=tuple(reviews[st.id]),
                        )
                        for st in g.strategies
                    ),
                    progress=tuple(progress[g.id]),
                    revisions=tuple(
                        GoalRevisionRow(r.revised_at, r.reason, r.wording, r.status)
                        for r in g.revisions
                    ),
                )
            )
        return result
