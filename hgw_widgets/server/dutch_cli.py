"""``argparse`` in Dutch: the command line of ``hgw-werkmap`` speaks the language of its users.

``argparse`` writes its own words (``usage:``, ``options:``, ``error:``, ``show this help message and
exit``, ``invalid choice``, ...) through ``gettext``: the module looks up the functions ``_`` and
``ngettext`` when it needs a word. ``DutchArgumentParser`` runs each of its own steps (building,
parsing, printing help, reporting an error) with those two functions set to the Dutch catalogue
``ARGPARSE_NL`` (``DutchTranslations``), and puts the original ones back afterwards, so other
parsers in the same process are not affected. Words the catalogue lacks (a newer Python's new
messages) stay English rather than break.

The workbook's own help texts and errors are Dutch where they are written (``serve._parser``).
"""

from __future__ import annotations

import argparse
import contextlib
import gettext
from collections.abc import Iterator

ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",  # Python before 3.10
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende opties of woorden: %s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "one of the arguments %s is required": "een van deze is nodig: %s",
    "expected one argument": "hier hoort een waarde achter",
    "expected at most one argument": "hier hoort hooguit één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan zijn: %(matches)s",
    "invalid %(type)s value: %(value)r": "%(value)r is geen %(type)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze: %(value)r (kies uit %(choices)s)",
    "unexpected option string: %s": "onverwachte optie: %s",
    "not allowed with argument %s": "niet samen met %s",
    "ignored explicit argument %r": "%r hoort hier niet bij",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
"""``argparse``'s English message -> Dutch (the message ids of Python 3.10-3.13's ``argparse``)."""
ARGPARSE_NL_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("hier hoort %s waarde achter", "hier horen %s waarden achter"),
}


class DutchTranslations(gettext.NullTranslations):
    """A ``gettext`` translation with ``ARGPARSE_NL``; an unknown message is returned as it is."""

    def gettext(self, message: str) -> str:
        return ARGPARSE_NL.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        one, many = ARGPARSE_NL_PLURAL.get((singular, plural), (singular, plural))
        return one if n == 1 else many


TRANSLATIONS = DutchTranslations()


@contextlib.contextmanager
def dutch_argparse() -> Iterator[None]:
    """While inside, ``argparse`` words its messages in Dutch (nested use is fine)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = TRANSLATIONS.gettext, TRANSLATIONS.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class DutchArgumentParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose own words are Dutch (sub-commands get the same class)."""

    def __init__(self, *args, **kwargs) -> None:
        with dutch_argparse():  # the group titles and the help of -h are made here
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with dutch_argparse():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with dutch_argparse():  # "unrecognized arguments" is worded here
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with dutch_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with dutch_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_argparse():
            return super().format_help()

    def error(self, message: str):
        with dutch_argparse():
            super().error(message)


def whole_number(text: str) -> int:
    """``argparse`` type for a whole number; its name is what an error calls it ("'x' is geen geheel getal")."""
    return int(text)


whole_number.__name__ = "geheel getal"
