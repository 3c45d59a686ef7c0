"""environment.yml (conda) and pyproject.toml name the same packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    names |= {_name(r) for r in project["optional-dependencies"]["test"]}
    return names


def _environment() -> set[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            names |= {_name(r) for r in dep.get("pip", []) if not r.startswith("-e")}
        else:
            names.add(_name(dep))
    return names - {"python", "pip"}


def test_package_names_agree():
    assert _environment() == _pyproject()


def test_pins_in_pyproject():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert "voila>=0.5.8,<0.6" in deps
    assert "ipywidgets>=8.1,<9" in deps
    assert any(d.startswith("ipykernel") for d in deps)


def test_the_werkmap_script_answers_help_and_unknown_commands_in_dutch():
    """Newcomer round: './werkmap bla' printed the script's comment block (with '#' and an English line)."""
    import subprocess
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "werkmap"
    helped = subprocess.run(["bash", str(script), "--help"], capture_output=True, text=True, timeout=30)
    assert helped.returncode == 0 and "./werkmap serve" in helped.stdout and "#" not in helped.stdout
    unknown = subprocess.run(["bash", str(script), "bla"], capture_output=True, text=True, timeout=30)
    assert unknown.returncode == 2 and "onbekende opdracht: bla" in unknown.stderr and unknown.stdout == ""
