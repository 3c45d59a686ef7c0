"""``hgw-werkmap`` speaks Dutch: help, usage and errors (``hgw_widgets.server.dutch_cli``, ``serve._parser``)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from hgw_widgets.server import serve

ENGLISH = ("usage:", "options:", "error:", "show this help", "positional arguments", "invalid", "required",
           "unrecognized", "expected")


@pytest.fixture
def no_exec(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "execv", lambda path, cmd: calls.append(cmd))
    return calls


def _run(argv, capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        serve.main(argv)
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.mark.parametrize(("argv", "says"), [
    (["--help"], "Start de HGW-werkmap"),
    (["serve", "--help"], "Zet de werkmap klaar op deze computer"),
    (["room", "--help"], "Zet de werkmap klaar voor een zaal"),
    (["lab", "--help"], "Open de werkmap in JupyterLab"),
    (["lab", "-h"], "gebruik: hgw-werkmap lab"),
])
def test_help_is_dutch_and_says_what_the_command_does(no_exec, capsys, argv, says):
    code, out, _err = _run(argv, capsys)
    assert code == 0 and not no_exec  # lab --help is ours, JupyterLab is not started
    assert out.startswith("gebruik: hgw-werkmap")
    assert "opties:" in out and "-h, --help" in out and "toon deze hulp en stop" in out
    assert says in out
    assert not [word for word in ENGLISH if word in out]


@pytest.mark.parametrize(("argv", "says"), [
    ([], "fout: dit ontbreekt nog: serve | room | lab"),
    (["start"], "onbekende keuze: 'start'"),
    (["room", "--port", "acht"], "bij --port: 'acht' is geen geheel getal"),
    (["room", "--participants"], "bij --participants: hier hoort een waarde achter"),
    (["serve", "--ip", "0.0.0.0"], "fout: onbekende opties of woorden: --ip 0.0.0.0"),
    (["room", "--participants", "0"], "fout: --participants moet tussen"),
])
def test_errors_are_dutch(no_exec, capsys, argv, says):
    code, _out, err = _run(argv, capsys)
    assert code == 2 and not no_exec
    assert err.startswith("gebruik: hgw-werkmap")
    assert says in err
    assert not [word for word in ENGLISH if word in err]


def test_other_parsers_stay_english(no_exec, capsys):
    _run(["--help"], capsys)
    assert argparse.ArgumentParser(prog="x").format_help().startswith("usage: x")


def test_the_console_command_is_dutch():
    done = subprocess.run([sys.executable, "-m", "hgw_widgets", "room", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("gebruik: hgw-werkmap room") and "toon deze hulp en stop" in done.stdout
    done = subprocess.run([sys.executable, "-m", "hgw_widgets"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "hgw-werkmap: fout: dit ontbreekt nog" in done.stderr
