"""Saved work: one envelope, and a Dutch message for every way a file can be wrong."""

from __future__ import annotations

import json

import pytest

from hgw_widgets.errors import SaveFileError
from hgw_widgets.export.jsonio import MAX_SAVE_BYTES, dump_work, load_work


def _env(**changes) -> bytes:
    envelope = {"format": "hgw-werkmap", "kind": "goal_card", "schema_version": 1, "data": {"a": 1}}
    envelope.update(changes)
    return json.dumps(envelope).encode()


def test_round_trip_keeps_accents_and_emoji():
    payload = {"student": "Zoë 😀", "goals": [], "nested": {"x": [1, 2.5, None, True]}}
    data = dump_work("goal_card", payload)
    assert "Zoë 😀" in data.decode("utf-8")
    assert json.loads(data)["schema_version"] == 1
    assert load_work(data, kind="goal_card") == payload
    assert load_work(data.decode("utf-8"), kind="goal_card") == payload


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "leeg"),
        (b"   \n", "leeg"),
        (b"\xff\xfe\x00x", "UTF-8"),
        (b"{not json", "geen opgeslagen werkbestand"),
        (b"NaN", "geen opgeslagen werkbestand"),
        (b"[" * 100_000 + b"]" * 100_000, "geen opgeslagen werkbestand"),
        (b"[]", "komt niet uit de HGW-werkmap"),
        (b'{"format": "iets anders"}', "komt niet uit de HGW-werkmap"),
        (_env(kind="tracking_sheet"), "andere oefening"),
        (_env(schema_version=2), "nieuwere versie"),
        (_env(schema_version="1"), "beschadigd"),
        (_env(schema_version=True), "beschadigd"),
        (_env(schema_version=0), "beschadigd"),
        (_env(data=[1, 2]), "beschadigd"),
        (_env(kind=None), "beschadigd"),
        (b" " * (MAX_SAVE_BYTES + 1), "te groot"),
    ],
    ids=[
        "empty", "blank", "not-utf8", "not-json", "nan", "deep", "a-list", "other-format", "other-kind",
        "newer", "version-text", "version-bool", "version-zero", "data-list", "kind-missing", "too-big",
    ],
)
def test_bad_files_get_a_dutch_message(data, fragment):
    with pytest.raises(SaveFileError) as info:
        load_work(data, kind="goal_card")
    assert fragment in info.value.message_nl
    assert "Traceback" not in info.value.message_nl


def test_a_reader_of_a_newer_version_accepts_older_files():
    assert load_work(_env(), kind="goal_card", schema_version=3) == {"a": 1}


@pytest.mark.parametrize("payload", [[1, 2], {"x": float("nan")}, {"x": object()}])
def test_dump_refuses_what_json_cannot_hold(payload):
    with pytest.raises(SaveFileError):
        dump_work("goal_card", payload)
