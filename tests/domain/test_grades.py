"""read_grades: every format and every error, as small files written here as bytes."""

from __future__ import annotations

import io
import math

import openpyxl
import pandas as pd
import pytest

from hgw_widgets import GradeFileError, class_summary, read_grades
from hgw_widgets.domain.grades import source as grades_module
from hgw_widgets.domain.grades import MAX_BYTES, read_grades_report


def xlsx(rows: list[list], *, sheet_title: str = "Cijfers") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def as_dict(df: pd.DataFrame) -> dict:
    return {
        name: {subject: (None if math.isnan(v) else round(v, 6)) for subject, v in row.items()}
        for name, row in df.iterrows()
    }


# --- formats that read ---------------------------------------------------------

READABLE = [
    pytest.param(
        "Naam;Wiskunde;Engels\r\nAnna de Vries;5,5;7\r\nBram Bakker;6,8;4,2\r\n".encode("utf-8"),
        {"Anna de Vries": {"Wiskunde": 5.5, "Engels": 7.0}, "Bram Bakker": {"Wiskunde": 6.8, "Engels": 4.2}},
        id="semicolon-decimal-comma-utf8",
    ),
    pytest.param(
        "\ufeffNaam,Wiskunde,Engels\nAnna de Vries,5.5,7\n".encode("utf-8"),
        {"Anna de Vries": {"Wiskunde": 5.5, "Engels": 7.0}},
        id="comma-decimal-point-utf8-bom",
    ),
    pytest.param(
        'Naam,Wiskunde\n"Vries, Anna de","5,5"\n'.encode("utf-8"),
        {"Vries, Anna de": {"Wiskunde": 5.5}},
        id="comma-separator-quoted-decimal-comma-and-surname-first",
    ),
    pytest.param(
        "Naam;Frans\nStéphanie Dubois;6,1\nZoë Çelik;7\n".encode("cp1252"),
        {"Stéphanie Dubois": {"Frans": 6.1}, "Zoë Çelik": {"Frans": 7.0}},
        id="cp1252-accents",
    ),
    pytest.param(
        "Naam;Frans\nStéphanie Dubois;6,1\n".encode("utf-8"),
        {"Stéphanie Dubois": {"Frans": 6.1}},
        id="utf8-accents-not-mistaken-for-cp1252",
    ),
    pytest.param(
        "Naam\tWiskunde\nAnna\t6,5\n".encode("utf-16"),
        {"Anna": {"Wiskunde": 6.5}},
        id="utf16-tab-excel-unicode-text",
    ),
    pytest.param(
        b"sep=;\nNaam;Wiskunde\nAnna;6\n",
        {"Anna": {"Wiskunde": 6.0}},
        id="excel-sep-line",
    ),
    pytest.param(
        b"Leerlingnummer;Naam;Klas;Mentor;Wiskunde;Gemiddelde\n1001;Anna;2B;Jansen;6;6\n",
        {"Anna": {"Wiskunde": 6.0}},
        id="non-subject-columns-dropped",
    ),
    pytest.param(
        b"Cijferoverzicht klas 2B\n\nNaam;Wiskunde\nAnna;6\n",
        {"Anna": {"Wiskunde": 6.0}},
        id="title-lines-above-header",
    ),
    pytest.param(
        b"Voornaam;Tussenvoegsel;Achternaam;Wiskunde\nAnna;de;Vries;6\nBram;;Bakker;7\n",
        {"Anna de Vries": {"Wiskunde": 6.0}, "Bram Bakker": {"Wiskunde": 7.0}},
        id="separate-name-columns",
    ),
    pytest.param(
        b"Naam;Wiskunde;Engels;Duits;Frans;Nask;LO\nAnna;;-;inh;VR;ntm;Telt niet mee\nBram;6;6;6;6;6;6\n",
        {"Anna": dict.fromkeys(["Wiskunde", "Engels", "Duits", "Frans", "Nask", "LO"]),
         "Bram": dict.fromkeys(["Wiskunde", "Engels", "Duits", "Frans", "Nask", "LO"], 6.0)},
        id="markers-become-nan",
    ),
    pytest.param(
        b"Naam;Wiskunde;;\nAnna;6;;\n;;;\nBram;7;;\n",
        {"Anna": {"Wiskunde": 6.0}, "Bram": {"Wiskunde": 7.0}},
        id="trailing-separators-and-blank-rows",
    ),
    pytest.param(
        b"Naam;Wiskunde\n=HYPERLINK(\"http://x\");6\n<script>alert(1)</script>;7\n",
        {'=HYPERLINK("http://x")': {"Wiskunde": 6.0}, "<script>alert(1)</script>": {"Wiskunde": 7.0}},
        id="hostile-names-kept-as-text",
    ),
    pytest.param(
        b"Leerling;Vak;Cijfer;Weging\nAnna;wi;5,0;1\nAnna;wi;6,0;3\nAnna;en;7;\nBram;wi;inh;2\nBram;en;8;0\nBram;en;6;1\n",
        {"Anna": {"wi": 5.75, "en": 7.0}, "Bram": {"wi": None, "en": 6.0}},
        id="long-weighted-mean",
    ),
    pytest.param(
        b"Naam,Vak,Resultaat,Datum\nAnna,wi,5,2024-01-01\nAnna,wi,7,2024-02-01\n",
        {"Anna": {"wi": 6.0}},
        id="long-without-weight-column",
    ),
    pytest.param(
        xlsx([["Naam", "Wiskunde", "Engels"], ["Stéphanie", 5.3, "7,5"], [], ["Bram", 6, "inh"]]),
        {"Stéphanie": {"Wiskunde": 5.3, "Engels": 7.5}, "Bram": {"Wiskunde": 6.0, "Engels": None}},
        id="xlsx-wide",
    ),
    pytest.param(
        xlsx([["Leerling", "Vak", "Cijfer", "Weging"], ["Anna", "wi", 4, 1], ["Anna", "wi", 8, 1]]),
        {"Anna": {"wi": 6.0}},
        id="xlsx-long",
    ),
]


@pytest.mark.parametrize(("data", "expected"), READABLE)
def test_reads(data, expected):
    assert as_dict(read_grades(data)) == expected


@pytest.mark.parametrize(("data", "expected"), READABLE[:3])
def test_reads_from_path_and_file_object(tmp_path, data, expected):
    path = tmp_path / "cijfers.txt"  # the name does not decide the format
    path.write_bytes(data)
    assert as_dict(read_grades(path)) == expected
    assert as_dict(read_grades(str(path))) == expected
    assert as_dict(read_grades(io.BytesIO(data))) == expected
    assert as_dict(read_grades(memoryview(data))) == expected


def test_xlsx_detected_by_content_not_name(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(xlsx([["Naam", "Wiskunde"], ["Anna", 6]]))
    report = read_grades_report(path)
    assert report.file_type == "xlsx"
    assert as_dict(report.grades) == {"Anna": {"Wiskunde": 6.0}}


def test_result_shape_index_and_order():
    df = read_grades(b"Naam;Nederlands;Wiskunde;Biologie\nZoe;6;7;8\nAnna;5;6;7\n")
    assert list(df.index) == ["Zoe", "Anna"]  # file order, not sorted
    assert list(df.columns) == ["Nederlands", "Wiskunde", "Biologie"]
    assert df.index.name == "leerling"
    assert all(str(dtype) == "float64" for dtype in df.dtypes)


def test_marker_report():
    data = b"Naam;A;B;C;D\nAnna;inh;Inhalen;vr;-\nBram;ntm;;VRIJSTELLING;6\n"
    report = read_grades_report(data)
    assert report.markers == {"empty": 2, "retake": 2, "exempt": 2, "not_counted": 1}
    assert report.grades.attrs["markers"] == report.markers
    assert report.layout == "wide" and report.file_type == "csv"


def test_report_on_encoding_separator_and_ignored():
    report = read_grades_report("Naam;Klas;Frans\nStéphanie;2B;6\n".encode("cp1252"))
    assert (report.encoding, report.separator, report.ignored_columns) == ("cp1252", ";", ("Klas",))


def test_weighted_mean_long_format():
    data = b"Naam;Vak;Cijfer;Weging\n" + b"".join(
        f"Anna;wi;{g};{w}\n".encode() for g, w in [("4,0", 1), ("6,5", 2), ("8", 1), ("inh", 3), ("9", 0)]
    )
    df = read_grades(data)
    assert df.loc["Anna", "wi"] == pytest.approx((4 * 1 + 6.5 * 2 + 8 * 1) / 4)


# --- errors --------------------------------------------------------------------

ERRORS = [
    pytest.param(b"", ["leeg"], id="empty"),
    pytest.param(b" \r\n;;\n", ["leeg"], id="only-separators"),
    pytest.param(b"Naam;Wiskunde\n", ["rij 1", "geen leerlingen"], id="header-only"),
    pytest.param(b"Wie;Wiskunde\nAnna;6\n", ["Rij 1", "Naam"], id="no-name-column"),
    pytest.param(b"Naam;Klas\nAnna;2B\n", ["Rij 1", "geen enkel vak"], id="no-subject"),
    pytest.param(b"Naam;Wiskunde\nAnna;6\nBram;11\n", ["Rij 3", "“Wiskunde” (B)", "11", "tussen 1 en 10"], id="grade-above-10"),
    pytest.param(b"Naam;Wiskunde\nAnna;0,5\n", ["Rij 2", "“Wiskunde” (B)", "0,5"], id="grade-below-1"),
    pytest.param(b"Naam;Engels;Wiskunde\nAnna;6;7\nBram;6;zeven\n", ["Rij 3", "“Wiskunde” (C)", "“zeven” is geen cijfer"], id="text-no-grade"),
    pytest.param(b"Naam;Wiskunde\nAnna;=1+1\n", ["Rij 2", "“=1+1” is geen cijfer"], id="formula-is-text"),
    pytest.param(b"Naam;Wiskunde\nAnna;6\nBram;7\nAnna;8\n", ["Rij 4", "“Naam” (A)", "“Anna”", "rij 2"], id="duplicate-student"),
    pytest.param(b"Naam;Wiskunde\n;6\n", ["Rij 2", "“Naam” (A)", "naam", "ontbreekt"], id="missing-name"),
    pytest.param(b"Leerling;Vak;Cijfer\nAnna;;6\n", ["Rij 2", "“Vak” (B)", "vak ontbreekt"], id="long-missing-subject"),
    pytest.param(b"Leerling;Vak;Cijfer\nAnna;wi;6\n;wi;7\n", ["Rij 3", "“Leerling” (A)"], id="long-missing-name"),
    pytest.param(b"Leerling;Vak;Cijfer;Weging\nAnna;wi;6;-2\n", ["Rij 2", "“Weging” (D)", "“-2” is geen weging"], id="long-bad-weight"),
    pytest.param(b"Leerling;Vak;Cijfer\nAnna;wi;zes\n", ["Rij 2", "“Cijfer” (C)", "“zes”"], id="long-text-no-grade"),
    pytest.param(b"Naam;Wiskunde\n" + b"Anna;6\n" * 0 + b"A" * 300 + b";6\n", ["Rij 2", "te lang"], id="cell-too-long"),
    pytest.param(b"\x00\x01\x02\x03binary", ["geen tabel"], id="binary"),
    pytest.param(b"%PDF-1.4\x00\x00", ["geen tabel"], id="pdf"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, [".xls"], id="old-xls"),
    pytest.param(b"PK\x03\x04not really a zip", ["Excel-bestand kan niet worden geopend"], id="broken-xlsx"),
    pytest.param(xlsx([["Naam", "Wiskunde"], ["Anna", 6], [], ["Bram", "abc"]]), ["Rij 4", "“Wiskunde” (B)", "“abc”"], id="xlsx-row-number-after-gap"),
    pytest.param(xlsx([["Naam", "Wiskunde"], ["Anna", True]]), ["Rij 2", "geen cijfer"], id="xlsx-boolean"),
]


@pytest.mark.parametrize(("data", "phrases"), ERRORS)
def test_errors_name_row_and_column_in_dutch(data, phrases):
    with pytest.raises(GradeFileError) as info:
        read_grades(data)
    assert isinstance(info.value, ValueError)
    for phrase in phrases:
        assert phrase.casefold() in info.value.message_nl.casefold(), info.value.message_nl


def test_error_carries_row_and_column():
    with pytest.raises(GradeFileError) as info:
        read_grades(b"Naam;Engels;Wiskunde\nAnna;6;7\nBram;6;zeven\n")
    assert info.value.row == 3
    assert "Wiskunde" in info.value.column


def test_ragged_row_beyond_the_first_lines():
    data = b"Naam;Wiskunde\n" + b"Leerling;6\n" * 0 + b"".join(f"L{i};6\n".encode() for i in range(80)) + b"Bram;6;7;8\n"
    with pytest.raises(GradeFileError) as info:
        read_grades(data)
    assert "Rij 82" in info.value.message_nl
    assert "meer cellen" in info.value.message_nl


def test_too_big_is_refused_before_parsing(tmp_path):
    data = b"Naam;Wiskunde\n" + b"x" * (MAX_BYTES + 10)
    with pytest.raises(GradeFileError, match="too big") as info:
        read_grades(data)
    assert "te groot" in info.value.message_nl
    path = tmp_path / "groot.csv"
    path.write_bytes(data)
    with pytest.raises(GradeFileError, match="too big"):
        read_grades(path)
    with pytest.raises(GradeFileError, match="too big"):
        read_grades(io.BytesIO(data))


def test_too_many_columns(monkeypatch):
    monkeypatch.setattr(grades_module, "MAX_COLUMNS", 3)
    with pytest.raises(GradeFileError) as info:
        read_grades(b"Naam;A;B;C\nAnna;6;6;6\n")
    assert "meer dan 3 kolommen" in info.value.message_nl


def test_too_many_rows(monkeypatch):
    monkeypatch.setattr(grades_module, "MAX_ROWS", 5)
    with pytest.raises(GradeFileError) as info:
        read_grades(b"Naam;A\n" + b"".join(f"L{i};6\n".encode() for i in range(1100)))
    assert "meer dan 5 rijen" in info.value.message_nl
    with pytest.raises(GradeFileError):
        read_grades(xlsx([["Naam", "A"]] + [[f"L{i}", 6] for i in range(10)]))


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr-only"])
def test_too_many_rows_with_any_line_end_is_refused_before_parsing(monkeypatch, end):
    # issue 18: a file with only carriage returns slipped past the row check (476,718 rows parsed)
    monkeypatch.setattr(grades_module, "MAX_ROWS", 5)

    def parse(*_args, **_kwargs):
        raise AssertionError("the whole file was parsed")

    monkeypatch.setattr(grades_module.pd, "read_csv", parse)
    data = ("Naam;A" + end + "".join(f"L{i};6{end}" for i in range(1100))).encode()
    with pytest.raises(GradeFileError) as info:
        read_grades(data)
    assert "meer dan 5 rijen" in info.value.message_nl


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr-only"])
def test_any_line_end_reads(end):
    data = ("sep=;" + end + "Naam;Wiskunde" + end + "Anna;5,5" + end + "Bram;7" + end).encode()
    assert as_dict(read_grades(data)) == {"Anna": {"Wiskunde": 5.5}, "Bram": {"Wiskunde": 7.0}}


def test_missing_file_is_a_grade_file_error(tmp_path):
    with pytest.raises(GradeFileError):
        read_grades(tmp_path / "bestaat-niet.csv")


def test_wrong_source_type_is_a_programming_error():
    with pytest.raises(TypeError):
        read_grades(12345)


# --- class_summary ---------------------------------------------------------------

BOUNDARY = [
    pytest.param([5.4], 0, id="5.4-insufficient"),
    pytest.param([5.5], 1, id="5.5-sufficient"),
    pytest.param([5.6], 1, id="5.6-sufficient"),
    pytest.param([5.4, 5.5, 5.6], 2, id="all-three"),
    pytest.param([(5.0 * 1 + 5.75 * 2) / 3 * (1 - 1e-15)], 1, id="float-artefact-just-below-5.5"),
    pytest.param([5.499], 1, id="5.499-is-shown-5,5-so-sufficient"),
    pytest.param([5.449], 0, id="5.449-is-shown-5,4-so-insufficient"),
]


@pytest.mark.parametrize(("values", "sufficient"), BOUNDARY)
def test_pass_mark_boundary(values, sufficient):
    grades = pd.DataFrame({"Wiskunde": values}, index=[f"L{i}" for i in range(len(values))])
    row = class_summary(grades).loc["Wiskunde"]
    assert row["students"] == len(values)
    assert row["sufficient"] == sufficient
    assert row["percent_sufficient"] == pytest.approx(100 * sufficient / len(values))


def test_weighted_mean_at_the_boundary_counts_as_sufficient():
    # 3,1 x 2 and 7,1 x 3 gives 5,5 on paper, 5.499999999999999 in floats
    df = read_grades(b"Leerling;Vak;Cijfer;Weging\nAnna;wi;3,1;2\nAnna;wi;7,1;3\n")
    assert df.loc["Anna", "wi"] < 5.5  # the artefact is really there
    assert class_summary(df).loc["wi", "sufficient"] == 1


SUMMARY = [
    pytest.param({"A": 50}, "A", 66.666667, True, id="target-met"),
    pytest.param({"A": 70}, "A", 66.666667, False, id="target-missed"),
    pytest.param({"B": 100}, "B", 100.0, True, id="target-100-met"),
    pytest.param({"A": 200 / 3}, "A", 66.666667, True, id="target-equal-to-percentage"),
]


@pytest.mark.parametrize(("targets", "subject", "percent", "met"), SUMMARY)
def test_summary_targets(targets, subject, percent, met):
    grades = pd.DataFrame({"A": [5.4, 5.5, 5.6], "B": [6.0, 7.0, float("nan")]}, index=["x", "y", "z"])
    summary = class_summary(grades, targets=targets)
    assert list(summary.columns) == ["students", "sufficient", "percent_sufficient", "target", "target_met"]
    assert summary.loc[subject, "percent_sufficient"] == pytest.approx(percent)
    assert summary.loc[subject, "target_met"] == met
    other = "B" if subject == "A" else "A"
    assert math.isnan(summary.loc[other, "target"])
    assert summary.loc[other, "target_met"] is pd.NA


def test_summary_pass_mark_and_empty_subject():
    grades = pd.DataFrame({"A": [5.4, 6.0], "B": [float("nan")] * 2}, index=["x", "y"])
    summary = class_summary(grades, pass_mark=6, targets={"B": 50})
    assert summary.loc["A", "sufficient"] == 1
    assert summary.loc["B", "students"] == 0
    assert math.isnan(summary.loc["B", "percent_sufficient"])
    assert summary.loc["B", "target_met"] is pd.NA


@pytest.mark.parametrize(
    "kwargs",
    [{"pass_mark": 0}, {"pass_mark": 11}, {"targets": {"A": 101}}, {"targets": {"A": -1}}, {"targets": {"Nope": 50}}],
    ids=["pass-0", "pass-11", "target-101", "target-negative", "unknown-subject"],
)
def test_summary_refuses_bad_options(kwargs):
    grades = pd.DataFrame({"A": [6.0]}, index=["x"])
    with pytest.raises(ValueError):
        class_summary(grades, **kwargs)
