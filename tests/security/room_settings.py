"""The test room's settings, shared by conftest.py and the tests (a plain module: "conftest" is ambiguous)."""

TOKEN = "testzaal-7b9kq2"
CHAPTER = "02-doelgericht-werken.ipynb"
CULL_IDLE = 6
CULL_INTERVAL = 2
TRAINER = "muurcode-4mkq8w"
"""The trainer's code for the wall (issue 16), not the participants' code."""
