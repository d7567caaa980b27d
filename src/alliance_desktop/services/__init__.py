"""Use cases over the practice store: one unit of work per call, frozen DTOs out, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Services:
    """Every service of one practice store, built once by the composition root."""

    store: Store
    instruments: InstrumentRegistry
    alerts: AlertService
    charts: ChartService
    practice: PracticeService
    practice_stats: PracticeStatsService
    patients: PatientService
    patient_import: PatientImportService
    episodes: EpisodeService
    goals: GoalService
    visits: VisitService
    questionnaires: QuestionnaireService
    annotations: AnnotationService
    reflections: ReflectionService
    audit: AuditService
    maintenance: MaintenanceService
    exchange: ExchangeService
    patient_data: PatientDataService

    @classmethod
    def for_store(cls, store: Store) -> Services:
        registry = InstrumentRegistry(store)
        return cls(
            store=store,
            instruments=registry,
            alerts=AlertService(store, registry),
            charts=ChartService(store, registry),
            practice=PracticeService(store),
            practice_stats=PracticeStatsService(store, registry),
            patients=PatientService(store),
            patient_import=PatientImportService(store),
            episodes=EpisodeService(store),
            goals=GoalService(store, registry),
            visits=VisitService(store, registry),
            questionnaires=QuestionnaireService(store, registry),
            annotations=AnnotationService(store),
            reflections=ReflectionService(store),
            audit=AuditService(store),
            maintenance=MaintenanceService(store),
            exchange=ExchangeService(store),
            patient_data=PatientDataService(store, registry),
        )
