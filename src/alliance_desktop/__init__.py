"""Alliance Desktop: a practice companion that tracks the therapeutic alliance visit by visit."""

import time

#: when the app's code was first imported (start-up reports count from here)
IMPORTED_AT = time.perf_counter()

#: the one place the version is written (pyproject.toml reads it); no importlib.metadata
#: lookup at start-up, which cost about 70 ms before the window could paint
__version__ = "0.1.0"

APP_NAME = "Alliance Desktop"
ORG_NAME = "Alliance Desktop"
