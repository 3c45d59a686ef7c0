"""Export layer of hgw_widgets; see docs/architecture.md."""
