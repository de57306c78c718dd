"""run_app: the call that opens the window for an :class:`AppSpec` and runs Qt until it closes.

The specs themselves live in :mod:`scenewire.frontend.app_spec` (re-exported here).
"""

from __future__ import annotations

from .app_spec import AppSpec, DiagnosticsSpec, ScreenshotSpec


def run_app(spec: AppSpec, *, screenshot: ScreenshotSpec | None = None) -> int:
    """Open the window, run Qt's event loop until it closes, stop the transport; the exit code.

    Creates the ``QApplication`` when there is none yet (the transport's
    socket is made in its ``start()``, after it exists). Closing the window
    never waits on the network; once it is gone, a transport with ``end()``
    gets a second to close its connection as agreed before it is aborted, so
    that nothing of it outlives the ``QApplication``.
    """
    from PyQt6.QtWidgets import QApplication

    from .window import VispyFrontendWindow

    app = QApplication.instance() or QApplication([spec.title or "scenewire"])
    window = VispyFrontendWindow(spec, screenshot=screenshot)
    window.show()
    try:
        code = app.exec()
    finally:
        window.shutdown()
        end = getattr(window.transport, "end", None)
        if end is not None:
            end()
    return window.exit_code if window.exit_code is not None else int(code)


__all__ = ["AppSpec", "DiagnosticsSpec", "ScreenshotSpec", "run_app"]
