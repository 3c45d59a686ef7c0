"""The wheel, installed into a fresh virtual environment outside the repository, serves the workbook.

What a school's administrator does: ``pip install hgw_werkmap-….whl`` into a new environment (the
dependencies come from PyPI, or pip's cache when it is warm) and ``hgw-werkmap serve`` from any
folder. Nothing of the checkout is used: the server runs in a temporary folder, with no
``JUPYTER_PATH``, from the new environment's own ``bin/``; the notebooks, the casebook, the template
and ``voila.json`` all come out of the wheel. The start page and chapter 02 are then used in
Chromium. Takes a few minutes (the install: 1.7-3 minutes with a warm pip cache on 2 cores; the whole test about 2-5 minutes).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import venv
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hgw_widgets.server.testing import free_port, running_server
from tests.e2e.person import type_text

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.package


def _bin(env_dir: Path, name: str) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment (outside the repository) with the wheel installed; returns its folder."""
    work = tmp_path_factory.mktemp("wheel")
    t0 = time.monotonic()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(REPO), "-w", str(work / "dist")],
                   check=True, timeout=600)
    (wheel,) = (work / "dist").glob("hgw_werkmap-*.whl")
    t1 = time.monotonic()
    env_dir = work / "env"
    venv.create(env_dir, with_pip=True)  # no system site-packages, nothing of the repository's .venv
    subprocess.run([str(_bin(env_dir, "python")), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   timeout=1200, cwd=work)
    print(f"\nwheel built in {t1 - t0:.0f} s, installed with its dependencies in {time.monotonic() - t1:.0f} s")
    return env_dir


def test_the_installed_package_is_not_the_checkout(installed):
    python = str(_bin(installed, "python"))
    probe = ("import hgw_widgets, hgw_widgets.paths as p; "
             "print(hgw_widgets.__file__); print(p.notebooks_dir()); print(p.casebook_dir()); print(p.checkout_root())")
    out = subprocess.run([python, "-c", probe], check=True, capture_output=True, text=True, cwd=installed.parent,
                         timeout=120).stdout.splitlines()
    assert all(str(installed) in line for line in out[:3]), out
    assert out[3] == "None"
    assert (Path(out[1]) / "02-doelgericht-werken.ipynb").is_file() and (Path(out[2]) / "jordi.yaml").is_file()
    assert (installed / "share" / "jupyter" / "voila" / "templates" / "hgw" / "index.html.j2").is_file()
    assert (installed / "etc" / "jupyter" / "voila.json").is_file()


def test_hgw_werkmap_serve_from_another_folder(installed, tmp_path, page):
    elsewhere = tmp_path / "ergens-anders"
    elsewhere.mkdir()
    port = free_port()
    cmd = [str(_bin(installed, "hgw-werkmap")), "serve", "--port", str(port)]
    env = {"JUPYTER_PATH": "", "JUPYTER_CONFIG_PATH": "", "VIRTUAL_ENV": str(installed),
           "PATH": os.pathsep.join([str(_bin(installed, "")), os.environ.get("PATH", "")])}
    with running_server(cmd, port=port, log_path=tmp_path / "serve.log", cwd=elsewhere, env_extra=env) as (base, _p):
        page.goto(base + "/", timeout=120_000)  # the template sends a visitor on to the start page
        expect(page).to_have_url(re.compile(r"/voila/render/00-start\.ipynb"), timeout=60_000)
        expect(page.get_by_text("Doelgericht werken").first).to_be_visible(timeout=120_000)  # the chapter list

        page.goto(f"{base}/voila/render/02-doelgericht-werken.ipynb", timeout=120_000)
        box = page.locator(".hgw-goal-text textarea")
        box.wait_for(state="visible", timeout=120_000)
        type_text(page, box, "Over drie weken groet Jordi de mentor bij elke binnenkomst")
        status = page.locator(".hgw-smarti tr[data-criterion='time_bound'] .hgw-status").first
        expect(status).to_contain_text("in orde", timeout=20_000)
        assert "from hgw_widgets" not in page.content()
