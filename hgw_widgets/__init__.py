"""HGW-werkmap: widgets and domain code for handelingsgericht werken.

The public API is listed in ``__all__``. Names are imported lazily on first
use, so that a chapter's kernel loads only what that chapter needs (pandas and
matplotlib are imported only by the chapters that use them).
"""

from __future__ import annotations

import importlib
from typing import Any

# public name -> module that defines it (relative to this package)
_LAZY: dict[str, str] = {
    "CaseFileError": ".errors",
    "GradeFileError": ".errors",
    "HgwError": ".errors",
    "SaveFileError": ".errors",
    "StructureFileError": ".errors",
    # domain
    "Case": ".domain.case",
    "Chapter": ".domain.chapters",
    "CriterionResult": ".domain.smarti",
    "Goal": ".domain.goals",
    "GoalCard": ".domain.goal_card",
    "SmartiReport": ".domain.smarti",
    "Status": ".domain.smarti",
    "TrackingSheet": ".domain.tracking",
    "check_smarti": ".domain.smarti",
    "classify_reply": ".domain.replies",
    "metacommunication_issues": ".domain.replies",
    "evaluate": ".domain.tracking_evaluation",
    "suggest_feedback": ".domain.feedback",
    "list_cases": ".domain.case",
    "list_chapters": ".domain.chapters",
    "Progress": ".domain.progress",
    "load_case": ".domain.case",
    # class overview and class plan (issue 5)
    "ClassOverview": ".domain.class_overview",
    "ClassPlan": ".domain.class_plan",
    "ClassTarget": ".domain.class_results",
    "EducationalNeed": ".domain.needs",
    "Factor": ".domain.areas",
    "StudentNotes": ".domain.class_overview",
    "class_summary": ".domain.class_results",
    "read_grades": ".domain.grades",
    "read_grades_report": ".domain.grades",
    # conversations with parents (issue 4)
    "Agreement": ".domain.conversation",
    "Concern": ".domain.conversation",
    "ConversationPlan": ".domain.conversation",
    "MeetingRecord": ".domain.meeting",
    "Phase": ".domain.conversation",
    "Strength": ".domain.areas",
    "invitation": ".domain.invitation",
    "plan_from_case": ".domain.conversation",
    "load_structure": ".domain.structures",
    "list_structures": ".domain.structures",
    "invitation_text": ".domain.invitation",
    "metacommunication": ".domain.metacommunication",
    "we_message": ".domain.concern_sentences",
    "ConversationPlanner": ".views.conversation_planner",
    "GuidelineQuiz": ".views.guideline_quiz",
    "MeetingMode": ".views.meeting_mode",
    "MetacommunicationExercise": ".views.metacommunication_exercise",
    "WellesNietesExercise": ".views.welles_nietes",
    "SchoolAndHome": ".views.school_and_home",
    "StrengthsOverview": ".views.strengths",
    "StrengthsSheet": ".domain.phrasing",
    "WeMessageBuilder": ".views.we_message_builder",
    "team_message": ".domain.concern_sentences",
    # views
    "CaseStory": ".views.case_story",
    "ClassOverviewView": ".views.class_overview",
    "ClassPlanView": ".views.class_plan_view",
    "ChapterNav": ".views.chapter_nav",
    "InteractionAnalysis": ".views.interaction",
    "JoinInfo": ".views.join_info",
    "ObservationForm": ".views.interaction",
    "SelfAssessment": ".views.self_assessment",
    "StartPage": ".views.start_page",
    "GoalDrafter": ".views.goal_drafter",
    "BrowserStore": ".views.storage",
    "DownloadButton": ".views.download",
    "FeedbackHelper": ".views.feedback_helper",
    "GoalCardBuilder": ".views.goal_card_builder",
    "TrackingSheetView": ".views.tracking_sheet_view",
    "WorkBar": ".views.work_bar",
    # the trainer's guide (issue 16)
    "GuideChapterNotes": ".views.trainer_guide",
    "GuideProgramme": ".views.trainer_guide",
    "Handouts": ".views.handouts",
    # export
    "Document": ".export.document",
    "dump_work": ".export.jsonio",
    "load_work": ".export.jsonio",
}

__all__ = sorted(_LAZY)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    try:
        module_name = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'hgw_widgets' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _guard_the_kernel_in_a_room() -> None:
    # In room mode a crafted widget message is refused without a traceback (issue 18, finding 5).
    # Only stdlib is imported here; ipywidgets is loaded when the guard is really installed.
    from .kernel_guard import install_if_in_room

    install_if_in_room()


_guard_the_kernel_in_a_room()
