"""The test room's settings, shared by conftest.py and the tests (a plain module: "conftest" is ambiguous)."""

TOKEN = "testzaal-7b9kq2"
CHAPTER = "02-doelgericht-werken.ipynb"
CULL_IDLE = 6
CULL_INTERVAL = 2
