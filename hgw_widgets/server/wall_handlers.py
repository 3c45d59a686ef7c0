"""The trainer's wall over HTTP (issue 16 §1): participants share, only the trainer reads.

Registered by ``voila_app.WorkbookVoila`` for ``hgw-werkmap serve`` and ``room`` (``wall_handlers(base_url)``):

- ``POST hgw/muur/deel`` (``ShareHandler``): a participant shares one item (``domain.wall.parse_item``);
  Jupyter's XSRF check and, in a room, the participant's login. Answers JSON ``{"ok", "bericht"}``
  in Dutch: 201, 400 (bad item), 413 (too big), 429 (too fast, too many, wall full), 403 (no login/XSRF).
- Everything else under ``hgw/muur`` is for the trainer only (``_TrainerHandler``): the page, its
  script and style, ``stand`` (JSON, polled), ``download.docx|html``, ``verberg``, ``zichtbaar`` (put
  back) and ``wis`` (POST, XSRF). In a room the trainer has their own code (``WorkbookVoila.trainer_code``, printed on the line
  beginning with "Trainer"): ``hgw/muur?code=<code>`` sets a signed trainer cookie; anyone without it
  (a participant with the participants' code too) gets a Dutch 403 page. Wrong codes are slowed down
  per address (``throttle.LoginThrottle``). Outside a room (no trainer code) the wall is the local
  user's: the server listens on 127.0.0.1 only.

The wall lives in the server's memory only (``wall.WallStore``); kernels never import this module, so
no kernel and no websocket can reach it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import datetime

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from tornado import web

from ..domain import wall as wall_rules
from ..domain.formats import count_text
from ..domain.issues import Issue
from ..messages import t
from ..paths import package_file
from .login import client_address
from .throttle import LoginThrottle
from .wall import WallStore

STORE_SETTING = "hgw_wall"
"""Tornado setting: the server's ``WallStore``."""
TRAINER_CODE_SETTING = "hgw_trainer_code"
"""Tornado setting: the trainer's code; ``""`` outside a room (the wall is the local user's)."""
THROTTLE_SETTING = "hgw_trainer_throttle"
CONNECTED_SETTING = "hgw_wall_connected"
"""Tornado setting: a function ``handler -> int | None``, participants with an open page (None: serve)."""
TRAINER_COOKIE = "hgw_trainer"
COOKIE_DAYS = 1
STATIC_FILES = {"muur.js": "application/javascript", "muur.css": "text/css"}
"""What the trainer's page loads, from ``hgw_widgets/static/`` (no inline script: the server's CSP)."""

_ISSUE_KEYS = {
    ("not_object", "item"): "wall.issue.not_object",
    ("not_object", "naam"): "wall.issue.not_object",
    ("unknown_kind", "item"): "wall.issue.unknown_kind",
    ("too_long", "naam"): "wall.issue.name_too_long",
    ("too_long", "doel"): "wall.issue.goal_too_long",
    ("too_long", "reactie"): "wall.issue.reply_too_long",
    ("no_scores", "scores"): "wall.issue.no_scores",
    ("bad_scores", "scores"): "wall.issue.bad_scores",
    ("empty", "doel"): "wall.issue.empty_goal",
    ("empty", "reactie"): "wall.issue.empty_reply",
    ("unknown_fragment", "fragment"): "wall.issue.unknown_fragment",
    ("too_big", "item"): "wall.issue.too_big",
    ("too_fast", "muur"): "wall.issue.too_fast",
    ("too_many", "muur"): "wall.issue.too_many",
    ("wall_full", "muur"): "wall.issue.wall_full",
}
_STATUS = {"too_big": 413, "too_fast": 429, "too_many": 429, "wall_full": 429}


def issue_text(issue: Issue) -> str:
    """The Dutch answer to a refused share."""
    key = _ISSUE_KEYS.get((issue.code, issue.field), "wall.issue.not_object")
    if issue.code == "too_big":
        return t(key, limit=int(issue.detail) // 1024)
    if issue.code == "too_fast":
        return t(key, seconds=issue.detail)
    return t(key, limit=issue.detail)


def _cookie_value(code: str) -> str:
    return hashlib.sha256(("hgw-trainer:" + code).encode("utf-8")).hexdigest()[:32]


class _WallHandler(JupyterHandler):
    @property
    def store(self) -> WallStore:
        return self.settings[STORE_SETTING]

    def _json(self, status: int, data: dict) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(data, ensure_ascii=False))


class ShareHandler(_WallHandler):
    """``POST hgw/muur/deel``: a participant shares one item."""

    def write_error(self, status_code: int, **kwargs) -> None:
        """A refused request (no login, XSRF) answered in Dutch JSON, as the page's script expects."""
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"ok": False, "bericht": t("wall.issue.no_login")}, ensure_ascii=False))

    @web.authenticated
    def post(self):
        participant = getattr(self.current_user, "username", None)
        if not participant:
            raise web.HTTPError(403)
        item, issue = self.store.share(participant, self.request.body, now=time.monotonic())
        if issue is not None:
            self._json(_STATUS.get(issue.code, 400), {"ok": False, "bericht": issue_text(issue)})
            return
        text = t("wall.shared_named", name=item.name) if item.name else t("wall.shared")
        self._json(201, {"ok": True, "bericht": text})


class _TrainerHandler(_WallHandler):
    """Only the trainer: the trainer cookie in a room; the local user outside one."""

    logs_in = False  # only WallPageHandler reads and checks ?code=; elsewhere it counts for nothing

    def is_trainer(self) -> bool:
        code = self.settings.get(TRAINER_CODE_SETTING, "")
        if not code:
            return True
        cookie = self.get_signed_cookie(TRAINER_COOKIE, max_age_days=COOKIE_DAYS)
        return cookie is not None and hmac.compare_digest(cookie.decode("ascii", "replace"), _cookie_value(code))

    def refuse(self, *, wait: float = 0.0) -> None:
        """The Dutch page for everyone who is not the trainer (403; 429 while wrong codes are slowed down)."""
        self.set_status(429 if wait else 403)
        self.set_header("Cache-Control", "no-store")
        env = self.settings["voila_jinja2_env"]
        self.finish(env.get_template("hgw-muur-geweigerd.html").render(
            base_url=self.base_url, title=t("wall.refused.title"), heading=t("wall.refused.heading"),
            body=t("wall.refused.body"), hint=t("wall.refused.wrong_code"), back=t("wall.refused.back"),
            wait=t("wall.refused.wait", wait=count_text(max(1, int(wait + 0.999)), "seconds")) if wait else "",
        ))

    def write_error(self, status_code: int, **kwargs) -> None:
        """Any other refusal (a method the wall has not: PROPFIND ...): one short Dutch line, no traceback
        (Jupyter's own error page asks for the login, which a wall address never does)."""
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(t("wall.refused.other", code=status_code))

    async def prepare(self):
        # before Jupyter's own checks (login, XSRF): whoever is not the trainer gets the Dutch page
        logging_in = self.logs_in and self.request.method == "GET" and self.get_argument("code", "")
        if not self.is_trainer() and not logging_in:
            self.refuse()
            return
        await super().prepare()


class WallPageHandler(_TrainerHandler):
    """``GET hgw/muur``: the trainer's page; ``?code=<trainer code>`` logs the trainer in first."""

    logs_in = True

    @allow_unauthenticated
    def get(self):
        given = self.get_argument("code", "")
        code = self.settings.get(TRAINER_CODE_SETTING, "")
        if given and code:
            throttle: LoginThrottle = self.settings[THROTTLE_SETTING]
            address = client_address(self)
            wait = throttle.wait(address, time.monotonic())
            if wait > 0:
                self.refuse(wait=wait)
                return
            if not hmac.compare_digest(given.encode("utf-8"), code.encode("utf-8")):
                throttle.failed(address, time.monotonic())
                self.log.warning("Wrong trainer code from %s", address)
                self.refuse()
                return
            throttle.succeeded(address)
            self.set_signed_cookie(TRAINER_COOKIE, _cookie_value(code), expires_days=COOKIE_DAYS,
                                   httponly=True, samesite="Strict", path=self.base_url)
            self.redirect(url_path_join(self.base_url, "hgw/muur"))  # the code leaves the address bar
            return
        self.xsrf_token  # sets the _xsrf cookie the page's script sends back with verberg/wis
        from ..export.wall import page_texts

        self.set_header("Cache-Control", "no-store")
        env = self.settings["voila_jinja2_env"]
        self.finish(env.get_template("hgw-muur.html").render(
            base_url=self.base_url, title=t("wall.page.title"), heading=t("wall.page.heading"),
            intro=t("wall.page.intro"), kept=t("wall.page.kept"), texts=json.dumps(page_texts(), ensure_ascii=False),
        ))




class WallStaticHandler(_TrainerHandler):
    """``GET hgw/muur/muur.js|muur.css``: the page's script and style."""

    @allow_unauthenticated
    def get(self, name):
        self.set_header("Content-Type", STATIC_FILES[name] + "; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.finish(package_file("static", name).read_bytes())


class WallStateHandler(_TrainerHandler):
    """``GET hgw/muur/stand``: what the page shows, as JSON (``export.wall.wall_state``)."""

    @allow_unauthenticated
    def get(self):
        from ..export.wall import wall_state  # the export layer only when the trainer asks

        connected = self.settings.get(CONNECTED_SETTING, lambda handler: None)(self)
        self._json(200, wall_state(self.store.summary(), connected=connected))


class WallDownloadHandler(_TrainerHandler):
    """``GET hgw/muur/download.docx|html``: the wall as shown, to keep."""

    @allow_unauthenticated
    def get(self, extension):
        from ..domain.formats import moment_text
        from ..export.wall import wall_docx, wall_html

        now = datetime.now()
        made = moment_text(now)
        stamp = now.date().isoformat()
        if extension == "docx":
            body = wall_docx(self.store.summary(), made=made)
            kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            body = wall_html(self.store.summary(), made=made)
            kind = "text/html; charset=utf-8"
        self.set_header("Content-Type", kind)
        self.set_header("Content-Disposition", f'attachment; filename="muur-{stamp}.{extension}"')
        self.set_header("Cache-Control", "no-store")
        self.finish(body)


class WallHideHandler(_TrainerHandler):
    """``POST hgw/muur/verberg {"id": ...}``: hide one item; ``POST hgw/muur/zichtbaar {"id": ...}``: put it back."""

    @allow_unauthenticated
    def post(self, action):
        try:
            entry_id = json.loads(self.request.body.decode("utf-8")).get("id")
        except (UnicodeDecodeError, ValueError, AttributeError):
            entry_id = None
        done = self.store.hide(entry_id) if action == "verberg" else self.store.show(entry_id)
        if not done:
            self._json(404, {"ok": False, "bericht": t("wall.issue.unknown_item")})
            return
        self._json(200, {"ok": True})


class WallClearHandler(_TrainerHandler):
    """``POST hgw/muur/wis``: empty the wall."""

    @allow_unauthenticated
    def post(self):
        self.store.clear()
        self._json(200, {"ok": True})


def wall_handlers(server_url: str) -> list[tuple]:
    """The wall's URL patterns under ``server_url`` (Voilà's prefix for its handlers), for Tornado."""
    def at(path: str) -> str:
        return url_path_join(server_url, path)

    return [
        (at("hgw/muur/deel"), ShareHandler),
        (at("hgw/muur"), WallPageHandler),
        (at(r"hgw/muur/(muur\.js|muur\.css)"), WallStaticHandler),
        (at("hgw/muur/stand"), WallStateHandler),
        (at(r"hgw/muur/download\.(docx|html)"), WallDownloadHandler),
        (at("hgw/muur/(verberg|zichtbaar)"), WallHideHandler),
        (at("hgw/muur/wis"), WallClearHandler),
        (at("hgw/muur/.*"), WallNotFoundHandler),
    ]


class WallNotFoundHandler(_TrainerHandler):
    """Any other address under ``hgw/muur``: the trainer gets a 404, anyone else the Dutch 403 page."""

    @allow_unauthenticated
    def get(self):
        raise web.HTTPError(404)

    post = get
