"""The public API: ``__all__`` is sorted, complete and every name resolves."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import hgw_widgets


def test_all_is_sorted_and_resolves():
    assert hgw_widgets.__all__ == sorted(hgw_widgets.__all__)
    for name in hgw_widgets.__all__:
        assert getattr(hgw_widgets, name) is not None, name


def _defined_elsewhere(lazy_map: dict[str, str]) -> list[str]:
    """Names the map sends to a module that only re-exports them (``name: mapped -> defining module``)."""
    wrong = []
    for name, module in lazy_map.items():
        mod = importlib.import_module(module, "hgw_widgets")
        defined_in = getattr(getattr(mod, name), "__module__", None)
        if defined_in != mod.__name__:
            wrong.append(f"{name}: {mod.__name__} -> {defined_in}")
    return wrong


def test_exported_names_are_defined_where_the_map_says():
    """Loading ``hgw_widgets.X`` imports only the module that defines X (a re-export loads more, e.g. pandas)."""
    assert _defined_elsewhere(hgw_widgets._LAZY) == []


def test_the_check_sees_a_name_mapped_to_a_module_that_only_re_exports_it():
    assert _defined_elsewhere({"Factor": ".domain.class_overview"}) == [
        "Factor: hgw_widgets.domain.class_overview -> hgw_widgets.domain.areas"]
    assert _defined_elsewhere({"Factor": ".domain.areas"}) == []


@pytest.mark.parametrize("name", ["Factor", "Strength"])
def test_a_pandas_free_name_loads_no_pandas(name):
    code = f"import sys, hgw_widgets; hgw_widgets.{name}; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
