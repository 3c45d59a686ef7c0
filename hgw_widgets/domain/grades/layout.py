"""What the columns and rows of a grade file are: the header row, each column's role, summary rows.

Headers are compared lower case, on one line, without a trailing "." or ":"
and without a trailing number ("Klassenmentor 1" is a mentor column). A
column is, by its header:

- a part of the student's identity: the name (``NAME``), or its parts
  (``FIRST``, ``PREFIX``, ``LAST``), or the student number (``NUMBER``);
- in a per-grade list: the subject, the grade, a report grade, the weight,
  the "telt mee" flag, the period or the kind of grade (test, report grade);
- a period column in a file with one row per student and period;
- known not to hold grades (``NOT_GRADES``: class, mentor, profile, sex,
  date of birth, remarks, ...) or a summary (``SUMMARY``: Gemiddelde, Totaal).

Any other column is a subject when its cells are grades; a column whose cells
mostly are not is set aside and listed. Nothing here refuses a file for a
column it does not know.
"""

from __future__ import annotations

import re

import pandas as pd

from .problems import fail

HEADER_SEARCH_ROWS = 20

NAME = {"naam", "leerling", "leerlingnaam", "naam leerling", "leerling naam", "volledige naam", "student", "name",
        "achternaam, roepnaam", "achternaam, voornaam", "roepnaam achternaam", "voornaam achternaam", "leerlingen"}
FIRST = {"roepnaam", "voornaam", "voornamen", "first name"}
PREFIX = {"tussenvoegsel", "tussenvoegsels", "tussenv", "tv", "voorvoegsel", "voorvoegsels", "tussenvoeg"}
LAST = {"achternaam", "familienaam", "geslachtsnaam", "last name"}
NUMBER = {"leerlingnummer", "leerlingnr", "llnr", "ll.nr", "ll nr", "lln.nr", "lln nr", "stamnummer", "stamnr",
          "studentnummer", "studentnr", "nummer", "nr", "id", "leerling id", "leerlingid", "leerling nummer"}
SUBJECT = {"vak", "vakcode", "vaknaam", "vak code", "vakafkorting", "subject", "vak (afkorting)"}
GRADE = {"cijfer", "resultaat", "grade", "score", "waarde", "beoordeling", "geldend resultaat", "geldendresultaat"}
REPORT = {"rapportcijfer", "rapport", "rapportgemiddelde", "rapportcijfer (berekend)"}
WEIGHT = {"weging", "weight", "gewicht", "wegingsfactor", "weegfactor"}
COUNTS = {"telt mee", "teltmee", "meetellen", "telt mee?", "meetelt"}
COUNTS_NOT = {"telt niet mee", "teltnietmee", "niet meetellen"}
PERIOD = {"periode", "period", "per", "cijferperiode", "rapportperiode", "rapportage"}
KIND = {"type", "soort", "kolomtype", "soort cijfer", "cijfersoort", "kolomsoort", "toetssoort", "kolom type"}
DESCRIPTION = {"omschrijving", "toets", "toetsnaam", "kolom", "kolomnaam", "titel", "beschrijving"}
NOT_GRADES = {
    "klas", "stamklas", "klasgroep", "groep", "stamgroep", "lesgroep", "lesgroepen", "cluster", "mentor",
    "klassenmentor", "mentoren", "coach", "tutor", "e-mail", "email", "e-mailadres", "emailadres", "geboortedatum",
    "geb. datum", "geb.datum", "geb datum", "geboren", "leeftijd", "geslacht", "gesl", "m/v", "sekse", "leerjaar",
    "jaar", "schooljaar", "profiel", "niveau", "opleiding", "studie", "leerweg", "afdeling", "locatie",
    "vestiging", "datum", "docent", "docenten", "opmerking", "opmerkingen", "bijzonderheden", "notitie",
    "notities", "adres", "woonplaats", "postcode", "telefoon", "telefoonnummer", "mobiel", "voorletters",
    "initialen", "status", "bsn", "onderwijsnummer", "nationaliteit", "roepnaam ouder", "lwoo",
    "instroom", "uitstroom", "advies", "schooladvies", "dyslexie", "dyscalculie", "foto", "inschrijfdatum",
    # attendance: counts, not grades (a count of 4 looks like a grade)
    "verzuim", "te laat", "telaat", "absent", "absentie", "absenties", "afwezig", "afwezigheid", "spijbelen",
    "ziek", "ziekmeldingen", "uitgestuurd", "verwijderd", "lessen gemist", "uren", "ongeoorloofd", "geoorloofd",
}
SUMMARY = {"gemiddelde", "gem", "gem.", "gem. cijfer", "gemiddeld", "totaal", "totalen", "som", "aantal",
           "aantal onvoldoendes", "aantal onvoldoende", "onvoldoendes", "tekortpunten", "tekorten", "mediaan",
           "klassengemiddelde", "groepsgemiddelde", "average", "total", "hoogste", "laagste", "min", "max",
           "overgang", "resultaat overgang"}

REPORT_KINDS = {"rapportcijfer", "rapport", "rapportgemiddelde", "rapportgemiddeldekolom", "rapportcijferkolom",
                "eindcijfer", "rapportcijfer (berekend)", "rap", "r"}
AVERAGE_KINDS = {"periodegemiddelde", "periodegemiddeldekolom", "periode gemiddelde", "gemiddelde", "gem",
                 "gem.", "voortschrijdend gemiddelde", "segemiddeldekolom", "se-gemiddelde"}

_TRAILING_NUMBER = re.compile(r"\s*\d+$")


def norm(text: object) -> str:
    """A header or label compared: lower case, one line, no trailing "." or ":"."""
    return " ".join(str(text).replace("\ufeff", "").split()).strip(" :.").casefold()


def bare(key: str) -> str:
    """A normalised header without a trailing number ("klassenmentor 1" -> "klassenmentor")."""
    stripped = _TRAILING_NUMBER.sub("", key)
    return stripped or key


def is_not_grades(key: str) -> bool:
    """A header that is known not to hold grades (class, mentor, personal data, remarks)."""
    base = bare(key)
    return key in NOT_GRADES or base in NOT_GRADES or base.startswith(("mentor", "klassenmentor", "opmerking",
                                                                          "e-mail", "email", "geb", "verzuim",
                                                                          "te laat", "afwezig", "absent"))


def is_summary(key: str) -> bool:
    """A header or row label of a summary (Gemiddelde, Totaal), not a subject or a student."""
    return key in SUMMARY or bare(key) in SUMMARY


def row_kind(text: str) -> str:
    """The kind of grade a row of a per-grade list holds: ``report``, ``average`` or ``test``."""
    key = norm(text)
    if key in REPORT_KINDS or bare(key) in REPORT_KINDS:
        return "report"
    if key in AVERAGE_KINDS or bare(key) in AVERAGE_KINDS:
        return "average"
    return "test"


def find_header(cells: pd.DataFrame) -> int:
    """The index of the header row: the first of the top rows that names the student.

    Raises:
        GradeFileError: no row within ``HEADER_SEARCH_ROWS`` has a name column.
    """
    for index in range(min(HEADER_SEARCH_ROWS, len(cells))):
        keys = {norm(v) for v in cells.iloc[index]}
        if keys & NAME or (keys & FIRST and keys & LAST) or (keys & NUMBER and keys & (FIRST | LAST)):
            return index
    first = next((i for i in range(len(cells)) if any(str(v).strip() for v in cells.iloc[i])), 0)
    fail("no name column", "grades.error.no_name_column", row=first + 1)


def find(keys: list[str], options: set[str], *, skip: set[int] = frozenset()) -> int | None:
    """The first column whose key is one of ``options``."""
    return next((i for i, k in enumerate(keys) if i not in skip and k in options), None)


def name_columns(keys: list[str]) -> tuple[dict[str, int], bool]:
    """The column(s) that make the name, by role, and whether the surname comes first.

    One name column (role ``whole``) wins; otherwise the ``first``, ``prefix`` and
    ``last`` name columns. Roepnaam is preferred over Voornaam(en). The surname
    comes first when the school put its column before the first name.
    """
    whole = find(keys, NAME)
    if whole is not None:
        return {"whole": whole}, False
    first = find(keys, {"roepnaam"})
    if first is None:
        first = find(keys, FIRST)
    found = (("first", first), ("prefix", find(keys, PREFIX)), ("last", find(keys, LAST)))
    roles = {role: index for role, index in found if index is not None}
    surname_first = "first" in roles and "last" in roles and roles["last"] < roles["first"]
    return roles, surname_first


def join_name(first: str, prefix: str, last: str, *, surname_first: bool) -> str:
    """One name from its parts: "Anna de Vries", or "Vries, Anna de" as a school lists it."""
    if surname_first:
        given = " ".join(p for p in (first, prefix) if p)
        return f"{last}, {given}" if last and given else (last or given)
    return " ".join(p for p in (first, prefix, last) if p)
