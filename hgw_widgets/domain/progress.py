"""The learner's progress: which exercises of which chapter are done (kept in the browser)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .chapters import Chapter

SCHEMA = "hgw-voortgang"
VERSION = 1
MAX_ENTRIES = 500


@dataclass(frozen=True)
class Progress:
    """Done exercises as ``(chapter number, exercise heading)`` pairs."""

    done: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def is_done(self, chapter: Chapter, exercise: str) -> bool:
        return (chapter.number, exercise) in self.done

    def mark(self, chapter: Chapter, exercise: str, done: bool = True) -> Progress:
        """A new ``Progress`` with this exercise marked done (or not done)."""
        pair = (chapter.number, exercise)
        return Progress(self.done | {pair} if done else self.done - {pair})

    def count(self, chapter: Chapter) -> int:
        """How many of this chapter's exercises are done."""
        return sum((chapter.number, e) in self.done for e in chapter.exercises)

    def to_json(self) -> str:
        items = [{"chapter": c, "exercise": e} for c, e in sorted(self.done)]
        return json.dumps({"schema": SCHEMA, "version": VERSION, "done": items}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Progress:
        """Read what the browser kept; anything malformed counts as no progress (nothing breaks)."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("done"), list):
            return cls()
        pairs = set()
        for item in data["done"][:MAX_ENTRIES]:
            if isinstance(item, dict) and isinstance(item.get("chapter"), str) and isinstance(item.get("exercise"), str):
                pairs.add((item["chapter"][:8], item["exercise"][:300]))
        return cls(frozenset(pairs))
