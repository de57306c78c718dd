"""``scenewire.jupyter``: a run served from a notebook's kernel, shown in its cell (issue 20, D34).

A real kernel (nbclient + ipykernel) runs the notebook's cells; the cell's HTML output is put in a
page served from another loopback origin (the notebook's stand-in), and real Chromium shows the
viewer inside that frame, connected to the kernel's run. A page from an origin the server does not
allow cannot frame it (the Content-Security-Policy's frame-ancestors).
"""

from __future__ import annotations

import re

import pytest

from scenewire.jupyter import Viewer, show
from scenewire.transports.web_page import content_security_policy, frame_sources

from .web_harness import missing_tools, need_module, run_e2e

nbformat = need_module("nbformat", "jupyter")
nbclient = need_module("nbclient.client", "jupyter")

SERVE = '''from scenewire.jupyter import serve
run = serve("scenewire.demos.wave:WaveSession")
run'''
STOP = '''import scenewire.demos.wave as wave
run.stop()
print("running:", run.running)'''


def test_a_viewer_is_an_iframe_of_the_page_url_escaped() -> None:
    html = show('http://127.0.0.1:8765/#token=a"b<c').__repr__(), Viewer("http://h/x?a=1&b=2", 300)._repr_html_()
    assert html[0] == 'scenewire viewer at http://127.0.0.1:8765/#token=a"b<c'
    assert '<iframe src="http://h/x?a=1&amp;b=2" width="100%" height="300"' in html[1]
    with pytest.raises(ValueError, match="page URL"):
        show("ws://127.0.0.1:8765/")


def test_loopback_pages_and_allowed_origins_may_frame_the_viewer_nothing_else() -> None:
    policy = content_security_policy("127.0.0.1:8765", ("http://localhost:*", *frame_sources(
        ("https://hub.example.org", "*", "https://x; script-src *"))))
    ancestors = re.search(r"frame-ancestors ([^;]*)", policy)
    assert ancestors is not None
    assert ancestors.group(1).split() == ["'self'", "http://localhost:*", "https://hub.example.org"]


@pytest.mark.timeout(240)
def test_a_notebook_cell_shows_the_kernels_run_and_a_foreign_page_cannot_frame_it() -> None:
    if (why := missing_tools()) is not None:
        pytest.fail(why)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SERVE), nbformat.v4.new_code_cell(STOP)])
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=120)
    with client.setup_kernel():
        client.execute_cell(nb.cells[0], 0)
        outputs = nb.cells[0].outputs
        html = next(o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {}))
        assert html.startswith('<iframe src="http://127.0.0.1:') and 'title="scenewire viewer"' in html
        framed = run_e2e("framed.mjs", "localhost", html)  # Jupyter on localhost:8888, the run on 127.0.0.1
        assert framed["framed"] is True, framed
        assert framed["summary"]["fields"], framed
        foreign = run_e2e("framed.mjs", "127.0.0.2", html)  # loopback too, but not an origin the policy names
        assert foreign["framed"] is False and "frame-ancestors" in foreign["why"], foreign
        client.execute_cell(nb.cells[1], 1)
        text = "".join(o.get("text", "") for o in nb.cells[1].outputs)
        assert "running: False" in text, nb.cells[1].outputs
