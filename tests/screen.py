"""Find a view's parts the way a person (or a screen reader) does: by role and visible name.

View tests used to reach into private attributes (``view._bar.children[0]``), so a test broke
when a view was rearranged and passed when a field was hidden from the person. These helpers walk
the widget tree as it is shown and find a widget by its *role* (button, textbox, checkbox, ...)
and its *name* (the label a person reads: ``description``, else the placeholder, else the text
just before it), or by the ``hgw-*`` CSS class the browser tests use as well (issue 15).

    from tests.screen import find, click, fill, text_of
    fill(view, "textbox", "Doel", "Over drie weken ...")
    click(view, "Toevoegen")
    assert "Toegevoegd" in text_of(find(view, "status"))

Roles: ``button``, ``textbox`` (Text, Textarea), ``number`` (Int/Float text fields), ``checkbox``,
``combobox`` (Dropdown, Select), ``radiogroup``, ``date``, ``upload``, ``html`` (HTML, Label),
``status`` (the ``hgw-message`` area that says what happened), ``group`` (any box),
``download`` (a ``DownloadButton``, named by the text on it), ``share`` (a ``ShareButton``, "Deel met
de trainer", named by its accessible name: "Deel met de trainer: doel 2").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime, timezone

import ipywidgets as widgets

_ROLES: tuple[tuple[type, str], ...] = (
    (widgets.Button, "button"),
    (widgets.FileUpload, "upload"),
    (widgets.Textarea, "textbox"),
    (widgets.Text, "textbox"),
    (widgets.Password, "textbox"),
    (widgets.Checkbox, "checkbox"),
    (widgets.ToggleButton, "checkbox"),
    (widgets.RadioButtons, "radiogroup"),
    (widgets.ToggleButtons, "radiogroup"),
    (widgets.Dropdown, "combobox"),
    (widgets.Select, "combobox"),
    (widgets.SelectMultiple, "combobox"),
    (widgets.DatePicker, "date"),
    (widgets.IntText, "number"),
    (widgets.FloatText, "number"),
    (widgets.BoundedIntText, "number"),
    (widgets.BoundedFloatText, "number"),
    (widgets.IntSlider, "number"),
    (widgets.FloatSlider, "number"),
    (widgets.HTML, "html"),
    (widgets.Label, "html"),
    (widgets.HTMLMath, "html"),
    (widgets.Box, "group"),
)
STATUS_CLASS = "hgw-message"
_TAG = re.compile(r"<[^>]+>")
_ALT = re.compile(r"<img\b[^>]*\balt=\"([^\"]*)\"", re.IGNORECASE)
_NOTICE = re.compile(r'<div class="hgw-notice hgw-notice-(\w+)"[^>]*>(.*?)</div>', re.DOTALL)
_SPACE = re.compile(r"\s+")


def css_classes(widget: widgets.Widget) -> tuple[str, ...]:
    """The CSS classes a widget carries in the page (what ``add_class`` added)."""
    return tuple(getattr(widget, "_dom_classes", ()))


def is_shown(widget: widgets.Widget) -> bool:
    """False when the widget is hidden from a person (``display: none`` or ``visibility: hidden``)."""
    layout = getattr(widget, "layout", None)
    if layout is None:
        return True
    return layout.display != "none" and layout.visibility != "hidden"


def _is_download(widget: widgets.Widget) -> bool:
    from hgw_widgets.views.download import DownloadButton

    return isinstance(widget, DownloadButton)


def _is_share(widget: widgets.Widget) -> bool:
    from hgw_widgets.views.share import ShareButton

    return isinstance(widget, ShareButton)


def role_of(widget: widgets.Widget) -> str | None:
    """The widget's role (see the module's list), ``status`` for the message area; None for others."""
    if STATUS_CLASS in css_classes(widget):
        return "status"
    if _is_download(widget):
        return "download"
    if _is_share(widget):
        return "share"
    for cls, role in _ROLES:
        if isinstance(widget, cls):
            return role
    return None


def plain(markup: str) -> str:
    """Text a person reads in HTML ``markup``: tags removed, entities decoded, spaces collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def walk(root: widgets.Widget, *, shown_only: bool = True) -> Iterator[widgets.Widget]:
    """Every widget under ``root`` (root included), depth first in page order.

    With ``shown_only`` a hidden box hides everything inside it, as in the browser.
    """
    if shown_only and not is_shown(root):
        return
    yield root
    for child in getattr(root, "children", ()) or ():
        yield from walk(child, shown_only=shown_only)


def text_of(widget: widgets.Widget, *, shown_only: bool = True) -> str:
    """All text a person reads in ``widget`` and what it contains: HTML, labels, values, buttons."""
    parts: list[str] = []
    for w in walk(widget, shown_only=shown_only):
        if isinstance(w, (widgets.HTML, widgets.Label, widgets.HTMLMath)):
            parts.append(plain(str(w.value)))
        elif isinstance(w, widgets.Button):
            parts.append(w.description)
        elif isinstance(w, (widgets.Text, widgets.Textarea)):
            parts.append(str(w.value))
        elif isinstance(w, (widgets.Dropdown, widgets.RadioButtons, widgets.Select, widgets.ToggleButtons)):
            parts.append("" if w.label is None else str(w.label))
    return " ".join(p for p in parts if p)


def name_of(widget: widgets.Widget, before: widgets.Widget | None = None) -> str:
    """The name a person reads for ``widget``: its description, else placeholder or tooltip,
    else (for a field without a label of its own) the text of the label widget just before it.
    A text is named by what it says, an image alone by its ``alt`` text, a download by its label."""
    if _is_download(widget):
        return plain(str(widget.label))
    if _is_share(widget):
        return plain(str(widget.accessible_name))
    for attr in ("description", "placeholder", "tooltip"):
        value = plain(str(getattr(widget, attr, None) or "")).replace("\u200b", "")
        if value:  # ipywidgets' empty placeholder is a zero-width space
            return value
    if isinstance(widget, (widgets.HTML, widgets.Label)):
        # a text is named by what it says, not by the text before it; an image by its alt text
        return plain(str(widget.value)) or " ".join(plain(a) for a in _ALT.findall(str(widget.value)))
    if before is not None and isinstance(before, (widgets.HTML, widgets.Label)):
        return plain(str(before.value))
    return ""


def _label_before(widget: widgets.Widget, before: widgets.Widget | None) -> str:
    """The text shown just before a field (its visible label when it has no ``description``)."""
    if isinstance(widget, (widgets.HTML, widgets.Label)) or not isinstance(before, (widgets.HTML, widgets.Label)):
        return ""
    return plain(str(before.value))


def _named(root: widgets.Widget, shown_only: bool) -> Iterator[tuple[widgets.Widget, tuple[str, ...]]]:
    """Each widget with the names a person may call it by: its own name and the label shown before it
    (a field with an example as placeholder is still called by the label above it)."""
    def visit(w: widgets.Widget, before: widgets.Widget | None):
        if shown_only and not is_shown(w):
            return
        yield w, tuple(dict.fromkeys(n for n in (name_of(w, before), _label_before(w, before)) if n))
        prev = None
        for child in getattr(w, "children", ()) or ():
            yield from visit(child, prev)
            if not shown_only or is_shown(child):
                prev = child

    yield from visit(root, None)


def find_all(
    root: widgets.Widget,
    role: str | None = None,
    name: str | None = None,
    *,
    css_class: str | None = None,
    exact: bool = False,
    shown_only: bool = True,
) -> list[widgets.Widget]:
    """All widgets under ``root`` with this role, name (substring, case-insensitive unless ``exact``;
    a field also answers to the label shown just before it) and CSS class; each criterion left out
    matches everything."""
    found = []
    for w, names in _named(root, shown_only):
        if role is not None and role_of(w) != role:
            continue
        if css_class is not None and css_class not in css_classes(w):
            continue
        if name is not None:
            if exact and name not in names:
                continue
            if not exact and not any(name.casefold() in n.casefold() for n in names):
                continue
        found.append(w)
    return found


def find(
    root: widgets.Widget,
    role: str | None = None,
    name: str | None = None,
    *,
    css_class: str | None = None,
    exact: bool = False,
    shown_only: bool = True,
    index: int | None = None,
) -> widgets.Widget:
    """The one widget matching (see ``find_all``); with ``index`` the n-th of several.

    Raises:
        AssertionError: none matches, or several match and no ``index`` was given; the message
            lists what a person would see with that role, to help fix the test.
    """
    found = find_all(root, role, name, css_class=css_class, exact=exact, shown_only=shown_only)
    if index is not None:
        if index >= len(found):
            raise AssertionError(f"only {len(found)} {role or 'widget'}(s) named {name!r}, asked for #{index}")
        return found[index]
    if len(found) == 1:
        return found[0]
    seen = [" / ".join(names) for w, names in _named(root, shown_only) if role is None or role_of(w) == role]
    what = f"{role or 'widget'} named {name!r}" + (f" with class {css_class!r}" if css_class else "")
    if not found:
        raise AssertionError(f"no {what} is shown; shown {role or 'widgets'}: {seen[:40]}")
    raise AssertionError(f"{len(found)} of {what} are shown; pass index= or a longer name")


def click(root: widgets.Widget, name: str, *, exact: bool = False, index: int | None = None) -> widgets.Button:
    """Click the shown button named ``name``; fails if it is disabled (a person cannot click it)."""
    button = find(root, "button", name, exact=exact, index=index)
    assert not button.disabled, f"button {button.description!r} is disabled"
    button.click()
    return button


def fill(root: widgets.Widget, role: str, name: str | None, value, *, exact: bool = False,
         index: int | None = None) -> widgets.Widget:
    """Set the value of the shown field with this role and name, as typing or choosing does."""
    field = find(root, role, name, exact=exact, index=index)
    assert not getattr(field, "disabled", False), f"{role} {name!r} is disabled"
    field.value = value
    return field


def upload(root: widgets.Widget, content: bytes, *, filename: str = "werk.json", size: int | None = None,
           name: str | None = None) -> widgets.FileUpload:
    """Choose a file in the shown upload button (named ``name`` if several), as the browser sends it.

    ``size`` is what the page claims; hgw-upload.js sends an empty stand-in with the real size for a
    file that is too big.
    """
    field = find(root, "upload", name)
    assert not field.disabled, f"upload {field.description!r} is disabled"
    field.value = ({
        "name": filename, "type": "application/octet-stream", "size": len(content) if size is None else size,
        "content": memoryview(content), "last_modified": datetime.now(timezone.utc),
    },)
    return field


def status(root: widgets.Widget, *, index: int | None = None) -> str:
    """What the view says just happened: the text of every shown message area (``hgw-message``),
    in page order, or of the ``index``-th only. A view may answer next to the field concerned."""
    areas = find_all(root, "status")
    assert areas, "no message area (hgw-message) is shown"
    if index is not None:
        return text_of(areas[index])
    return " ".join(t for t in (text_of(a) for a in areas) if t)


def notices(root: widgets.Widget, kind: str | None = None) -> list[str]:
    """The text of every shown notice box (``hgw-notice``) under ``root``, in page order, of one
    ``kind`` (``error``, ``warning``, ``success``, ``info``: the colour a person sees, and ``role=alert``
    for an error) or of all kinds. Also the notices outside a message area (next to a field)."""
    found = []
    for w in walk(root):
        if isinstance(w, (widgets.HTML, widgets.HTMLMath)):
            found.extend(plain(text) for k, text in _NOTICE.findall(str(w.value)) if kind is None or k == kind)
    return found


def row_of(root: widgets.Widget, widget: widgets.Widget) -> widgets.Box:
    """The shown box that directly holds ``widget`` (its row): to press the "Toevoegen" next to a field
    when several buttons say "Toevoegen"."""
    for w in walk(root):
        if widget in (getattr(w, "children", ()) or ()):
            return w
    raise AssertionError(f"{type(widget).__name__} is not shown under this view")


def after(root: widgets.Widget, widget: widgets.Widget) -> widgets.Widget:
    """The widget shown right after ``widget``, or after the row that holds it when it is the row's last:
    where a view says what is wrong with a field."""
    box, item = row_of(root, widget), widget
    while True:
        shown = [c for c in box.children if is_shown(c)]
        if shown.index(item) < len(shown) - 1:
            return shown[shown.index(item) + 1]
        assert box is not root, f"nothing is shown after this {type(widget).__name__}"
        box, item = row_of(root, box), box


def download(root: widgets.Widget, name: str, *, exact: bool = False) -> bytes:
    """Click the shown download button named ``name``: the bytes the browser saves as a file."""
    button = find(root, "download", name, exact=exact)
    assert not button.disabled, f"download {button.label!r} is disabled"
    return button.make_file()


def share(root: widgets.Widget, name: str | None = None, *, index: int | None = None,
          shown_name: str | None = None) -> dict:
    """Press the shown "Deel met de trainer" button named ``name``: what the kernel hands the browser,
    ``{"event": "payload", "ok": True, "payload": {...}}`` (the browser posts it to the wall) or
    ``{"ok": False, "bericht": "<Dutch>"}`` (the browser shows it and posts nothing).
    ``shown_name``: what the page's "Naam" field shows at the click, sent with it (None: not sent)."""
    button = find(root, "share", name, index=index)
    sent: list = []
    button.send = lambda content, buffers=None: sent.append(content)  # what would go to the page
    try:
        browser_sends(button, {"event": "request"} if shown_name is None else {"event": "request", "naam": shown_name})
    finally:
        del button.send
    assert len(sent) == 1, f"the kernel answered a click with {len(sent)} messages"
    return sent[0]


def stores(root: widgets.Widget) -> list:
    """The browser stores (``BrowserStore``) under ``root``, in page order (they draw nothing)."""
    from hgw_widgets.views.storage import BrowserStore

    return [w for w in walk(root, shown_only=False) if isinstance(w, BrowserStore)]


def store(root: widgets.Widget, key_part: str):
    """The one browser store whose key contains ``key_part``."""
    found = [s for s in stores(root) if key_part in s.key]
    assert len(found) == 1, f"{len(found)} stores with {key_part!r} in their key: {[s.key for s in stores(root)]}"
    return found[0]


def browser_reports(store_widget, value: str | None) -> None:
    """What the browser does on page load: it tells the store what it kept (``None``: nothing).

    Sends the message the way ipywidgets delivers a front-end message to the kernel side.
    """
    browser_sends(store_widget, {"event": "ready", "value": value})


def browser_sends(widget: widgets.Widget, content) -> None:
    """A custom message from the page's JavaScript to ``widget`` (what its ``on_msg`` handlers get),
    delivered the way ipywidgets delivers one from the front end."""
    widget._handle_custom_msg(content, [])


def visitor_sets(widget: widgets.Widget, value, *, trait: str = "value") -> None:
    """What a visitor can send from the browser: any value, past the checks ipywidgets does in Python.

    The value is written without validation and without notifying observers, as a raw front-end
    message could leave it; the view must refuse it when it reads the field.
    """
    widget.__dict__["_trait_values"][trait] = value


def visitor_sends(widget: widgets.Widget, value, *, trait: str = "value") -> None:
    """As ``visitor_sets``, and the view hears of it: what a hand-made front-end message does (a value
    ipywidgets would refuse, such as an upload entry that is no file, reaching the view's handler).
    Nothing is sent back to the page (as with a message from the page)."""
    from traitlets import Bunch, HasTraits

    old = getattr(widget, trait)
    visitor_sets(widget, value, trait=trait)
    HasTraits.notify_change(widget, Bunch(name=trait, old=old, new=value, owner=widget, type="change"))
