"""Entry script of the frozen app (``build.spec``): the same as the ``alliance-desktop`` command."""

import sys

from alliance_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
