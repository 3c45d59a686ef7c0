"""Codes a guesser tries first: common words, the product's name, keyboard runs (``room.token_problem``).

Plain Python; the letters are checked after removing digits, ``-`` and ``_`` (``training2026`` -> ``training``).
Issue 18: ``--token`` accepted ``password``, ``training`` and, later, ``hgwwerkmap``.
"""

from __future__ import annotations

COMMON_WORDS = frozenset({
    "password", "passwort", "wachtwoord", "welkom", "welcome", "geheim", "secret", "letmein", "toegang",
    "toegangscode", "code", "token", "admin", "test", "testen", "training", "trainer", "trainen", "cursus",
    "workshop", "werkmap", "hgw", "handelingsgericht", "handelingsgerichtwerken", "school", "zaal", "les",
    "docent", "docenten", "mentor", "mentoren", "leerling", "jupyter", "voila", "qwerty", "azerty",
})
"""Words a trainer might pick as a code, alone or written together (``welkomtraining``)."""
PRODUCT_NAMES = ("werkmap", "hgw")
"""The product's own names: a code that contains one (``hgwwerkmap``, ``mijnwerkmap7``) is refused."""
RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn")
"""The alphabet and two keyboard rows: a code whose letters are a piece of one (``qwertyuiop``) is refused."""


def guessable(letters: str) -> bool:
    """True for a code's letters (lower case) that a guesser tries first.

    Few different letters (``aaaaaaaaaa``), a piece of ``RUNS``, one or more ``COMMON_WORDS`` written
    together, or anything containing one of ``PRODUCT_NAMES``.
    """
    return (len(set(letters)) < 4 or any(letters in run for run in RUNS) or _only_common_words(letters)
            or any(name in letters for name in PRODUCT_NAMES))


def _only_common_words(letters: str) -> bool:
    ends = {0}  # the places where a run of common words can end
    for end in range(1, len(letters) + 1):
        if any(letters[start:end] in COMMON_WORDS for start in ends if start < end):
            ends.add(end)
    return len(letters) in ends
