"""Allows ``python -m alliance_desktop``."""

from alliance_desktop.cli import main

raise SystemExit(main())
