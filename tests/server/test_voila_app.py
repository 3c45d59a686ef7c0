"""Voilà as the workbook starts it (``hgw_widgets.server.voila_app``) and its configuration (``etc/jupyter/voila.json``)."""

from __future__ import annotations

import json
import os

from pathlib import Path

from hgw_widgets.paths import checkout_root
from hgw_widgets.server import room, voila_app

REPO = Path(__file__).resolve().parents[2]
VOILA_JSON = REPO / "etc" / "jupyter" / "voila.json"


def test_voila_json_has_the_same_hardening_for_serve():
    config = json.loads(VOILA_JSON.read_text(encoding="utf-8"))
    assert config["VoilaExecutor"]["iopub_timeout"] == room.IOPUB_TIMEOUT_SECONDS
    assert config["MappingKernelManager"] == {
        "cull_idle_timeout": room.CULL_IDLE_SECONDS,
        "cull_interval": room.CULL_INTERVAL_SECONDS,
        "cull_connected": False,
    }
    assert config["VoilaConfiguration"]["allow_template_override"] == "NO"
    assert config["VoilaConfiguration"]["allow_theme_override"] == "NO"
    assert config["VoilaConfiguration"]["show_tracebacks"] is False
    assert config["Voila"]["kernel_websocket_connection_class"] == "hgw_widgets.server.kernel_socket.PromptKernelConnection"


def test_the_server_collects_garbage_less_often(monkeypatch):
    import gc

    seen = []
    monkeypatch.setattr(voila_app.WorkbookVoila, "launch_instance", classmethod(lambda cls: seen.append(gc.get_threshold())))
    monkeypatch.setenv("JUPYTER_PATH", "")
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "")
    before = gc.get_threshold()
    try:
        voila_app.main()
    finally:
        gc.set_threshold(*before)
    assert seen == [voila_app.GC_THRESHOLD]
    assert voila_app.GC_THRESHOLD[0] > 700  # Python's default


def test_checkout_puts_its_own_template_and_config_first():
    environ = {"JUPYTER_PATH": "/elders/share/jupyter", "JUPYTER_CONFIG_PATH": ""}
    assert checkout_root() == REPO  # these tests run from the checkout
    assert voila_app.use_checkout_files(environ) is True
    assert environ["JUPYTER_PATH"].split(os.pathsep) == [str(REPO / "share" / "jupyter"), "/elders/share/jupyter"]
    assert environ["JUPYTER_CONFIG_PATH"] == str(REPO / "etc" / "jupyter")
    voila_app.use_checkout_files(environ)  # twice: not added twice
    assert environ["JUPYTER_PATH"].count(str(REPO)) == 1


def test_installed_package_leaves_jupyters_paths_alone(monkeypatch):
    monkeypatch.setattr(voila_app, "checkout_root", lambda: None)
    environ: dict[str, str] = {}
    assert voila_app.use_checkout_files(environ) is False
    assert environ == {}


def test_traitlets_deprecation_noise_is_not_printed_under_the_dutch_start_lines(monkeypatch):
    """Newcomer round: three English DeprecationWarnings (--logging_config=..., --tornado_settings=...) came
    right after the room's Dutch banner; Voilà itself turns them on."""
    import warnings

    from traitlets.config import Application

    def launch(cls):
        class Options(Application):
            from traitlets import Dict

            settings = Dict(config=True)

        with warnings.catch_warnings(record=True) as caught:
            Options().parse_command_line(['--Options.settings={"a": 1}'])
        seen.extend(w for w in caught if issubclass(w.category, DeprecationWarning))

    seen: list = []
    monkeypatch.setattr(voila_app.WorkbookVoila, "launch_instance", classmethod(launch))
    monkeypatch.setenv("JUPYTER_PATH", "")
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "")
    with warnings.catch_warnings():
        warnings.filterwarnings("default", category=DeprecationWarning, module="traitlets")  # as voila/__init__ does
        voila_app.main()
    assert seen == []
