"""Panels: the areas of the window a layout names (views, controls) and the status bar."""
