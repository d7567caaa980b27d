"""Alliance Desktop: a practice companion that tracks the therapeutic alliance visit by visit."""

import time
from importlib.metadata import PackageNotFoundError, version

#: when the app's code was first imported (start-up reports count from here)
IMPORTED_AT = time.perf_counter()

try:
    __version__ = version("alliance-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "Alliance Desktop"
ORG_NAME = "Alliance Desktop"
