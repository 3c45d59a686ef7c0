"""Render a ``Document`` as printable HTML, Word (DOCX) or Markdown bytes.

All three escape every piece of text, so that whatever a visitor typed (a
``<script>``, a Markdown link, a control character) comes out as plain text.
The HTML page is standalone: no external resources, no scripts (its
Content-Security-Policy forbids them), an A4 print stylesheet.
"""

from __future__ import annotations

import html
import io
import re

from .document import BulletList, Checklist, Document, Heading, PageBreak, Paragraph, Table

# Characters XML 1.0 (and so DOCX) cannot hold; we drop them everywhere.
_INVALID_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: object) -> str:
    """Text without characters that no export format can hold."""
    return _INVALID_XML_RE.sub("", "" if text is None else str(text))


# --- HTML -------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 15mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 11pt; color: #111; }
body { max-width: 190mm; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 0.1em; }
.subtitle { font-size: 12pt; color: #444; margin: 0 0 1em; }
h2 { font-size: 14pt; margin: 1.1em 0 0.3em; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin: 0.9em 0 0.2em; }
h4 { font-size: 11pt; margin: 0.8em 0 0.2em; }
p { margin: 0.3em 0; overflow-wrap: anywhere; }
p.muted { color: #555; font-size: 9.5pt; }
ul, ol { margin: 0.3em 0 0.3em 1.4em; padding: 0; }
li { margin: 0.15em 0; overflow-wrap: anywhere; }
ul.checklist { list-style: none; margin-left: 0; }
ul.checklist li::before { content: "\\2610\\00a0\\00a0"; font-size: 13pt; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
th, td { border: 1px solid #555; padding: 0.25em 0.4em; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #eee; overflow-wrap: normal; word-break: keep-all; hyphens: manual; }
table.tall td { height: 2.3em; }
.page-break { break-after: page; page-break-after: always; height: 0; }
@media print {
  body { margin: 0; padding: 0; max-width: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _h(text: object) -> str:
    return html.escape(clean_text(text), quote=True).replace("\n", "<br>")


def _html_block(block) -> str:
    if isinstance(block, Heading):
        level = max(block.level, 2)
        return f"<h{level}>{_h(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        css = ' class="muted"' if block.muted else ""
        return f"<p{css}>{_h(block.text)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{_h(i)}</li>" for i in block.items) + f"</{tag}>"
    if isinstance(block, Checklist):
        return '<ul class="checklist">' + "".join(f"<li>{_h(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Table):
        css = ' class="tall"' if block.tall else ""
        caption = f"<caption>{_h(block.caption)}</caption>" if block.caption else ""
        head = "".join(f'<th scope="col">{_h(c)}</th>' for c in block.header)
        body = "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table{css}>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if isinstance(block, PageBreak):
        return '<div class="page-break"></div>'
    raise TypeError(f"not a document block: {type(block).__name__}")


def to_html(doc: Document) -> bytes:
    """A complete, standalone HTML page (UTF-8) ready to print on A4."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(doc.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_h(doc.title)}</h1>",
    ]
    if doc.subtitle:
        parts.append(f'<p class="subtitle">{_h(doc.subtitle)}</p>')
    parts.extend(_html_block(b) for b in doc.blocks)
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")


# --- Markdown ---------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#+!|~])")
_MD_LINE_START = re.compile(r"^([-=>:]|\d+(?=[.)]))")


def md_escape(text: object) -> str:
    """Escape text so Markdown renders it literally (no links, HTML, emphasis)."""
    lines = []
    for line in clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        line = _MD_SPECIAL.sub(r"\\\1", line)
        line = re.sub(r"^(\d+)([.)])", r"\1\\\2", line)
        line = re.sub(r"^([-=:])", r"\\\1", line)
        lines.append(line)
    return "  \n".join(lines)


def _md_cell(text: object) -> str:
    return md_escape(" ".join(clean_text(text).split())) or " "


def _md_block(block) -> str:
    if isinstance(block, Heading):
        return "#" * max(block.level, 2) + " " + md_escape(" ".join(block.text.split()))
    if isinstance(block, Paragraph):
        text = md_escape(block.text)
        return f"*{text}*" if block.muted and text else text
    if isinstance(block, BulletList):
        marks = (f"{n}." for n in range(1, len(block.items) + 1)) if block.ordered else iter(lambda: "-", None)
        return "\n".join(f"{m} {md_escape(' '.join(i.split()))}" for m, i in zip(marks, block.items))
    if isinstance(block, Checklist):
        return "\n".join(f"- [ ] {md_escape(' '.join(i.split()))}" for i in block.items)
    if isinstance(block, Table):
        if not block.header:
            return ""
        lines = [f"**{md_escape(block.caption)}**", ""] if block.caption else []
        lines.append("| " + " | ".join(_md_cell(c) for c in block.header) + " |")
        lines.append("|" + "---|" * len(block.header))
        lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows)
        return "\n".join(lines)
    if isinstance(block, PageBreak):
        return "---"
    raise TypeError(f"not a document block: {type(block).__name__}")


def to_markdown(doc: Document) -> bytes:
    """The document as Markdown (UTF-8); user text cannot inject markup."""
    parts = ["# " + md_escape(" ".join(doc.title.split()))]
    if doc.subtitle:
        parts.append(md_escape(doc.subtitle))
    parts.extend(p for p in (_md_block(b) for b in doc.blocks) if p)
    return ("\n\n".join(parts) + "\n").encode("utf-8")


# --- Word -------------------------------------------------------------------


def to_docx(doc: Document) -> bytes:
    """The document as a Word file (A4), made with python-docx."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Mm, Pt

    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    word.core_properties.title = clean_text(doc.title)[:250]
    word.core_properties.language = "nl-NL"
    word.styles["Normal"].font.size = Pt(11)

    word.add_heading(clean_text(doc.title), level=0)
    if doc.subtitle:
        word.add_paragraph(clean_text(doc.subtitle), style="Subtitle")
    for block in doc.blocks:
        if isinstance(block, Heading):
            word.add_heading(clean_text(block.text), level=min(max(block.level - 1, 1), 3))
        elif isinstance(block, Paragraph):
            para = word.add_paragraph()
            run = para.add_run(clean_text(block.text))
            if block.muted:
                run.italic = True
                run.font.size = Pt(9)
        elif isinstance(block, BulletList):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                word.add_paragraph(clean_text(item), style=style)
        elif isinstance(block, Checklist):
            for item in block.items:
                word.add_paragraph("☐  " + clean_text(item))
        elif isinstance(block, Table):
            if block.caption:
                word.add_paragraph().add_run(clean_text(block.caption)).bold = True
            if not block.header:
                continue
            table = word.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header):
                cell.text = ""
                cell.paragraphs[0].add_run(clean_text(text)).bold = True
            for row in block.rows:
                new = table.add_row()
                if block.tall:
                    new.height = Cm(1.0)
                for cell, text in zip(new.cells, row):
                    cell.text = clean_text(text)
            word.add_paragraph()
        elif isinstance(block, PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise TypeError(f"not a document block: {type(block).__name__}")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
