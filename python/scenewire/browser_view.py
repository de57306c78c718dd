"""``scenewire view TARGET --browser``: the served viewer in the person's browser, or a headless screenshot of it.

A server address opens the page that server serves (``ws://h:p/?token=t`` becomes
``http://h:p/#token=t``: the token in the fragment, never sent in a request). A ``module:Class``
target is served first, by this process (background.py), for as long as the browser is wanted.
``--screenshot FILE`` drives headless Chromium (Debian's ``chromium``, Chrome or Edge, found on
the PATH or named by ``SCENEWIRE_CHROMIUM``) through Playwright's Python package (the ``browser``
extra), waits until the page holds the scene and its ticks have moved on, and writes a PNG, so a
README image of the browser is remade by one command, as ``view --screenshot`` does for the window.
"""

from __future__ import annotations

import os
import shutil
import time
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge")
PAGE_TIMEOUT_S = 60.0
SCREENSHOT_TIMEOUT_MS = 120_000


def page_url(ws_url: str, token: str | None = None) -> str:
    """The viewer page of the server at ``ws_url``; its token (query or ``token``) moves to the fragment."""
    parts = urlsplit(ws_url)
    scheme = {"ws": "http", "wss": "https", "http": "http", "https": "https"}.get(parts.scheme)
    if scheme is None or not parts.netloc:
        raise ValueError(f"not a server address: {ws_url!r} (ws://HOST:PORT)")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "token"]
    token = token or dict(parse_qsl(parts.query)).get("token")
    fragment = f"token={quote(token, safe='')}" if token else ""
    return urlunsplit((scheme, parts.netloc, parts.path or "/", urlencode(query), fragment))


def find_chromium() -> str:
    """A Chromium-family browser to drive headless: ``SCENEWIRE_CHROMIUM``, else the first on the PATH."""
    named = os.environ.get("SCENEWIRE_CHROMIUM")
    if named:
        if not Path(named).exists():
            raise FileNotFoundError(f"SCENEWIRE_CHROMIUM names {named}, which does not exist")
        return named
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError(
        "no Chromium, Chrome or Edge on the PATH (apt-get install chromium; or set SCENEWIRE_CHROMIUM)"
    )


@dataclass(frozen=True)
class BrowserShot:
    """What a headless screenshot waits for: the scene, then ``after_ticks`` more ticks or ``after_seconds``."""

    path: Path
    after_ticks: int | None = None
    after_seconds: float | None = 3.0
    width: int = 1280
    height: int = 800


def screenshot(url: str, shot: BrowserShot) -> dict[str, object]:
    """Open ``url`` in headless Chromium, wait as ``shot`` says, write its PNG; the page's summary then.

    Raises ``RuntimeError`` with what the page showed if it never held a scene (refused, closed).
    """
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RuntimeError('--browser --screenshot needs the browser extra: pip install "./python[browser]"') from None
    executable = find_chromium()
    try:
        return _shoot(sync_playwright, executable, url, shot)
    except PlaywrightError as exc:  # a browser that would not start, a page too busy to draw in time
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RuntimeError(f"headless {Path(executable).name} failed: {first}") from None


def _shoot(sync_playwright: Any, executable: str, url: str, shot: BrowserShot) -> dict[str, object]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=executable,
            headless=True,
            args=["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
        )
        try:
            page = browser.new_page(viewport={"width": shot.width, "height": shot.height})
            page.goto(url, wait_until="load")
            first = _wait(page, lambda s: bool(s.get("fields")) and s.get("tick") is not None, "a scene")
            start = time.monotonic()
            if shot.after_ticks is not None:
                target = first["tick"]["index"] + shot.after_ticks  # type: ignore[index]
                last = _wait(
                    page, lambda s: (s.get("tick") or {}).get("index", -1) >= target, f"{shot.after_ticks} ticks"
                )
            else:
                last = first
                while time.monotonic() - start < (shot.after_seconds or 0.0):
                    page.wait_for_timeout(100)
                    last = _summary(page) or last
            page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
            shot.path.parent.mkdir(parents=True, exist_ok=True)
            # software WebGL on a busy machine may take long to give a frame
            page.screenshot(path=str(shot.path), type="png", timeout=SCREENSHOT_TIMEOUT_MS)
            return last
        finally:
            browser.close()


def _summary(page: object) -> dict[str, object] | None:
    return page.evaluate("() => window.__scenewire ? window.__scenewire.summary() : null")  # type: ignore[attr-defined]


def _wait(page: object, test: object, what: str) -> dict[str, object]:
    deadline = time.monotonic() + PAGE_TIMEOUT_S
    last = None
    while time.monotonic() < deadline:
        last = _summary(page)
        if last is not None:
            if test(last):  # type: ignore[operator]
                return last
            if last.get("phase") == "closed":
                close = last.get("close") or {}
                raise RuntimeError(f"the page's connection closed before {what}: {close}")
        page.wait_for_timeout(50)  # type: ignore[attr-defined]
    raise RuntimeError(f"the page showed no {what} within {PAGE_TIMEOUT_S:g} s; it holds {last}")


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the person's default browser; whether one was found."""
    return webbrowser.open(url)


__all__ = ["BrowserShot", "find_chromium", "open_in_browser", "page_url", "screenshot"]
