"""The Content-Security-Policy (``voila_app.CONTENT_SECURITY_POLICY``, issue 18): every chapter renders under it.

The header is checked against a running room in ``tests/security/test_curious_participant.py``; here
Chromium opens every chapter as ``hgw-werkmap serve`` serves it and reports every violation (the
``securitypolicyviolation`` event and the console), and the chapter's widgets must appear.
"""

from __future__ import annotations

import pytest

from hgw_widgets.server.serve import NOTEBOOKS
from hgw_widgets.server.voila_app import CONTENT_SECURITY_POLICY

CHAPTERS = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
RECORD_VIOLATIONS = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
    "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"
)


def test_policy_limits_scripts():
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "'unsafe-eval'" not in CONTENT_SECURITY_POLICY
    assert "object-src 'none'" in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_renders_without_policy_violations(page, voila_url, open_chapter, assert_no_error_output, chapter):
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.request.get(f"{voila_url}/voila/render/{chapter}.ipynb")
    assert response.headers.get("content-security-policy") == CONTENT_SECURITY_POLICY
    open_chapter(page, chapter, wait_for=".hgw-chapter-nav" if chapter.startswith("00") else ".jupyter-widgets")
    page.wait_for_timeout(1000)  # late scripts (anywidget's modules) run after the first widget appears
    assert page.evaluate("window.__cspViolations") == []
    assert console == []
    assert_no_error_output(page)
