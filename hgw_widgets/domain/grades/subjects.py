"""Subject codes of Dutch secondary schools and their full names.

School systems export subjects as short codes ("ne", "wi", "ckv"). The
overview shows the full Dutch name next to the code: "ne (Nederlands)".
Codes differ a little between schools; the common ones are listed here, and
an unknown code is shown as it is. A header that is a code or a full name here
is always a subject, even when its cells hold no grade at all.
"""

from __future__ import annotations

SUBJECT_NAMES: dict[str, str] = {
    "ne": "Nederlands", "nl": "Nederlands", "ned": "Nederlands", "netl": "Nederlands",
    "en": "Engels", "entl": "Engels", "eng": "Engels",
    "fa": "Frans", "fr": "Frans", "fatl": "Frans",
    "du": "Duits", "de": "Duits", "dutl": "Duits",
    "sp": "Spaans", "sptl": "Spaans",
    "la": "Latijn", "ltc": "Latijn", "gr": "Grieks", "gtc": "Grieks",
    "wi": "Wiskunde", "wis": "Wiskunde", "wa": "Wiskunde A", "wb": "Wiskunde B", "wc": "Wiskunde C",
    "wd": "Wiskunde D", "re": "Rekenen", "rek": "Rekenen",
    "na": "Natuurkunde", "nat": "Natuurkunde", "sk": "Scheikunde", "sch": "Scheikunde", "schk": "Scheikunde",
    "nask": "Natuur- en scheikunde", "nsk": "Natuur- en scheikunde", "nask1": "Natuur- en scheikunde 1",
    "nask2": "Natuur- en scheikunde 2", "bi": "Biologie", "bio": "Biologie", "biol": "Biologie",
    "ak": "Aardrijkskunde", "gs": "Geschiedenis", "ges": "Geschiedenis",
    "ec": "Economie", "eco": "Economie", "beco": "Bedrijfseconomie", "m&o": "Management en organisatie",
    "maw": "Maatschappijwetenschappen", "ma": "Maatschappijleer", "maat": "Maatschappijleer",
    "mk": "Maatschappijkunde", "lo": "Lichamelijke opvoeding", "lo2": "Lichamelijke opvoeding 2",
    "bsm": "Bewegen, sport en maatschappij", "ckv": "Culturele en kunstzinnige vorming",
    "kv": "Kunstvakken", "kubv": "Kunst beeldend", "kumu": "Kunst muziek", "bv": "Beeldende vorming",
    "te": "Tekenen", "tek": "Tekenen", "ha": "Handvaardigheid", "hv": "Handvaardigheid",
    "mu": "Muziek", "muz": "Muziek", "dr": "Drama", "dra": "Drama", "da": "Dans",
    "in": "Informatica", "inf": "Informatica", "ict": "ICT", "nlt": "Natuur, leven en technologie",
    "fi": "Filosofie", "fil": "Filosofie", "lv": "Levensbeschouwing", "lev": "Levensbeschouwing",
    "gd": "Godsdienst", "gds": "Godsdienst", "tn": "Techniek", "tech": "Techniek",
    "o&o": "Onderzoeken en ontwerpen", "mm": "Mens en maatschappij", "mn": "Mens en natuur",
    "men": "Mentoruur", "ment": "Mentoruur", "sl": "Studieloopbaan", "lob": "Loopbaanoriëntatie",
    "pws": "Profielwerkstuk", "cu": "Cultuur",
}
"""Common subject codes (lower case) and their Dutch names."""

_FULL_NAMES = {name.casefold() for name in SUBJECT_NAMES.values()} | {
    "wiskunde", "nederlands", "engels", "frans", "duits", "spaans", "geschiedenis", "aardrijkskunde",
    "biologie", "economie", "natuurkunde", "scheikunde", "nask", "muziek", "tekenen", "gym",
    "lichamelijke opvoeding", "ckv", "informatica", "filosofie", "latijn", "grieks", "rekenen",
}


def subject_name(subject: str) -> str | None:
    """The full Dutch name of a subject code, or None when the code is unknown."""
    return SUBJECT_NAMES.get(" ".join(str(subject).split()).casefold())


def subject_label(subject: str) -> str:
    """The subject as shown: "ne (Nederlands)"; an unknown code or a full name stays as it is."""
    name = subject_name(subject)
    if name is None or name.casefold() == str(subject).strip().casefold():
        return str(subject)
    return f"{subject} ({name})"


def is_subject_name(key: str) -> bool:
    """True when a normalised header is a known subject code or name."""
    return key in SUBJECT_NAMES or key in _FULL_NAMES
