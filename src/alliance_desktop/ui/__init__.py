"""The Qt user interface: main window, panes, dialogs, models and charts."""
