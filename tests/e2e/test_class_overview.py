"""Chapter 5 in Voilà, in Chromium: upload a CSV, set a target, see the subject that misses it."""

from __future__ import annotations

import re

from playwright.sync_api import expect

CHAPTER = "05-klassenoverzicht-en-klassendoelen"
CSV = "Naam;Klas;Wiskunde;Engels\nAnna de Vries;2B;4,5;7\nBram Bakker;2B;6;8\nStéphanie Dubois;2B;5,5;4\n".encode("cp1252")


def choose_file(page, scope, path) -> None:
    """Pick a file with the FileUpload button.

    ipywidgets 8 keeps the upload's <input type=file> out of the document (the
    button clicks a detached input), so Playwright gets it as a file chooser.
    """
    with page.expect_file_chooser() as chooser:
        scope.locator(".hgw-grade-upload").click()
    chooser.value.set_files(str(path))


def test_upload_csv_set_target_see_missed_subject(page, open_chapter, assert_no_error_output, tmp_path):
    open_chapter(page, CHAPTER, wait_for=".hgw-grade-upload")
    own = page.locator(".hgw-class-overview").nth(1)  # the second view: "Je eigen klas"
    expect(own.get_by_text("Kies hierboven een cijferexport")).to_be_visible()

    path = tmp_path / "cijfers-2b.csv"
    path.write_bytes(CSV)
    choose_file(page, own, path)
    expect(own.locator(".hgw-message")).to_contain_text("3 leerlingen en 2 vakken", timeout=20_000)

    targets = own.locator(".hgw-target-input input")
    expect(targets).to_have_count(2)
    targets.nth(0).fill("80")  # Wiskunde: 2 of 3 sufficient = 67 %
    targets.nth(0).press("Enter")
    targets.nth(1).fill("60")  # Engels: 2 of 3 = 67 %
    targets.nth(1).press("Enter")
    wiskunde = own.locator(".hgw-class-summary tr[data-subject='Wiskunde']")
    expect(wiskunde).to_contain_text("niet gehaald", timeout=10_000)
    expect(wiskunde).to_contain_text("67%")
    engels = own.locator(".hgw-class-summary tr[data-subject='Engels']")
    expect(engels).to_contain_text(re.compile(r"✔\s*gehaald"), timeout=10_000)
    expect(own.locator(".hgw-below")).to_contain_text("Anna de Vries (4,5)")
    expect(own.locator("img.hgw-chart")).to_be_visible()
    assert_no_error_output(page)


def test_bad_file_names_row_and_column_and_keeps_data(page, open_chapter, assert_no_error_output, tmp_path):
    open_chapter(page, CHAPTER, wait_for=".hgw-grade-upload")
    example = page.locator(".hgw-class-overview").nth(0)
    expect(example.locator(".hgw-class-summary tr[data-subject='Wiskunde']")).to_be_visible()
    path = tmp_path / "kapot.csv"
    path.write_bytes(b"Naam;Wiskunde\nAnna;6\nBram;zeven\n")
    choose_file(page, example, path)
    expect(example.locator(".hgw-message")).to_contain_text("Rij 3", timeout=20_000)
    expect(example.locator(".hgw-message")).to_contain_text("Wiskunde")
    # the example class is still there
    expect(example.locator(".hgw-class-summary tr[data-subject='Nederlands']")).to_be_visible()
    assert_no_error_output(page)
