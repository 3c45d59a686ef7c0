"""Taking a file out of a FileUpload: sizes, the stand-in the page sends for a file that is too big."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets
import pytest

from hgw_widgets import ClassOverviewView
from hgw_widgets.domain.grades import MAX_BYTES
from hgw_widgets.views._upload import UploadRefused, size_mb, take_upload
from tests.screen import find, status
from tests.screen import upload as choose_file

MiB = 1024 * 1024


def _entry(content: bytes, size: int | None = None) -> dict:
    return {"name": "cijfers.csv", "type": "text/csv", "size": len(content) if size is None else size,
            "content": memoryview(content), "last_modified": dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)}


@pytest.mark.parametrize(
    ("size", "expected"),
    [(11 * MiB, "11,0"), (MAX_BYTES + 1, "10,0"), (int(10.46 * MiB), "10,5"), (0, "0,0"), (None, "?"), (-1, "?"),
     (True, "?"), ("11", "?")],
)
def test_size_mb_is_dutch(size, expected):
    assert size_mb(size) == expected


def test_a_file_within_the_limit_is_taken_and_the_widget_emptied():
    upload = widgets.FileUpload()
    assert take_upload(upload, {"new": (_entry(b"Naam;A\nx;6\n"),)}, max_bytes=100) == b"Naam;A\nx;6\n"
    assert upload.value == ()


@pytest.mark.parametrize(
    ("entry", "size"),
    [
        (_entry(b"", size=11 * MiB), 11 * MiB),  # the stand-in hgw-upload.js sends for a file that is too big
        (_entry(b"x" * 101, size=5), 101),  # content larger than the size it claims
        ({"name": "x.csv", "size": "10", "content": b"x"}, None),  # no number
    ],
    ids=["stand-in", "content-too-long", "size-not-int"],
)
def test_too_big_reports_the_size(entry, size):
    upload = widgets.FileUpload()
    with pytest.raises(UploadRefused) as refused:
        take_upload(upload, {"new": (entry,)}, max_bytes=100)
    assert refused.value.code == "too_big" and refused.value.size == size
    assert upload.value == ()


def test_class_overview_names_size_and_limit_of_a_file_that_is_too_big():
    view = ClassOverviewView()
    # what the page sends for an 11 MB file: an empty stand-in with the real size
    chooser = choose_file(view, b"", filename="cijfers.csv", size=11 * MiB, name="Kies een cijferbestand")
    assert "te groot (11,0 MB; de grens is 10 MB)" in status(view)
    assert "hgw-notice-error" in find(view, "status").value
    assert view.overview is None
    assert chooser.value == ()
