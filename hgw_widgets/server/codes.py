"""The room's access codes: made at random, or a trainer's own code checked (``token_problem``) against the
codes a guesser tries first: common words, the product's name, keyboard runs (``guessable``).

Plain Python; the letters are checked after removing digits, ``-`` and ``_`` (``training2026`` -> ``training``).
Issue 18: ``--token`` accepted ``password``, ``training`` and, later, ``hgwwerkmap``.
"""

from __future__ import annotations

import re
import secrets

TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to copy from a projector
TOKEN_LENGTH = 12
TOKEN_MIN_LENGTH = 10
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{%d,128}$" % TOKEN_MIN_LENGTH)

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


def make_token() -> str:
    """A random access code of 12 easy-to-copy characters (about 59 bits) that ``token_problem`` accepts."""
    while True:
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
        if token_problem(token) is None:  # almost always at once (rarely a run, a word or "hgw" is refused)
            return token


def token_problem(token: str) -> str | None:
    """Why a trainer's own access code is refused, or None when it is fine.

    Returns:
        ``"format"``: not ``TOKEN_MIN_LENGTH``-128 characters of ``A-Z a-z 0-9 - _`` (it must survive being
        typed into a URL); ``"digits"``: only digits (``12345678``); ``"guessable"``: a common word, a
        keyboard or alphabet run, a few repeated letters or common words written together, with or without
        digits (``password``, ``training2026``, ``qwertyuiop``, ``welkomtraining``), or a code containing the
        product's name (``hgwwerkmap``): ``guessable``. Issue 18: such codes are the first a guesser tries.
    """
    if not _TOKEN_RE.fullmatch(token):
        return "format"
    letters = re.sub(r"[-_0-9]", "", token.lower())
    if not letters:
        return "digits"
    if guessable(letters):
        return "guessable"
    return None


def token_is_acceptable(token: str) -> bool:
    """A trainer's own token passes ``token_problem``."""
    return token_problem(token) is None
