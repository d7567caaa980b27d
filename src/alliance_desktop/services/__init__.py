"""Use cases over the practice store: one unit of work per call, frozen DTOs out, Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alliance_desktop.services.alerts import AlertService
    from alliance_desktop.services.annotations import AnnotationService
    from alliance_desktop.services.audit import AuditService
    from alliance_desktop.services.charts import ChartService
    from alliance_desktop.services.episodes import EpisodeService
    from alliance_desktop.services.exchange import ExchangeService
    from alliance_desktop.services.goals import GoalService
    from alliance_desktop.services.instruments import InstrumentRegistry
    from alliance_desktop.services.maintenance import MaintenanceService
    from alliance_desktop.services.patient_data import PatientDataService
    from alliance_desktop.services.patient_import import PatientImportService
    from alliance_desktop.services.patients import PatientService
    from alliance_desktop.services.practice import PracticeService
    from alliance_desktop.services.practice_stats import PracticeStatsService
    from alliance_desktop.services.questionnaires import QuestionnaireService
    from alliance_desktop.services.reflections import ReflectionService
    from alliance_desktop.services.visits import VisitService
    from alliance_desktop.store.unit_of_work import Store


class Services:
    """Every service of one practice store, built once by the composition root.

    Each service (and its module) is made the first time it is used: start-up imports only
    what the window and the first chart need. The same object is returned every time after.
    The store itself may be opened on first use too (``opening``): start-up paints the
    window before SQLAlchemy is imported.
    """

    def __init__(self, store: Store | None = None, *, opener: Callable[[], Store] | None = None):
        if (store is None) == (opener is None):
            raise TypeError("give either a store or an opener")
        if store is not None:
            self.__dict__["store"] = store
        self._opener = opener

    @classmethod
    def for_store(cls, store: Store) -> Services:
        return cls(store)

    @classmethod
    def opening(cls, opener: Callable[[], Store]) -> Services:
        """Services whose store ``opener()`` opens the first time anything needs it."""
        return cls(opener=opener)

    @cached_property
    def store(self) -> Store:
        assert self._opener is not None
        return self._opener()

    @property
    def is_open(self) -> bool:
        """True once the store is open (always, for ``for_store``)."""
        return "store" in self.__dict__

    def use_store(self, store: Store) -> None:
        """Use ``store``, opened another way, when the opener failed (a backup restored)."""
        if self.is_open:
            raise RuntimeError("the store is already open")
        self.__dict__["store"] = store

    @cached_property
    def instruments(self) -> InstrumentRegistry:
        from alliance_desktop.services.instruments import InstrumentRegistry

        return InstrumentRegistry(self.store)

    @cached_property
    def alerts(self) -> AlertService:
        from alliance_desktop.services.alerts import AlertService

        return AlertService(self.store, self.instruments)

    @cached_property
    def charts(self) -> ChartService:
        from alliance_desktop.services.charts import ChartService

        return ChartService(self.store, self.instruments)

    @cached_property
    def practice(self) -> PracticeService:
        from alliance_desktop.services.practice import PracticeService

        return PracticeService(self.store)

    @cached_property
    def practice_stats(self) -> PracticeStatsService:
        from alliance_desktop.services.practice_stats import PracticeStatsService

        return PracticeStatsService(self.store, self.instruments)

    @cached_property
    def patients(self) -> PatientService:
        from alliance_desktop.services.patients import PatientService

        return PatientService(self.store)

    @cached_property
    def patient_import(self) -> PatientImportService:
        from alliance_desktop.services.patient_import import PatientImportService

        return PatientImportService(self.store)

    @cached_property
    def episodes(self) -> EpisodeService:
        from alliance_desktop.services.episodes import EpisodeService

        return EpisodeService(self.store)

    @cached_property
    def goals(self) -> GoalService:
        from alliance_desktop.services.goals import GoalService

        return GoalService(self.store, self.instruments)

    @cached_property
    def visits(self) -> VisitService:
        from alliance_desktop.services.visits import VisitService

        return VisitService(self.store, self.instruments)

    @cached_property
    def questionnaires(self) -> QuestionnaireService:
        from alliance_desktop.services.questionnaires import QuestionnaireService

        return QuestionnaireService(self.store, self.instruments)

    @cached_property
    def annotations(self) -> AnnotationService:
        from alliance_desktop.services.annotations import AnnotationService

        return AnnotationService(self.store)

    @cached_property
    def reflections(self) -> ReflectionService:
        from alliance_desktop.services.reflections import ReflectionService

        return ReflectionService(self.store)

    @cached_property
    def audit(self) -> AuditService:
        from alliance_desktop.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from alliance_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.store)

    @cached_property
    def exchange(self) -> ExchangeService:
        from alliance_desktop.services.exchange import ExchangeService

        return ExchangeService(self.store)

    @cached_property
    def patient_data(self) -> PatientDataService:
        from alliance_desktop.services.patient_data import PatientDataService

        return PatientDataService(self.store, self.instruments)
