"""JupyterHub for the HGW-werkmap on one machine: every participant their own server, Voilà as its page.

Start (in the environment where ``pip install "hgw-werkmap[hub]"`` ran, after
``npm ci --prefix deploy/jupyterhub`` for configurable-http-proxy), from a folder for the hub's state
(its database and cookie secret land in the working folder)::

    HGW_HUB_PASSWORD='een-gedeeld-wachtwoord' \
        jupyterhub -f deploy/jupyterhub/jupyterhub_config.py --ip 127.0.0.1 --port 8000

Participants open http://127.0.0.1:8000/, log in with any name and the shared password, and get the
start page of the workbook in Voilà (``/user/<name>/voila/render/00-start.ipynb``).

- ``SharedPasswordAuthenticator``: one shared training password from ``HGW_HUB_PASSWORD`` (at least 8
  characters; the hub does not start without it). Fine for a training session; a school uses its
  own accounts (OAuth, LTI) instead: see ``z2jh-values.yaml`` and ``docs/deployment.md``.
- ``SimpleLocalProcessSpawner``: every user's server is a process of the user who started the hub.
  Each has its own kernels and its own pages, but they are not isolated from each other by the
  operating system; for more than a training on a trusted machine use per-user accounts
  (``LocalProcessSpawner``/The Littlest JupyterHub) or containers (Zero to JupyterHub).
- The single-user servers run the same Python as the hub (``sys.executable``), with the workbook's
  notebooks as their folder and the Voilà settings of room mode (culling, time-outs, the no-delay
  kernel websocket, the upload limit); the template and ``voila.json`` come from the environment
  (``<prefix>/share/jupyter``, ``<prefix>/etc/jupyter``), where the wheel installed them.
"""

# ruff: noqa: F821  (get_config is provided by JupyterHub when it loads this file)

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from hgw_widgets.paths import notebooks_dir
from hgw_widgets.server import room

HERE = Path(__file__).resolve().parent
PASSWORD_ENV = "HGW_HUB_PASSWORD"
START_PAGE = "/voila/render/00-start.ipynb"

c = get_config()  # noqa: F821

password = os.environ.get(PASSWORD_ENV, "")
if len(password) < 8:
    sys.exit(f"Zet eerst het gedeelde wachtwoord (minstens 8 tekens): export {PASSWORD_ENV}='...'")

# --- who may log in ------------------------------------------------------------------------------
c.JupyterHub.authenticator_class = "shared-password"  # JupyterHub >= 5.3 (DummyAuthenticator is for tests)
c.SharedPasswordAuthenticator.user_password = password
c.Authenticator.allow_all = True  # any name with the shared password (JupyterHub 5 asks to say so)
c.JupyterHub.template_paths = [str(HERE / "templates")]  # the login and error pages in Dutch

# --- the proxy: configurable-http-proxy from npm, installed beside this file ---------------------
local_proxy = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
if local_proxy.is_file():
    c.ConfigurableHTTPProxy.command = [str(local_proxy)]
elif shutil.which("configurable-http-proxy") is None:
    sys.exit("configurable-http-proxy ontbreekt: npm ci --prefix deploy/jupyterhub")

# --- every user's own server: Voilà's start page of the workbook ---------------------------------
c.JupyterHub.spawner_class = "simple"  # SimpleLocalProcessSpawner
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = str(notebooks_dir())
c.Spawner.default_url = START_PAGE
c.SimpleLocalProcessSpawner.home_dir_template = str(Path.cwd() / "users" / "{username}")
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.args = [
    "--ServerApp.kernel_websocket_connection_class=hgw_widgets.server.kernel_socket.PromptKernelConnection",
    f"--MappingKernelManager.cull_idle_timeout={room.CULL_IDLE_SECONDS}",
    f"--MappingKernelManager.cull_interval={room.CULL_INTERVAL_SECONDS}",
    "--MappingKernelManager.cull_connected=False",
    f"--VoilaExecutor.iopub_timeout={room.IOPUB_TIMEOUT_SECONDS}",
    "--ServerApp.tornado_settings=" + json.dumps({"websocket_max_message_size": room.WEBSOCKET_MAX_MESSAGE_BYTES}),
    "--ServerApp.terminals_enabled=False",
]
if hasattr(os, "geteuid") and os.geteuid() == 0:  # a hub run as root (a container, CI): its servers run as root too
    c.Spawner.args.append("--ServerApp.allow_root=True")
