"""Issue 17, a newcomer in chapter 09's meeting mode, without a browser: what a person sees and keeps.

1. an own file with a shipped id never replaces the shipped structure, also not after a reload;
   "Wis mijn gegevens" also removes the own structures; "Verwijder deze eigen opzet";
2. "Over", "Aanwezig" and "Gespreksleider" are fields of the meeting mode, kept and used by the verslag;
3. a part's date: a year being typed is said under the field, the message goes when the date is right,
   a typed date is never replaced by today's;
7. "Nieuw gesprek beginnen" starts without a half-typed agreement.
"""

from __future__ import annotations

from datetime import date

import yaml

from hgw_widgets import MeetingMode
from hgw_widgets.domain.conversation import plan_from_structure
from hgw_widgets.domain.structures import load_structure, structure_yaml
from hgw_widgets.export.conversation import record_document
from hgw_widgets.export.render import to_markdown
from hgw_widgets.views.structure_file import STORE_KEY
from tests.screen import after, browser_reports, click, fill, find, notices, store, stores, text_of, upload

SAME_ID = structure_yaml(load_structure("klassenbespreking").model_copy(update={"title": "Klassenbespreking 3C"})).encode()


def _options(mode) -> dict[str, str]:
    return {value: label for label, value in find(mode, "combobox", "Gespreksopzet").options}


def test_an_own_file_with_the_shipped_id_is_added_beside_it_also_after_a_reload():
    first = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(first, SAME_ID, filename="klassenbespreking.yaml", name="Eigen opzet laden")
    options = _options(first)
    assert options["klassenbespreking"] == "Klassenbespreking"  # the shipped one stays
    assert options["klassenbespreking-eigen"] == "Klassenbespreking 3C (eigen opzet)"
    assert first.meeting.plan.structure_id == "klassenbespreking-eigen"
    said = " ".join(notices(first, "success"))
    assert "als eigen opzet (id klassenbespreking-eigen)" in said and "‘Klassenbespreking’ van de werkmap" in said
    kept = store(first, STORE_KEY).value

    again = MeetingMode.from_structure("klassenbespreking", autosave=False)  # the reload
    browser_reports(store(again, STORE_KEY), kept)
    assert {"klassenbespreking", "klassenbespreking-eigen"} <= set(_options(again))
    assert _options(again)["klassenbespreking"] == "Klassenbespreking"


def test_a_browser_copy_with_a_shipped_id_from_before_comes_back_beside_it():
    kept = '{"own_structures": 1, "files": [{"name": "klassenbespreking.yaml", "yaml": %s}]}'
    import json
    text = kept % json.dumps(SAME_ID.decode())
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    browser_reports(store(mode, STORE_KEY), text)
    assert _options(mode)["klassenbespreking"] == "Klassenbespreking"
    assert "klassenbespreking-eigen" in _options(mode)


def test_wis_mijn_gegevens_also_removes_the_own_structures():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(mode, SAME_ID, filename="klassenbespreking.yaml", name="Eigen opzet laden")
    assert store(mode, STORE_KEY).value
    click(mode, "Wis mijn gegevens")
    click(mode, "Ja, wis")
    assert store(mode, STORE_KEY).value == ""
    assert set(_options(mode)) == set(_options(MeetingMode.from_structure("klassenbespreking", autosave=False)))
    assert mode.meeting.plan.structure_id == "klassenbespreking"


def test_an_own_structure_can_be_removed_from_the_list():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    upload(mode, SAME_ID, filename="klassenbespreking.yaml", name="Eigen opzet laden")
    click(mode, "Verwijder deze eigen opzet")
    assert "klassenbespreking-eigen" not in _options(mode)
    assert '"files": []' in store(mode, STORE_KEY).value or store(mode, STORE_KEY).value == ""
    assert any("uit de lijst" in n for n in notices(mode, "info"))
    find(mode, "combobox", "Gespreksopzet").value = "leerlingbespreking"
    assert not any(b.description == "Verwijder deze eigen opzet" for b in _shown_buttons(mode))  # shipped: no remove


def _shown_buttons(mode):
    from tests.screen import find_all
    return find_all(mode, "button")


def test_over_aanwezig_gespreksleider_are_the_users_and_the_verslag_uses_them():
    mode = MeetingMode.from_case("klas-2b", structure="klassenbespreking")
    for kept in stores(mode):
        browser_reports(kept, None)  # a first visit
    assert find(mode, "textbox", "Over", exact=True).value == "klas 2B"  # prefilled from the case
    assert "mentor" in find(mode, "textbox", "Aanwezig", exact=True).value
    fill(mode, "textbox", "Over", "Klas 3C", exact=True)
    fill(mode, "textbox", "Aanwezig", "Kim Verbeek (mentor), docent Engels, zorgcoördinator", exact=True)
    fill(mode, "textbox", "Gespreksleider", "Kim Verbeek (mentor)", exact=True)
    md = to_markdown(record_document(mode.record)).decode("utf-8")
    assert "Verslag van het gesprek over Klas 3C" in md
    assert "Aanwezig: Kim Verbeek (mentor), docent Engels, zorgcoördinator" in md
    assert "Gespreksleider: Kim Verbeek (mentor)" in md and "Sanne" not in md and "2B" not in md.split("##")[0]
    kept = _work_store(mode).value
    assert '"student": "Klas 3C"' in kept  # kept with the work in this browser
    again = MeetingMode.from_case("klas-2b", structure="klassenbespreking")  # the reload
    browser_reports(_work_store(again), kept)
    assert find(again, "textbox", "Over", exact=True).value == "Klas 3C"
    assert find(again, "textbox", "Gespreksleider", exact=True).value == "Kim Verbeek (mentor)"


def test_another_structure_starts_without_the_cases_people():
    mode = MeetingMode.from_case("klas-2b", structure="klassenbespreking", autosave=False)
    find(mode, "combobox", "Gespreksopzet").value = "groepsbespreking-vo"
    for name in ("Over", "Aanwezig", "Gespreksleider"):
        assert find(mode, "textbox", name, exact=True).value == ""
    assert "2B" not in text_of(find(mode, css_class="hgw-meeting-facts"))


def test_another_structure_keeps_what_the_user_typed_in_the_fields():
    mode = MeetingMode.from_case("klas-2b", structure="klassenbespreking", autosave=False)
    fill(mode, "textbox", "Over", "Klas 3C", exact=True)
    upload(mode, SAME_ID, filename="klassenbespreking.yaml", name="Eigen opzet laden")
    assert mode.meeting.plan.structure_id == "klassenbespreking-eigen"
    assert find(mode, "textbox", "Over", exact=True).value == "Klas 3C"
    assert find(mode, "textbox", "Gespreksleider", exact=True).value == ""  # the case's chair is not carried


def _second_part(mode):
    fill(mode, "date", "Datum van dit deel", date(2026, 11, 30))
    while "Bespreking met het team" not in text_of(find(mode, css_class="hgw-phase-card-box")):
        click(mode, "Volgende fase")


def test_a_year_being_typed_is_said_under_the_date_and_goes_when_the_date_is_right():
    mode = MeetingMode(plan_from_structure("leerlingbespreking", student="Noah"), held_on=date(2026, 11, 30), autosave=False)
    _second_part(mode)
    field = find(mode, "date", "Datum van dit deel")
    field.value = date(2, 12, 7)  # the browser while the year is typed: "0002-12-07"
    under = after(mode, find(mode, "textbox", "Aanwezig bij dit deel"))  # right under the date's row
    shown = text_of(under)
    assert "Het jaar 2 kan niet" in shown and "2000 en 2099" in shown
    assert "vóór de datum van een eerder deel" not in text_of(mode)
    field.value = date(2026, 12, 7)
    assert text_of(under) == "" and "Het jaar" not in text_of(mode)
    _run_button(mode).click()
    assert mode.record.parts[1].held_on == date(2026, 12, 7)  # typed, never replaced by today


def test_a_refused_typed_date_is_not_replaced_by_today_when_the_part_starts():
    mode = MeetingMode(plan_from_structure("leerlingbespreking", student="Noah"), held_on=date(2026, 11, 30), autosave=False)
    _second_part(mode)
    find(mode, "date", "Datum van dit deel").value = date(12, 3, 1)  # "12026" typed: refused
    _run_button(mode).click()
    assert mode.record.parts[1].held_on is None  # not today: the chair typed a date (to be corrected)
    md = to_markdown(record_document(mode.record)).decode("utf-8")
    assert "01-03-1" not in md and "01-03-12" not in md


def test_nieuw_gesprek_beginnen_starts_without_a_half_typed_agreement():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    find(mode, "textbox", "Snelle aantekeningen").value = "Wat zei de klas?"
    fill(mode, "textbox", "Wie", "Kim", exact=True)
    fill(mode, "textbox", "Wat", "plant een gesprek met Daan en Lotte", exact=True)
    find(mode, "combobox", "Gespreksopzet").value = "leerlingbespreking"
    click(mode, "Nieuw gesprek beginnen")
    assert find(mode, "textbox", "Wie", exact=True).value == "" and find(mode, "textbox", "Wat", exact=True).value == ""


def test_the_remove_button_of_an_agreement_is_never_cut_off():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    fill(mode, "textbox", "Wie", "mentor", exact=True)
    fill(mode, "textbox", "Wat", "belt moeder", exact=True)
    fill(mode, "textbox", "Wanneer", "vrijdag", exact=True)
    click(mode, "Afspraak vastleggen")
    remove = find(mode, "button", "Verwijder deze afspraak")
    assert remove.layout.flex == "0 0 auto" and remove.layout.width != "2.6em"


def test_a_guideline_chip_says_whose_guideline_it_is():
    mode = MeetingMode.from_structure("oudergesprek-bij-zorgen", autosave=False)
    card = find(mode, css_class="hgw-phase-card-box").value
    assert "voor oudergesprekken" in card and "hoofdstuk 6 tot en met 8" in card
    assert yaml  # (yaml used for structure files above)


def _run_button(mode):
    return find(mode, "button", css_class="hgw-meeting-run")


def _work_store(mode):
    return next(s for s in stores(mode) if s.key == "gespreksmodus-klas-2b")


def test_a_finished_team_meeting_names_no_guideline_for_conversations_with_parents():
    mode = MeetingMode.from_structure("klassenbespreking", autosave=False)
    click(mode, "Gesprek afronden")
    warnings = " ".join(notices(mode, "warning"))
    assert "Er zijn nog geen afspraken vastgelegd." in warnings and "evalueren" in warnings
    assert "richtlijn" not in warnings.lower()
