"""The public API: ``__all__`` is sorted, complete and every name resolves."""

from __future__ import annotations

import importlib

import hgw_widgets


def test_all_is_sorted_and_resolves():
    assert hgw_widgets.__all__ == sorted(hgw_widgets.__all__)
    for name in hgw_widgets.__all__:
        assert getattr(hgw_widgets, name) is not None, name


def test_exported_names_are_defined_where_the_map_says():
    for name, module in hgw_widgets._LAZY.items():
        mod = importlib.import_module(module, "hgw_widgets")
        assert getattr(mod, name).__module__ in (mod.__name__, getattr(getattr(mod, name), "__module__", "")), name
