"""Renderers: every text arrives, and no user text turns into markup."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import docx
import pytest

from hgw_widgets.export.document import (
    BulletList,
    Checklist,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from hgw_widgets.export.render import md_escape, to_docx, to_html, to_markdown

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) **vet** # kop'


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def _doc(text: str = HOSTILE) -> Document:
    return Document(
        title=f"Kaart {text}",
        subtitle="ondertitel",
        blocks=(
            Heading(f"Kop {text}"),
            Paragraph(f"Alinea {text}\ntweede regel"),
            BulletList([f"punt {text}", "twee"], ordered=True),
            Checklist([f"vinkje {text}"]),
            Table(("Doel", "ma"), [(f"cel {text}", "✔"), ("leeg",)], tall=True, caption="Week 1"),
            PageBreak(),
            Paragraph("na de pagina", muted=True),
        ),
    )


def _parse(data: bytes) -> _Collect:
    parser = _Collect()
    parser.feed(data.decode("utf-8"))
    return parser


def test_html_is_a_standalone_printable_page():
    parsed = _parse(to_html(_doc("gewoon")))
    assert parsed.tags[:2] == ["html", "head"]
    assert "@page { size: A4" in parsed.style and "@media print" in parsed.style
    assert {"script", "link", "img", "iframe"}.isdisjoint(parsed.tags)
    assert not any(name in ("src", "href") for name, _ in parsed.attrs)
    assert "page-break" in " ".join(v or "" for _, v in parsed.attrs)


def test_html_escapes_every_text():
    data = to_html(_doc())
    parsed = _parse(data)
    assert {"script", "img", "a"}.isdisjoint(parsed.tags)
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    text = "".join(parsed.text)
    assert text.count("<script>alert(1)</script>") == 7  # title tag + h1 + six blocks
    assert "Content-Security-Policy" in data.decode()


def test_html_keeps_every_text():
    doc = _doc("Zoë 😀")
    text = "".join(_parse(to_html(doc)).text)
    for piece in doc.texts():
        for line in piece.split("\n"):
            assert line in text


def test_docx_reads_back_with_every_text():
    doc = _doc()
    word = docx.Document(io.BytesIO(to_docx(doc)))
    paragraphs = "\n".join(p.text for p in word.paragraphs)
    cells = [c.text for table in word.tables for row in table.rows for c in row.cells]
    assert f"Kaart {HOSTILE}" in paragraphs
    assert f"punt {HOSTILE}" in paragraphs
    assert f"☐  vinkje {HOSTILE}" in paragraphs
    assert f"cel {HOSTILE}" in cells and "✔" in cells
    assert len(word.tables) == 1 and len(word.tables[0].rows) == 3
    section = word.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_docx_drops_characters_xml_cannot_hold():
    word = docx.Document(io.BytesIO(to_docx(Document("a\x00b\x0bc\ud800d"))))
    assert word.paragraphs[0].text == "abcd"


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("<script>alert(1)</script>", r"<script"),
        ("[klik](javascript:alert(1))", r"(?<!\\)\[klik(?<!\\)\]"),
        ("**vet**", r"(?<!\\)\*(?<!\\)\*vet"),
        ("# kop", r"(?m)^# kop"),
        ("1. lijst", r"(?m)^1\. lijst"),
        ("- lijst", r"(?m)^- lijst"),
        ("a | b", r"a (?<!\\)\| b"),
        ("`code`", r"(?<!\\)`code"),
        ("![x](y)", r"(?<!\\)!(?<!\\)\["),
    ],
)
def test_markdown_cannot_be_injected(text, forbidden):
    out = to_markdown(Document("t", blocks=(Paragraph(text), Table(("k",), [(text,)])))).decode()
    assert text.split()[0][:2] in out.replace("\\", "") or text.startswith("<")
    assert re.search(forbidden, out) is None, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gewoon tekst", "gewoon tekst"),
        ("a*b_c", r"a\*b\_c"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("1. eerst", r"1\. eerst"),
        ("regel\nregel", "regel  \nregel"),
    ],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


def test_markdown_structure():
    out = to_markdown(_doc("x")).decode()
    assert out.startswith("# Kaart x\n")
    assert "\n## Kop x\n" in out
    assert "\n1. punt x\n2. twee\n" in out
    assert "- [ ] vinkje x" in out
    assert "| Doel | ma |\n|---|---|\n| cel x | ✔ |\n| leeg |   |" in out


def test_document_refuses_unknown_blocks():
    with pytest.raises(TypeError):
        Document("t", blocks=("just text",))
