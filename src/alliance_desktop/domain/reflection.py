"""Reflective-practice templates and prompts, in the project's own words."""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.domain.vocab import ReflectionTemplate


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    prompt: str


TEMPLATES: dict[ReflectionTemplate, tuple[Section, ...]] = {
    ReflectionTemplate.FREE: (
        Section("text", "Reflection", "What happened, what you noticed, what you take from it."),
    ),
    ReflectionTemplate.ROLFE: (
        Section("what", "What?", "What happened? Who was there, what was said and done?"),
        Section(
            "so_what",
            "So what?",
            "What does it mean for this patient's care and for the way you work together?",
        ),
        Section("now_what", "Now what?", "What will you do differently, and how will you know?"),
    ),
    ReflectionTemplate.GIBBS: (
        Section("description", "Description", "What happened, in plain facts?"),
        Section("feelings", "Feelings", "What were you thinking and feeling at the time?"),
        Section("evaluation", "Evaluation", "What went well, and what did not?"),
        Section("analysis", "Analysis", "Why did it go that way? What helps you make sense of it?"),
        Section("conclusion", "Conclusion", "What else could you have done?"),
        Section("action_plan", "Action plan", "If it happened again, what would you do?"),
    ),
}

#: Questions that point the reflection at the alliance; shown beside every template.
ALLIANCE_PROMPTS: tuple[tuple[str, str], ...] = (
    ("Goals", "Do we still agree on what the care is for? Whose words are the goals in?"),
    ("Tasks", "Does the way we work suit the patient? Did we decide it together?"),
    ("Bond", "Did the patient seem heard, safe and respected? Did I?"),
    ("Communication", "Did I listen, explain clearly and invite questions?"),
    ("Consent and touch", "Was consent clear and ongoing? How did touch land today?"),
    ("Context", "What about the room, the timing or our moods shaped the visit?"),
)

PRIVATE_TITLE = "Private: transference and countertransference"
PRIVATE_PROMPT = (
    "What did I feel towards this patient, and what might they be bringing to me? "
    "(Stays on this computer: never included in a report or a patient's data export.)"
)


def section_keys(template: ReflectionTemplate) -> tuple[str, ...]:
    return tuple(s.key for s in TEMPLATES[template])
