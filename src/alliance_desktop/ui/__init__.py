"""The Qt user interface: main window, panes, dialogs, models and charts."""

from alliance_desktop.ui.pyside_import_check import install as _install_import_check

_install_import_check()  # before the rest of the UI, SQLAlchemy and matplotlib are imported
