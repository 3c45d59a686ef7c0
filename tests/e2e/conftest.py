"""Browser tests: Voilà started on 127.0.0.1 and a free port, driven in Debian's Chromium.

Fixtures:
    voila_url: base URL of a Voilà server serving notebooks/ with the repo's voila.json.
    open_chapter: ``open_chapter(page, "02-doelgericht-werken")`` opens a chapter and waits
        until its widgets are rendered.
    assert_no_error_output: fails when the page shows an error output or a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hgw_widgets.server.serve import voila_command
from hgw_widgets.server.testing import CHROMIUM, CHROMIUM_FLAGS, free_port, running_server

WIDGET_TIMEOUT_MS = 60_000


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # a real desk size (issue 12: never an enlarged window that hides what a person cannot reach)
    return {**browser_context_args, "locale": "nl-NL", "viewport": {"width": 1366, "height": 768}}


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory):
    """A Voilà process on 127.0.0.1, started as ``hgw-werkmap serve`` does; yields (base_url, log_path)."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("voila") / "voila.log"
    with running_server(voila_command(port=port), port=port, log_path=log_path) as (base, _proc):
        yield base, log_path


@pytest.fixture(scope="session")
def voila_url(voila_server) -> str:
    return voila_server[0]


@pytest.fixture
def open_chapter(voila_url):
    def _open(page, slug: str, *, wait_for: str = ".jupyter-widgets", timeout: int = WIDGET_TIMEOUT_MS):
        page.goto(f"{voila_url}/voila/render/{slug}.ipynb", timeout=timeout)
        page.wait_for_selector(wait_for, state="visible", timeout=timeout)
        return page

    return _open


ERROR_SELECTORS = (
    ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']",
    ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']",
)


def _assert_no_error_output(page) -> None:
    for selector in ERROR_SELECTORS:
        count = page.locator(selector).count()
        assert count == 0, f"page shows {count} error output(s) ({selector}): " + " | ".join(
            page.locator(selector).all_inner_texts()
        )
    body = page.inner_text("body")
    for marker in ("Traceback", "Error:", "ExecutionError", "/work/", "site-packages"):
        assert marker not in body, f"page text contains {marker!r}"


@pytest.fixture
def assert_no_error_output():
    return _assert_no_error_output
