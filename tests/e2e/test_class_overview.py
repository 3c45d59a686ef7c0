"""Chapter 5 in Voilà, in Chromium, used as a person does (mouse wheel, then click or type).

A mentor uploads a Magister-style export (student numbers, name parts, a mentor column, a starred
grade, LO graded V/G/O), sees what was set aside and the right percentages, sets a class goal and
types the pass mark "6,0"; a broken file lists every problem and keeps the data shown.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.person import click, reach, type_text

CHAPTER = "05-klassenoverzicht-en-klassendoelen"
MAGISTER = (
    "Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Klassenmentor 1;ne;wi;lo\r\n"
    "310001;Anna;de;Vries;2B;T. Verhoef;6,0;4,5;V\r\n"
    "310002;Bram;;Bakker;2B;T. Verhoef;8,9*;6,1;O\r\n"
    "310003;Sam;;Jansen;2B;T. Verhoef;5,6;4,0;G\r\n"
    "310004;Sam;;Jansen;2B;T. Verhoef;7,4;5,45;V\r\n"
).encode("utf-8")


def choose_file(page, scope, path) -> None:
    """Reach the upload button with the wheel, click it, and pick a file in the chooser.

    ipywidgets 8 keeps the upload's <input type=file> out of the document (the
    button clicks a detached input), so Playwright gets it as a file chooser.
    """
    with page.expect_file_chooser() as chooser:
        click(page, scope.locator(".hgw-grade-upload"))
    chooser.value.set_files(str(path))


def row(scope, subject: str):
    return scope.locator(f".hgw-class-summary tr[data-subject='{subject}']")


def test_magister_export_read_as_the_school_means_it(page, open_chapter, assert_no_error_output, tmp_path):
    open_chapter(page, CHAPTER, wait_for=".hgw-grade-upload")
    own = page.locator(".hgw-class-overview").nth(1)  # the second view: "Je eigen klas"
    expect(reach(page, own.get_by_text("Kies hierboven een cijferexport"))).to_be_visible()

    path = tmp_path / "cijferoverzicht-2b.csv"
    path.write_bytes(MAGISTER)
    choose_file(page, own, path)
    expect(own.locator(".hgw-message").first).to_contain_text("4 leerlingen en 3 vakken", timeout=20_000)
    info = reach(page, own.locator(".hgw-import-info"))
    expect(info).to_contain_text("Niet gebruikt: Klas (geen vak); Klassenmentor 1 (geen vak)")
    expect(info).to_contain_text("Stamnr")

    ne, wi, lo = (reach(page, row(own, s)) for s in ("ne", "wi", "lo"))
    expect(ne).to_contain_text("ne (Nederlands)")
    expect(ne).to_contain_text("100 %")  # 6,0  8,9*  5,6  7,4
    expect(wi).to_contain_text("50 %")  # 4,5  6,1  4,0  5,45 (shown 5,5)
    expect(lo).to_contain_text("lo (Lichamelijke opvoeding)")
    expect(lo).to_contain_text("75 %")  # V  O  G  V

    below = reach(page, own.locator(".hgw-below details[data-subject='wi']"))
    expect(below).to_contain_text("Sam Jansen (310003)")
    expect(below).not_to_contain_text("5,5")
    expect(reach(page, own.locator(".hgw-below details[data-subject='lo']"))).to_contain_text("onvoldoende")

    type_text(page, own.locator(".hgw-all-targets input"), "80")
    click(page, own.get_by_role("button", name="Toepassen"))
    expect(reach(page, row(own, "wi"))).to_contain_text(re.compile(r"✘\s*niet gehaald"), timeout=10_000)
    expect(row(own, "ne")).to_contain_text(re.compile(r"✔\s*gehaald"))

    pass_mark = own.locator(".hgw-pass-mark input")
    type_text(page, pass_mark, "6,0", leave=True)
    expect(reach(page, row(own, "ne"))).to_contain_text("75 %", timeout=10_000)  # 5,6 is now below
    expect(pass_mark).to_have_value("6,0")
    type_text(page, pass_mark, "60", leave=True)
    expect(own.locator(".hgw-settings")).to_contain_text("60 ligt niet tussen 1 en 10")
    expect(pass_mark).to_have_value("6,0")
    expect(reach(page, own.locator("img.hgw-chart"))).to_be_visible()
    assert_no_error_output(page)


def test_bad_file_lists_every_problem_and_keeps_data(page, open_chapter, assert_no_error_output, tmp_path):
    open_chapter(page, CHAPTER, wait_for=".hgw-grade-upload")
    example = page.locator(".hgw-class-overview").nth(0)
    expect(reach(page, row(example, "Wiskunde"))).to_be_visible()
    path = tmp_path / "kapot.csv"
    path.write_bytes(b"Naam;Wiskunde;Engels\nAnna;6;zes\nBram;zeven;7\nCarlijn;8;11\n")
    choose_file(page, example, path)
    message = example.locator(".hgw-problems")
    expect(message).to_contain_text("3 problemen", timeout=20_000)
    for phrase in ("Rij 2", "Rij 3", "Rij 4", "“zeven”", "11 ligt niet tussen 1 en 10"):
        expect(message).to_contain_text(phrase)
    # the example class is still there
    expect(reach(page, row(example, "Nederlands"))).to_be_visible()
    assert_no_error_output(page)
