"""Build hook: put notebooks/ and casebook/ inside the package of a wheel (``hgw_widgets/notebooks``, ...).

They stay at the repository root, where authors edit them. A real wheel carries them inside the
package, where ``hgw_widgets.paths`` finds them with ``importlib.resources``. An editable install gets
no copies (a stale copy in site-packages would only confuse): there ``hgw_widgets.paths`` finds them
beside the package, in the checkout.
"""

from __future__ import annotations

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIPPED = ("notebooks", "casebook")


class ShippedFilesHook(BuildHookInterface):
    """Adds the shipped folders to a standard (not editable) wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version != "standard":
            return
        root = Path(self.root)
        for name in SHIPPED:
            for path in sorted((root / name).iterdir()):
                if path.is_file() and path.suffix in (".ipynb", ".yaml"):
                    build_data["force_include"][str(path)] = f"hgw_widgets/{name}/{path.name}"
