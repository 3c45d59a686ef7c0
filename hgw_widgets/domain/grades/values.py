"""What a cell of a grade file means: a number, a marked number, a word grade or a marker.

- A number from 1 to 10 with a decimal comma or point: "6,5", "7".
- A number with a mark, as school systems show a grade with a remark or one
  that was changed: "8,9*", "7!". It is that number; the marks are counted.
- A word grade (``WORD_GRADES``): the Dutch scale ZS, S, ZO, O, M, V, RV, G, ZG,
  U and the words themselves ("voldoende", "goed"). It counts as sufficient
  or not (``SUFFICIENT_WORDS``) and is never averaged with numbers.
- A marker (``MARKERS``): empty, "-", "inh", "vr", "ntm": no grade, counted.

Everything else is not a grade. Exports repeat the same few texts thousands of
times, so ``Column`` runs every rule once per distinct text, not once per cell.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

# Marker text (lower case, trimmed) -> the code counted in the report.
MARKERS: dict[str, str] = {
    "": "empty",
    "-": "empty",
    "inh": "retake",
    "inhalen": "retake",
    "vr": "exempt",
    "vrij": "exempt",
    "vrijstelling": "exempt",
    "ntm": "not_counted",
    "telt niet mee": "not_counted",
}
MARKER_CODES: tuple[str, ...] = ("empty", "retake", "exempt", "not_counted")

WORD_CODES: tuple[str, ...] = ("ZS", "S", "ZO", "O", "M", "V", "RV", "G", "ZG", "U")
"""The Dutch word scale from low to high: zeer slecht ... uitstekend."""
SUFFICIENT_WORDS: frozenset[str] = frozenset({"V", "RV", "G", "ZG", "U"})
"""Word grades that count as sufficient (voldoende and above); matig and below do not."""

# Word text (lower case, single spaces) -> its code in WORD_CODES.
WORD_GRADES: dict[str, str] = {
    **{code.casefold(): code for code in WORD_CODES},
    "zeer slecht": "ZS",
    "slecht": "S",
    "zeer onvoldoende": "ZO",
    "ruim onvoldoende": "ZO",
    "onvoldoende": "O",
    "onv": "O",
    "matig": "M",
    "zwak": "M",
    "voldoende": "V",
    "vold": "V",
    "ruim voldoende": "RV",
    "goed": "G",
    "zeer goed": "ZG",
    "uitstekend": "U",
    "uitmuntend": "U",
}

# Cell kinds (int8): what a distinct text turned out to be.
TEXT = -2          # not a grade
OUT_OF_RANGE = -1  # a number outside 1-10
NUMBER = 0
MARKED = 1         # a number with a mark, e.g. "8,9*"
WORD = 2
MARKER = 3         # MARKER + i is marker code MARKER_CODES[i]

_NUMBER = re.compile(r"(\d{1,6}(?:[.,]\d+)?)\s*([*!]*)")
_MARK_CHARS = "*!"


def normal(text: object) -> str:
    """A cell's text trimmed, on one line, with single spaces."""
    return " ".join(str(text).split())


def cell_meaning(text: str) -> tuple[float, int, str | None]:
    """(number or NaN, kind, word code or None) for one normalised cell text."""
    folded = text.casefold()
    marker = MARKERS.get(folded)
    if marker is not None:
        return np.nan, MARKER + MARKER_CODES.index(marker), None
    word = WORD_GRADES.get(folded)
    if word is not None:
        return np.nan, WORD, word
    match = _NUMBER.fullmatch(text)
    if match is None:
        return np.nan, TEXT, None
    value = float(match.group(1).replace(",", "."))
    if not 1 <= value <= 10:
        return value, OUT_OF_RANGE, None
    return value, (MARKED if match.group(2) else NUMBER), None


class Column:
    """One column of the file as codes into its distinct, normalised texts."""

    def __init__(self, cells: pd.Series | np.ndarray) -> None:
        values = cells.to_numpy(dtype=object) if isinstance(cells, pd.Series) else np.asarray(cells, dtype=object)
        codes, uniques = pd.factorize(values)
        self.codes = codes
        self.uniques = np.array([normal(u) for u in uniques] + [""], dtype=object)  # code -1 (None) -> ""
        self._meaning: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def take(self, keep: np.ndarray) -> Column:
        """The column restricted to some rows (a boolean mask or indexes)."""
        other = object.__new__(Column)
        other.codes, other.uniques, other._meaning = self.codes[keep], self.uniques, self._meaning
        return other

    def cut_long(self, limit: int) -> None:
        """Read every text longer than ``limit`` cut to it from now on (it was listed as a problem)."""
        self.uniques = np.array([u[:limit] for u in self.uniques], dtype=object)
        self._meaning = None

    def values(self) -> np.ndarray:
        """The normalised texts, one per row."""
        return self.uniques[self.codes]

    def map(self, function, dtype=object) -> np.ndarray:
        """``function`` applied once per distinct text, spread over the rows."""
        return np.array([function(u) for u in self.uniques], dtype=dtype)[self.codes]

    def filled(self) -> np.ndarray:
        """True where the cell is not empty."""
        return self.map(bool, dtype=bool)

    def meaning(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row: the number (NaN if none), the kind, and the word code (None if none)."""
        if self._meaning is None:
            parsed = [cell_meaning(u) for u in self.uniques]
            self._meaning = (
                np.array([p[0] for p in parsed], dtype=float),
                np.array([p[1] for p in parsed], dtype=np.int8),
                np.array([p[2] for p in parsed], dtype=object),
            )
        number, kind, word = self._meaning
        return number[self.codes], kind[self.codes], word[self.codes]

    def grade_share(self) -> tuple[int, int]:
        """(cells that are grades or word grades, cells that are neither nor a marker)."""
        _, kind, _ = self.meaning()
        good = int(np.isin(kind, (NUMBER, MARKED, WORD)).sum())
        bad = int(((kind == TEXT) | (kind == OUT_OF_RANGE)).sum())
        return good, bad


def marker_counts(kinds: np.ndarray) -> dict[str, int]:
    """How many cells held each marker code."""
    counts = np.bincount((kinds[kinds >= MARKER] - MARKER).ravel().astype(np.int64), minlength=len(MARKER_CODES))
    return {code: int(counts[i]) for i, code in enumerate(MARKER_CODES)}


def is_sufficient_word(code: object) -> bool:
    """True for a word grade at or above "voldoende"."""
    return code in SUFFICIENT_WORDS
