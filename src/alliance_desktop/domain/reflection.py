"""Reflective-practice templates and prompts, in the project's own words.

The texts are stored in English, marked for translation (``QT_TRANSLATE_NOOP``) and
translated where they are shown (``Section.shown_title``, :func:`alliance_prompts`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, translate
from alliance_desktop.domain.vocab import ReflectionTemplate


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    prompt: str

    @property
    def shown_title(self) -> str:
        """The section's title in the language in use."""
        return translate("Reflection", self.title)

    @property
    def shown_prompt(self) -> str:
        """The section's prompt in the language in use."""
        return translate("Reflection", self.prompt)


TEMPLATES: dict[ReflectionTemplate, tuple[Section, ...]] = {
    ReflectionTemplate.FREE: (
        Section(
            "text",
            QT_TRANSLATE_NOOP("Reflection", "Reflection"),
            QT_TRANSLATE_NOOP(
                "Reflection", "What happened, what you noticed, what you take from it."
            ),
        ),
    ),
    ReflectionTemplate.ROLFE: (
        Section(
            "what",
            QT_TRANSLATE_NOOP("Reflection", "What?"),
            QT_TRANSLATE_NOOP(
                "Reflection", "What happened? Who was there, what was said and done?"
            ),
        ),
        Section(
            "so_what",
            QT_TRANSLATE_NOOP("Reflection", "So what?"),
            QT_TRANSLATE_NOOP(
                "Reflection",
                "What does it mean for this patient's care and for the way you work together?",
            ),
        ),
        Section(
            "now_what",
            QT_TRANSLATE_NOOP("Reflection", "Now what?"),
            QT_TRANSLATE_NOOP("Reflection", "What will you do differently, and how will you know?"),
        ),
    ),
    ReflectionTemplate.GIBBS: (
        Section(
            "description",
            QT_TRANSLATE_NOOP("Reflection", "Description"),
            QT_TRANSLATE_NOOP("Reflection", "What happened, in plain facts?"),
        ),
        Section(
            "feelings",
            QT_TRANSLATE_NOOP("Reflection", "Feelings"),
            QT_TRANSLATE_NOOP("Reflection", "What were you thinking and feeling at the time?"),
        ),
        Section(
            "evaluation",
            QT_TRANSLATE_NOOP("Reflection", "Evaluation"),
            QT_TRANSLATE_NOOP("Reflection", "What went well, and what did not?"),
        ),
        Section(
            "analysis",
            QT_TRANSLATE_NOOP("Reflection", "Analysis"),
            QT_TRANSLATE_NOOP(
                "Reflection", "Why did it go that way? What helps you make sense of it?"
            ),
        ),
        Section(
            "conclusion",
            QT_TRANSLATE_NOOP("Reflection", "Conclusion"),
            QT_TRANSLATE_NOOP("Reflection", "What else could you have done?"),
        ),
        Section(
            "action_plan",
            QT_TRANSLATE_NOOP("Reflection", "Action plan"),
            QT_TRANSLATE_NOOP("Reflection", "If it happened again, what would you do?"),
        ),
    ),
}

# Questions that point the reflection at the alliance; shown beside every template
# (in English here; :func:`alliance_prompts` gives them in the language in use).
ALLIANCE_PROMPTS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Reflection", "Goals"),
        QT_TRANSLATE_NOOP(
            "Reflection", "Do we still agree on what the care is for? Whose words are the goals in?"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Reflection", "Tasks"),
        QT_TRANSLATE_NOOP(
            "Reflection", "Does the way we work suit the patient? Did we decide it together?"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Reflection", "Bond"),
        QT_TRANSLATE_NOOP("Reflection", "Did the patient seem heard, safe and respected? Did I?"),
    ),
    (
        QT_TRANSLATE_NOOP("Reflection", "Communication"),
        QT_TRANSLATE_NOOP("Reflection", "Did I listen, explain clearly and invite questions?"),
    ),
    (
        QT_TRANSLATE_NOOP("Reflection", "Consent and touch"),
        QT_TRANSLATE_NOOP("Reflection", "Was consent clear and ongoing? How did touch land today?"),
    ),
    (
        QT_TRANSLATE_NOOP("Reflection", "Context"),
        QT_TRANSLATE_NOOP(
            "Reflection", "What about the room, the timing or our moods shaped the visit?"
        ),
    ),
)

PRIVATE_TITLE = QT_TRANSLATE_NOOP("Reflection", "Private: transference and countertransference")
PRIVATE_PROMPT = QT_TRANSLATE_NOOP(
    "Reflection",
    "What did I feel towards this patient, and what might they be bringing to me? "
    "(Stays on this computer: never included in a report or a patient's data export.)",
)


def section_keys(template: ReflectionTemplate) -> tuple[str, ...]:
    return tuple(s.key for s in TEMPLATES[template])


def section_titles() -> dict[str, str]:
    """Every template's section titles by key, in the language in use."""
    return {s.key: s.shown_title for sections in TEMPLATES.values() for s in sections}


def alliance_prompts() -> tuple[tuple[str, str], ...]:
    """The alliance prompts (name, question) in the language in use."""
    return tuple(
        (translate("Reflection", name), translate("Reflection", question))
        for name, question in ALLIANCE_PROMPTS
    )


def private_title() -> str:
    """The private section's title in the language in use."""
    return translate("Reflection", PRIVATE_TITLE)


def private_prompt() -> str:
    """The private section's prompt in the language in use."""
    return translate("Reflection", PRIVATE_PROMPT)
