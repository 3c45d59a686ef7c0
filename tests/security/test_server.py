"""Security of a room-mode server, tested from outside over HTTP and the kernel websocket.

A participant has the room's token and a browser; everything a browser can send, these tests
send too: requests for files, encoded paths, query overrides, raw kernel messages and widget
state a page would never send.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
import websocket
from room_settings import CHAPTER, CULL_IDLE, CULL_INTERVAL, TOKEN
from voila_client import Visitor

from hgw_widgets.domain.goals import MAX_GOAL_CHARS
from hgw_widgets.views.goal_drafter import MAX_GOALS

LEAKS = ("Traceback", "/work/", "site-packages", "/root", "/home/", ".venv")
# text that appears only in the files that must not be served
SECRETS = (
    "def voila_command",  # hgw_widgets/server/serve.py
    "nbformat_minor",  # any notebook's JSON
    '"cell_type"',
    "GoalDrafter.from_case",  # a notebook's code cell
    "root:x:0:0",  # /etc/passwd
    "cell_error_instruction",  # voila.json
    "[build-system]",  # pyproject.toml
    "students:",  # casebook yaml
)


@pytest.fixture(scope="module")
def base(room_server) -> str:
    return room_server[0]


@pytest.fixture
def visitor(base) -> Visitor:
    return Visitor(base, TOKEN, timeout=120)


def _assert_clean(body: str) -> None:
    for leak in LEAKS:
        assert leak not in body, f"response shows {leak!r}"


def _connected_page(visitor: Visitor, notebook: str = CHAPTER, *, protocol: str = "v1"):
    response, kernel_id = visitor.open_page(notebook)
    assert response.status == 200 and kernel_id, response.status
    kernel = visitor.kernel(kernel_id, protocol=protocol)
    assert kernel.request_states(), "the widgets did not answer"
    return kernel


# --- the token --------------------------------------------------------------------------

NO_TOKEN_PATHS = [
    "/",
    f"/voila/render/{CHAPTER}",
    "/voila/render/00-start.ipynb",
    "/voila/tree",
    "/voila/api/contents/",
    f"/voila/api/contents/{CHAPTER}",
    "/api/kernels/00000000-0000-0000-0000-000000000000",
]


@pytest.mark.parametrize("path", NO_TOKEN_PATHS)
@pytest.mark.parametrize("token", [None, "verkeerd-12345"])
def test_without_token_nothing_is_served(base, path, token):
    response = Visitor(base, token).get(path)
    assert response.status in (302, 403, 404), response.status
    if response.status == 302:
        assert "/login" in response.headers.get("Location", "")
    assert "hgw-" not in response.body and "kernelId" not in response.body
    _assert_clean(response.body)


def test_login_page_without_the_code_is_dutch_and_lets_the_right_code_in(base):
    browser = Visitor(base, None)
    page = browser.get(f"/login?next=/voila/render/{CHAPTER}")
    assert page.status == 200
    assert '<html lang="nl">' in page.body and "Toegangscode" in page.body
    for english in ("Token authentication", "jupyter server list", "Password", "Log in"):
        assert english not in page.body
    _assert_clean(page.body)
    wrong = browser.post_form(f"/login?next=/voila/render/{CHAPTER}", {"password": "verkeerd-12345"})
    assert "Die code klopt niet" in wrong.body
    right = browser.post_form(f"/login?next=/voila/render/{CHAPTER}", {"password": TOKEN})
    assert right.status == 302 and right.headers.get("Location", "").endswith(f"/voila/render/{CHAPTER}")
    response, kernel_id = browser.open_page(CHAPTER)  # the login cookie is enough now
    assert response.status == 200 and kernel_id


def test_without_token_no_kernel_websocket(base, visitor):
    _response, kernel_id = visitor.open_page(CHAPTER)
    with pytest.raises(websocket.WebSocketBadStatusException) as exc:
        Visitor(base, None).kernel(kernel_id)
    assert exc.value.status_code == 403


def test_with_token_the_page_is_served(visitor):
    response, kernel_id = visitor.open_page(CHAPTER)
    assert response.status == 200
    assert kernel_id
    assert '<html lang="nl">' in response.body
    _assert_clean(response.body)


# --- no code runs -------------------------------------------------------------------------

EXECUTE = {
    "silent": False,
    "store_history": False,
    "user_expressions": {},
    "allow_stdin": False,
    "stop_on_error": True,
}


@pytest.mark.parametrize("protocol", ["v1", "json"])  # the browser's binary protocol and the older JSON one
@pytest.mark.parametrize("channel", ["shell", "control"])
def test_execute_request_is_refused(visitor, tmp_path, room_server, channel, protocol):
    kernel = _connected_page(visitor, protocol=protocol)
    marker = tmp_path / f"ran-{channel}-{protocol}"
    msg_id = kernel.send("execute_request", {**EXECUTE, "code": f"open({str(marker)!r}, 'w').write('x')"}, channel=channel)
    reply = kernel.recv_until(lambda m: m.get("parent_header", {}).get("msg_id") == msg_id, timeout=5)
    assert reply is None, f"the kernel answered an execute_request: {reply.get('msg_type')}"
    # the websocket still works: an allowed message is answered
    info_id = kernel.send("kernel_info_request", {})
    assert kernel.recv_until(lambda m: m.get("parent_header", {}).get("msg_id") == info_id and m["msg_type"] == "kernel_info_reply")
    assert not marker.exists()
    assert 'Received message of type "execute_request", which is not allowed' in room_server[1].read_text("utf-8", "replace")
    kernel.close()


@pytest.mark.parametrize("protocol", ["v1", "json"])
@pytest.mark.parametrize("msg_type", ["inspect_request", "complete_request", "history_request", "input_reply"])
def test_other_code_paths_are_refused(visitor, msg_type, protocol):
    kernel = _connected_page(visitor, protocol=protocol)
    msg_id = kernel.send(msg_type, {"code": "import os", "cursor_pos": 9, "hist_access_type": "tail", "n": 10, "value": "x"})
    assert kernel.recv_until(lambda m: m.get("parent_header", {}).get("msg_id") == msg_id, timeout=3) is None
    kernel.close()


# --- files ----------------------------------------------------------------------------------

DOWNLOADS = [
    f"/voila/files/{CHAPTER}",
    "/voila/files/00-start.ipynb",
    f"/voila/render/{CHAPTER}?download=1",
    f"/voila/api/contents/{CHAPTER}?content=1&format=text",
    "/voila/files/../hgw_widgets/server/serve.py",
    "/voila/files/../casebook/jordi.yaml",
    "/voila/files/../etc/jupyter/voila.json",
    "/voila/files/../serve.py",  # an installed wheel: the notebooks lie in hgw_widgets/notebooks
    "/voila/files/../server/serve.py",
    "/voila/files/../pyproject.toml",
    "/voila/render/../hgw_widgets/server/serve.py",
    "/voila/render/../casebook/jordi.yaml",
    "/voila/render/%2e%2e/hgw_widgets/server/serve.py",
    "/voila/files/%2e%2e/casebook/jordi.yaml",
    "/voila/files/%2e%2e%2fcasebook%2fjordi.yaml",
    "/voila/files/%252e%252e%252fcasebook%252fjordi.yaml",
    "/voila/files/..%2f..%2f..%2fetc%2fpasswd",
    "/voila/render/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/voila/static/../../../../../../etc/passwd",
    "/voila/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/voila/templates/hgw/static/../../../../../../hgw_widgets/server/serve.py",
    "/voila/templates/hgw/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/jupyter/voila.json",
    "/voila/labextensions/../../../../../../etc/passwd",
    "/voila/api/contents/..%2fcasebook%2fjordi.yaml",
    "/voila/api/contents/../casebook",
    "/voila/tree/..",
    "/voila/tree/%2e%2e/casebook",
    "/voila/files//etc/passwd",
    "/voila/files/%2Fetc%2Fpasswd",
]


@pytest.mark.parametrize("path", DOWNLOADS)
def test_files_cannot_be_downloaded(visitor, path):
    response = visitor.get(path)
    for secret in SECRETS:
        assert secret not in response.body, f"{path} served {secret!r} (status {response.status})"
    if response.status == 200 and "/api/contents/" in path:
        assert json.loads(response.body)["content"] is None  # a listing entry, not the file
    else:
        assert response.status != 200 or "<html" in response.body.lower(), f"{path} served a file"
    _assert_clean(response.body)


def test_tree_lists_only_notebooks(visitor):
    response = visitor.get("/voila/api/contents/")
    assert response.status == 200
    names = [item["name"] for item in json.loads(response.body)["content"]]
    assert names and all(name.endswith(".ipynb") for name in names), names
    detail = json.loads(visitor.get(f"/voila/api/contents/{CHAPTER}").body)
    assert detail["content"] is None  # the model, never the notebook itself


# --- overrides and error pages --------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["template=lab", "template=classic", "template=../../../../etc", "theme=dark", "theme=../../x", "template=lab&theme=dark"],
)
def test_template_and_theme_overrides_are_ignored(visitor, query):
    response = visitor.get(f"/voila/render/{CHAPTER}?{query}")
    assert response.status == 200
    assert "/voila/templates/hgw/static/" in response.body
    assert "/voila/templates/lab/" not in response.body and "/voila/templates/classic/" not in response.body
    assert "theme-dark" not in response.body
    _assert_clean(response.body)


@pytest.mark.parametrize(
    "path",
    [
        "/voila/render/bestaat-niet.ipynb",
        "/voila/render/%00.ipynb",
        "/voila/render/" + "a" * 3000 + ".ipynb",
        "/api/kernels/00000000-0000-0000-0000-000000000000",
        "/voila/api/contents/bestaat-niet",
        "/voila/static/bestaat-niet.js",
        "/voila/templates/bestaat-niet/static/x.js",
        "/voila/api/shutdown/00000000-0000-0000-0000-000000000000",
        "/nergens",
    ],
)
def test_error_pages_show_no_traceback_or_path(visitor, path):
    response = visitor.get(path)
    assert response.status >= 400
    _assert_clean(response.body)


# --- participants are separated -------------------------------------------------------------


def test_participant_cannot_reach_another_participants_kernel(base):
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel = _connected_page(anna)
    bram.get("/voila/tree")  # bram is logged in with the same token, in another browser
    with pytest.raises(websocket.WebSocketBadStatusException) as exc:
        bram.kernel(kernel.kernel_id)
    assert exc.value.status_code == 403
    # anna herself may reconnect (a page reconnects after a network hiccup)
    again = anna.kernel(kernel.kernel_id)
    assert again.request_states()
    again.close()
    kernel.close()


def test_each_participant_gets_own_kernel(base):
    ids = {Visitor(base, TOKEN).open_page(CHAPTER)[1] for _ in range(3)}
    assert len(ids) == 3 and None not in ids


# --- widget state is untrusted input --------------------------------------------------------


def _message_after_click(kernel, button: str, message: str) -> str:
    kernel.click(button)
    update = kernel.wait_update(message, nonempty=True)
    assert update, "no answer to the click"
    return update["content"]["data"]["state"]["value"]


def test_goal_longer_than_limit_is_refused_when_sent_raw(visitor):
    kernel = _connected_page(visitor)
    text, add, message = kernel.find("hgw-goal-text"), kernel.find("hgw-add-goal"), kernel.find("hgw-message")
    goal_list = kernel.find("hgw-goal-list")
    children_before = list(kernel.widgets[goal_list]["children"])
    kernel.set_value(text, value="Jordi maakt zijn huiswerk. " + "x" * MAX_GOAL_CHARS)
    shown = _message_after_click(kernel, add, message)
    assert "hgw-notice-warning" in shown and str(MAX_GOAL_CHARS) in shown
    assert kernel.widgets[goal_list]["children"] == children_before
    # a disabled button is no barrier either: the click is judged in Python, not by the page
    kernel.set_value(add, disabled=True)
    kernel.set_value(text, value="")
    assert "hgw-notice-warning" in _message_after_click(kernel, add, message)
    kernel.close()


def test_goal_list_stays_bounded_under_raw_clicks(visitor):
    kernel = _connected_page(visitor)
    text, add, message = kernel.find("hgw-goal-text"), kernel.find("hgw-add-goal"), kernel.find("hgw-message")
    goal_list = kernel.find("hgw-goal-list")
    for i in range(MAX_GOALS + 3):
        kernel.set_value(text, value=f"Doel {i}: Jordi maakt voor 1 maart elke week zijn huiswerk.")
        shown = _message_after_click(kernel, add, message)
    assert "hgw-notice-warning" in shown  # the last clicks were refused: the list is full
    assert len(kernel.widgets[goal_list]["children"]) == MAX_GOALS
    kernel.close()


def test_hostile_text_is_escaped_in_feedback(visitor):
    kernel = _connected_page(visitor)
    text, feedback = kernel.find("hgw-goal-text"), kernel.find("hgw-feedback")
    kernel.set_value(text, value="<img src=x onerror=alert(1)> Jordi leest elke dag 20 minuten")
    update = kernel.wait_update(feedback)
    assert update
    assert "<img" not in update["content"]["data"]["state"]["value"]
    kernel.close()


# --- crafted widget messages (issue 18, finding 5) ----------------------------------------------

CRAFTED_WIDGET_MESSAGES = [
    ("comm_open", {"comm_id": "new", "target_name": "jupyter.widget", "data": {"state": {
        "_model_name": "EvilModel", "_model_module": "@evil/x", "_model_module_version": "6.6.6",
        "_view_name": "EvilView", "_view_module": "@evil/x", "_view_module_version": "6.6.6"}, "buffer_paths": []}}),
    ("comm_open", {"comm_id": "new", "target_name": "jupyter.widget", "data": {}}),
    ("comm_open", {"comm_id": "new", "target_name": "evil.target", "data": {}}),
    ("comm_msg", {"comm_id": "text", "data": {"method": "zzz"}}),
    ("comm_msg", {"comm_id": "text", "data": {"method": "update", "state": [1]}}),
    ("comm_msg", {"comm_id": "text", "data": {"method": "update", "state": {"value": 12345}, "buffer_paths": []}}),
    ("comm_msg", {"comm_id": "text", "data": {"method": "update", "state": {"value": None}, "buffer_paths": []}}),
    ("comm_msg", {"comm_id": "text", "data": {"method": "update", "state": {"value": "x"}, "buffer_paths": [["value"]]}}),
    ("comm_msg", {"comm_id": "text"}),
    ("comm_msg", {"comm_id": "no-such-comm", "data": {"method": "update", "state": {}}}),
]


def test_crafted_widget_messages_get_no_traceback_and_invalid_states_are_not_kept(visitor):
    kernel = _connected_page(visitor)
    text = kernel.find("hgw-goal-text")
    kept = kernel.widgets[text]["value"]
    answers: list[dict] = []
    for msg_type, content in CRAFTED_WIDGET_MESSAGES:
        content = {**content, "comm_id": {"new": uuid.uuid4().hex, "text": text}.get(content["comm_id"], content["comm_id"])}
        kernel.send(msg_type, content, metadata={"version": "2.1.0"})
        kernel.recv_until(lambda m: answers.append(m) and False, timeout=1.5)
    shown = [m for m in answers if m.get("msg_type") in ("error", "stream", "display_data")]
    assert shown == [], shown[:2]
    for message in answers:
        _assert_clean(json.dumps(message.get("content", {})))
    # the kernel still holds the text it had, and told the page so after each refused value
    assert kernel.widgets[text]["value"] == kept
    kernel.set_value(text, value="Jordi leest elke dag")
    assert kernel.wait_update(kernel.find("hgw-feedback")), "the page stopped working"
    kernel.close()


# --- culling ----------------------------------------------------------------------------------


def test_closed_page_kernel_is_culled_open_page_kernel_is_kept(base, visitor):
    kept = _connected_page(visitor)
    closer = Visitor(base, TOKEN)
    closed = _connected_page(closer)
    closed.close()  # the participant closed or reloaded the page
    gone = False
    deadline = time.monotonic() + CULL_IDLE + 6 * CULL_INTERVAL + 10
    while time.monotonic() < deadline and not gone:
        time.sleep(1)
        gone = closer.get(f"/api/kernels/{closed.kernel_id}").status == 404  # only its owner may ask
    assert gone, "the kernel of a closed page was not culled"
    assert visitor.get(f"/api/kernels/{kept.kernel_id}").status == 200, "an open page's kernel was culled"
    # and the open page still works
    kept.set_value(kept.find("hgw-goal-text"), value="Jordi leest elke dag")
    assert kept.wait_update(kept.find("hgw-feedback"))
    kept.close()


def test_unique_session_ids_do_not_matter_for_isolation(base):
    """A second browser that copies the first one's session id is still refused."""
    anna, bram = Visitor(base, TOKEN), Visitor(base, TOKEN)
    kernel = _connected_page(anna)
    bram.get("/voila/tree")
    url_session = kernel.session
    with pytest.raises(websocket.WebSocketBadStatusException):
        ws = websocket.create_connection(
            base.replace("http://", "ws://") + f"/api/kernels/{kernel.kernel_id}/channels?session_id={url_session}",
            header=[f"Cookie: {bram.cookie_header()}"],
            origin=base,
            timeout=30,
        )
        ws.close()
    kernel.close()
    assert uuid.UUID(kernel.kernel_id)
