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
    "CriterionResult": ".domain.smarti",
    "Goal": ".domain.goals",
    "SmartiReport": ".domain.smarti",
    "Status": ".domain.smarti",
    "check_smarti": ".domain.smarti",
    "list_cases": ".domain.case",
    "load_case": ".domain.case",
    # views
    "CaseStory": ".views.case_story",
    "GoalDrafter": ".views.goal_drafter",
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
