"""A tiny, format-neutral document: what an export says, not how it looks.

Every feature that can be printed or saved as Word writes one function
``domain object -> Document``; ``export.render`` turns any ``Document`` into
HTML (for printing), DOCX or Markdown. One export mechanism, not one per
feature. All fields hold plain text: the renderers escape it.

Example:
    >>> doc = Document("Doelenkaart", blocks=(Heading("Doelen"), BulletList(("Ik groet de mentor.",))))
    >>> doc.blocks[0].level
    2
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


def _texts(values) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in values)


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is reserved for the document title, so use 2 or 3."""

    text: str
    level: int = 2

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", min(max(int(self.level), 1), 4))


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text. ``muted`` prints it smaller and grey."""

    text: str
    muted: bool = False


@dataclass(frozen=True)
class BulletList:
    """A list; ``ordered=True`` numbers the items."""

    items: tuple[str, ...]
    ordered: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", _texts(self.items))


@dataclass(frozen=True)
class Checklist:
    """Items with an empty box in front, to tick by hand on paper."""

    items: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", _texts(self.items))


@dataclass(frozen=True)
class Table:
    """A table with one header row. Cells are text; an empty cell stays empty.

    Args:
        header: the column titles.
        rows: the rows; each is padded or cut to the header's length.
        tall: give rows room to write in by hand (an empty grid on paper).
        caption: an optional line above the table.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    tall: bool = False
    caption: str = ""

    def __post_init__(self) -> None:
        header = _texts(self.header)
        width = len(header)
        rows = tuple((_texts(row) + ("",) * width)[:width] for row in self.rows)
        object.__setattr__(self, "header", header)
        object.__setattr__(self, "rows", rows)


@dataclass(frozen=True)
class PageBreak:
    """Start a new page when printed (a horizontal rule in Markdown)."""


Block = Union[Heading, Paragraph, BulletList, Checklist, Table, PageBreak]
BLOCK_TYPES = (Heading, Paragraph, BulletList, Checklist, Table, PageBreak)


@dataclass(frozen=True)
class Document:
    """A printable document: a title, an optional subtitle and blocks in order."""

    title: str
    subtitle: str = ""
    blocks: tuple[Block, ...] = ()

    def __post_init__(self) -> None:
        blocks = tuple(self.blocks)
        for block in blocks:
            if not isinstance(block, BLOCK_TYPES):
                raise TypeError(f"not a document block: {type(block).__name__}")
        object.__setattr__(self, "blocks", blocks)

    def texts(self) -> tuple[str, ...]:
        """Every piece of text in the document, in order (tests use this)."""
        out: list[str] = [self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                out.append(block.text)
            elif isinstance(block, (BulletList, Checklist)):
                out.extend(block.items)
            elif isinstance(block, Table):
                out.append(block.caption)
                out.extend(block.header)
                for row in block.rows:
                    out.extend(row)
        return tuple(t for t in out if t)
