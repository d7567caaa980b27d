"""Alliance Desktop: a practice companion that tracks the therapeutic alliance visit by visit."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("alliance-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "Alliance Desktop"
ORG_NAME = "Alliance Desktop"
