"""The launcher ``hgw-werkmap serve | room | lab`` (``hgw_widgets.server.serve``), without starting a server."""

from __future__ import annotations

import json
import os

import pytest

from hgw_widgets.server import room, serve
from hgw_widgets.server.room import PoolPlan, plan_pool
from hgw_widgets.views.join_info import JOIN_URL_ENV

NOTEBOOKS = ("00-start.ipynb", "01-a.ipynb", "02-b.ipynb", "03-c.ipynb")


def _option(cmd: list[str], name: str) -> str | None:
    values = [a.split("=", 1)[1] for a in cmd if a.startswith(name + "=")]
    return values[-1] if values else None


def test_default_serve_listens_on_localhost_only():
    cmd = serve.voila_command(port=9999)
    assert _option(cmd, "--Voila.ip") == "127.0.0.1"
    assert _option(cmd, "--Voila.token") is None


def test_room_command_is_hardened():
    plan = plan_pool(10, 24_000, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="0.0.0.0", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--Voila.ip") == "0.0.0.0"
    assert _option(cmd, "--port") == "9999"
    assert _option(cmd, "--Voila.token") == "abcdefgh23"
    assert _option(cmd, "--VoilaConfiguration.allow_template_override") == "NO"
    assert _option(cmd, "--VoilaConfiguration.allow_theme_override") == "NO"
    assert _option(cmd, "--VoilaConfiguration.show_tracebacks") == "False"
    assert _option(cmd, "--VoilaExecutor.iopub_timeout") == "30"
    assert _option(cmd, "--MappingKernelManager.cull_connected") == "False"
    assert int(_option(cmd, "--MappingKernelManager.cull_idle_timeout")) + int(
        _option(cmd, "--MappingKernelManager.cull_interval")
    ) <= 300  # a closed page's kernel is gone within five minutes
    assert _option(cmd, "--VoilaConfiguration.preheat_kernel") == "True"
    pools = json.loads(_option(cmd, "--VoilaKernelManager.kernel_pools_config"))
    assert pools["00-start.ipynb"] == {"pool_size": 10}
    assert _option(cmd, "--Voila.kernel_websocket_connection_class") == "hgw_widgets.server.kernel_socket.RoomKernelConnection"
    assert float(_option(cmd, "--VoilaKernelManager.fill_delay")) == room.POOL_REFILL_DELAY_SECONDS >= 2
    assert json.loads(_option(cmd, "--Voila.logging_config"))["loggers"]["Voila"]["level"] == "INFO"


def test_room_command_without_pool_does_not_preheat():
    plan = PoolPlan(sizes=(("00-start.ipynb", 0),), default=0, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="127.0.0.1", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--VoilaConfiguration.preheat_kernel") is None


@pytest.fixture
def captured_exec(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "execv", lambda path, cmd: calls.append(cmd))
    monkeypatch.setattr(os, "chdir", lambda path: None)
    monkeypatch.delenv(JOIN_URL_ENV, raising=False)
    return calls


def test_main_room_prints_join_url_and_gives_it_to_the_start_page_only(captured_exec, capsys, monkeypatch):
    """The join URL (code included) goes to the kernel manager, which tells the start page's kernels only."""
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    monkeypatch.setenv(JOIN_URL_ENV, "http://10.0.0.1:1/?token=oud")
    serve.main(["room", "--ip", "127.0.0.1", "--port", "9123", "--participants", "5", "--token", "zaal-2026-abc"])
    (cmd,) = captured_exec
    out = capsys.readouterr().out
    assert "http://127.0.0.1:9123/?token=zaal-2026-abc" in out
    assert JOIN_URL_ENV not in os.environ  # Voilà would pass its environment on to every kernel
    assert _option(cmd, "--RoomKernelManager.join_url") == "http://127.0.0.1:9123/?token=zaal-2026-abc"
    assert _option(cmd, "--Voila.token") == "zaal-2026-abc"


def test_main_room_generates_a_token(captured_exec, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["room", "--ip", "127.0.0.1"])
    token = _option(captured_exec[0], "--Voila.token")
    assert token and room.token_is_acceptable(token)
    assert _option(captured_exec[0], "--Voila.ip") == "127.0.0.1"


def test_main_default_stays_local_and_clears_join_url(captured_exec, monkeypatch):
    monkeypatch.setenv(JOIN_URL_ENV, "http://10.0.0.1:1/?token=oud")
    serve.main(["serve", "--port", "9124"])
    assert _option(captured_exec[0], "--Voila.ip") == "127.0.0.1"
    assert JOIN_URL_ENV not in os.environ


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--ip", "0.0.0.0"],  # another address only in room mode
        ["room", "--token", "kort"],
        ["room", "--participants", "0"],
        ["room", "--warm", "99-bestaat-niet"],
        [],  # a command is required
        ["start"],
    ],
)
def test_main_refuses_bad_options(captured_exec, argv):
    with pytest.raises(SystemExit) as exc:
        serve.main(argv)
    assert exc.value.code == 2
    assert not captured_exec


@pytest.mark.parametrize(
    ("token", "says"),
    [("12345678", "minstens 10 tekens"), ("password", "minstens 10 tekens"), ("training", "minstens 10 tekens"),
     ("1234567890", "alleen cijfers"), ("training2026", "te makkelijk te raden"),
     ("hgwwerkmap", "de naam van de werkmap"), ("werkmap-zaal-3", "te makkelijk te raden")],
)
def test_main_refuses_guessable_tokens_in_dutch(captured_exec, capsys, token, says):
    """Issue 18: ``--token`` accepted ``12345678``, ``password`` and ``training``."""
    with pytest.raises(SystemExit) as exc:
        serve.main(["room", "--token", token])
    assert exc.value.code == 2
    assert says in capsys.readouterr().err
    assert not captured_exec


def test_room_command_binds_kernels_to_participants_and_names_its_hosts():
    plan = PoolPlan(sizes=(), default=0, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="0.0.0.0", token="abcdefgh23", plan=plan, hostnames=("localhost", "laptop"))
    assert _option(cmd, "--WorkbookVoila.room") == "True"
    assert int(_option(cmd, "--WorkbookVoila.kernels_per_participant")) == room.KERNELS_PER_PARTICIPANT
    assert [a.split("=", 1)[1] for a in cmd if a.startswith("--WorkbookVoila.local_hostnames=")] == ["localhost", "laptop"]


def test_join_env_names_agree():
    assert JOIN_URL_ENV == serve.JOIN_URL_ENV


def test_room_behind_a_proxy(captured_exec, capsys, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc", "--base-url", "werkmap",
                "--public-url", "https://werkmap.school.nl/werkmap/"])
    (cmd,) = captured_exec
    assert _option(cmd, "--Voila.base_url") == "/werkmap/"
    assert "https://werkmap.school.nl/werkmap/?token=zaal-2026-abc" in capsys.readouterr().out


def test_room_command_uses_gentle_pool_manager():
    plan = plan_pool(10, 24_000, notebooks=NOTEBOOKS)
    cmd = serve.room_command(port=9999, ip="127.0.0.1", token="abcdefgh23", plan=plan)
    assert _option(cmd, "--VoilaConfiguration.multi_kernel_manager_class") == "hgw_widgets.server.kernel_manager.RoomKernelManager"
    assert float(_option(cmd, "--RoomKernelManager.pool_start_interval")) > 0


def test_main_lab_opens_the_notebooks_on_localhost(captured_exec):
    serve.main(["lab", "--no-browser"])
    (cmd,) = captured_exec
    assert cmd[1:3] == ["-m", "jupyterlab"]
    assert _option(cmd, "--ServerApp.ip") == "127.0.0.1"
    assert _option(cmd, "--ServerApp.root_dir") == str(serve.NOTEBOOKS)
    assert cmd[-1] == "--no-browser"


def test_serve_runs_from_any_folder(captured_exec, tmp_path, monkeypatch):
    """The command names the notebooks by their absolute path, so the working folder does not matter."""
    monkeypatch.chdir(tmp_path)
    serve.main(["serve"])
    (cmd,) = captured_exec
    assert cmd[1:3] == ["-m", "hgw_widgets.server.voila_app"]
    assert cmd[3] == str(serve.NOTEBOOKS) and serve.NOTEBOOKS.is_absolute()
    assert (serve.NOTEBOOKS / "00-start.ipynb").is_file()


def test_python_m_hgw_widgets_is_the_console_command():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "hgw_widgets", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "serve | room | lab" in result.stdout


@pytest.fixture
def taken_port():
    """A port on which another program listens (on every address, as a second workbook in a room would)."""
    import socket

    with socket.socket() as other:
        other.bind(("0.0.0.0", 0))
        other.listen()
        yield other.getsockname()[1]


@pytest.mark.parametrize("command", [["serve"], ["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc"]])
def test_a_taken_port_is_refused_in_dutch(captured_exec, capsys, monkeypatch, taken_port, command):
    """Voilà moved to the next port while the Dutch line named the port asked for (issue 15)."""
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    with pytest.raises(SystemExit) as exc:
        serve.main([*command, "--port", str(taken_port)])
    assert exc.value.code != 0
    err = capsys.readouterr().err
    assert f"Poort {taken_port} is al in gebruik" in err and "kies een andere met --port" in err.lower()
    assert not captured_exec


@pytest.mark.parametrize("command", [["serve"], ["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc"]])
def test_without_port_a_free_one_is_chosen_and_printed(captured_exec, capsys, monkeypatch, taken_port, command):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    monkeypatch.setattr(serve, "DEFAULT_PORT", taken_port)
    serve.main(command)
    (cmd,) = captured_exec
    port = int(_option(cmd, "--port"))
    assert port != taken_port
    out = capsys.readouterr().out
    assert f"127.0.0.1:{port}/" in out
    assert f"Poort {taken_port} is bezet" in out and f"deze keer is het poort {port}" in out  # why not the usual one
    assert _option(cmd, "--Voila.port_retries") == "0"  # Voilà stops rather than moving to another port


@pytest.mark.parametrize("command", [["serve"], ["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc"]])
@pytest.mark.parametrize("option", [["--port", "70000"], ["--port", "0"]])
def test_a_wrong_port_is_said_with_the_commands_own_usage(capsys, monkeypatch, command, option):
    """Newcomer round: '--port 70000' answered with the top-level usage and 'hgw-werkmap:', '--port abc' with
    'hgw-werkmap serve:'; a mistake in a command's option is said by that command."""
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    with pytest.raises(SystemExit) as exc:
        serve.main([*command, *option])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"hgw-werkmap {command[0]}: fout: --port" in err and f"gebruik: hgw-werkmap {command[0]}" in err


def test_a_free_default_port_is_used(captured_exec, capsys):
    from hgw_widgets.server.ports import any_free_port

    free = any_free_port("127.0.0.1")
    serve.main(["serve", "--port", str(free)])
    assert _option(captured_exec[0], "--port") == str(free)
    assert f"http://127.0.0.1:{free}/" in capsys.readouterr().out


def test_serve_on_a_taken_port_stops_at_once(taken_port):
    """The console command itself, as a trainer runs it: exit code 2 and the Dutch line, no server."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "hgw_widgets", "serve", "--port", str(taken_port)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"Poort {taken_port} is al in gebruik" in done.stderr


def test_the_proxy_is_believed_only_when_the_trainer_says_so(captured_exec, monkeypatch):
    monkeypatch.setattr(room, "mem_available_mb", lambda: 24_000)
    serve.main(["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc"])
    assert _option(captured_exec[-1], "--WorkbookVoila.behind_proxy") is None
    serve.main(["room", "--ip", "127.0.0.1", "--token", "zaal-2026-abc", "--behind-proxy"])
    assert _option(captured_exec[-1], "--WorkbookVoila.behind_proxy") == "True"

