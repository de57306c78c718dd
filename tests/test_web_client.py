"""The browser client (web/, issue 20): its Node suite, the bundle the server ships, the page
served on the server's own port, and the page in real Chromium against ``scenewire serve``."""

from __future__ import annotations

import asyncio
import filecmp
import http.client
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from scenewire.conformance_peer import run_peer
from scenewire.demos.neuron_demo import BranchedNeuronSession
from scenewire.protocol import SUBPROTOCOL, decode, encode, make_hello
from scenewire.transports.web_page import BUNDLE_DIR, WebBundle
from scenewire.transports.ws_server import BackendServer

from .web_harness import WEB, finish_e2e, missing_tools, run_e2e, served, start_e2e

NPM_TIMEOUT = 600


def need_node() -> None:
    why = missing_tools()
    if why:
        pytest.fail(f"the browser client's tests need Node and Chromium: {why}")


def test_node_suite_passes_every_message_and_state_vector() -> None:
    """`npm test` in web/: the TypeScript codec, scene state and connection under node --test."""
    need_node()
    done = subprocess.run(["npm", "test"], cwd=WEB, capture_output=True, text=True, timeout=NPM_TIMEOUT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    passed = int(re.search(r"^# pass (\d+)", done.stdout, re.M).group(1))  # type: ignore[union-attr]
    assert re.search(r"^# fail 0$", done.stdout, re.M) and passed >= 400, done.stdout[-2000:]


def test_the_bundle_in_the_package_is_what_web_builds_today() -> None:
    need_node()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["node", "build.mjs", "--outdir", tmp], cwd=WEB, check=True, timeout=NPM_TIMEOUT)
        built = sorted(p.name for p in Path(tmp).iterdir())
        assert built == sorted(p.name for p in BUNDLE_DIR.iterdir()), "run: cd web && npm run bundle"
        _, mismatch, errors = filecmp.cmpfiles(tmp, BUNDLE_DIR, built, shallow=False)
        assert not mismatch and not errors, f"{mismatch} differ from a fresh build: cd web && npm run bundle"


# ---- the client's connection against the conformance peer (spec §15.5) ----


@pytest.fixture(scope="module")
def exchange_client() -> Path:
    need_node()
    subprocess.run(["node", "build.mjs", "--tests"], cwd=WEB, check=True, timeout=NPM_TIMEOUT)
    return WEB / "dist-test" / "tools" / "exchange_client.mjs"


@pytest.mark.parametrize(
    ("scenario", "access", "close"),
    [
        ("client_session", None, 1000),
        ("client_unexpected_messages", None, 1000),
        ("client_version_mismatch", None, 4001),
        ("client_1_1_observer", "observe", 1000),
        ("client_1_1_against_1_0_server", "observe", 1000),
    ],
)
def test_the_web_client_passes_the_client_exchanges(
    exchange_client: Path, scenario: str, access: str | None, close: int
) -> None:
    """The TypeScript connection and state, in Node over a real WebSocket, against ``scenewire peer``."""

    async def play() -> tuple[object, bytes, bytes]:
        port: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        peer = asyncio.create_task(run_peer(scenario, port=0, timeout=30, on_ready=port.set_result))
        url = f"ws://127.0.0.1:{await port}"
        node = await asyncio.create_subprocess_exec(
            "node",
            "--experimental-websocket",
            "--no-warnings",
            str(exchange_client),
            url,
            *([access] if access else []),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(node.communicate(), 60)
        return await asyncio.wait_for(peer, 30), out, err

    verdict, out, err = asyncio.run(play())
    assert verdict.passed, verdict.summary()  # type: ignore[attr-defined]
    seen = json.loads(out.decode().strip().splitlines()[-1])
    assert seen["close"]["code"] == close, (seen, err.decode()[-2000:])
    if scenario == "client_unexpected_messages":
        assert [r["code"] for r in seen["reports"]] == ["unexpected_message", "unexpected_message"], seen
    if scenario == "client_1_1_observer":
        assert seen["sent"] == ["control_request", "set_control", "stop_session"], seen
        assert seen["access"]["access"] == "control" and not seen["access"]["waiting"], seen
        assert seen["tick"]["index"] == 44, seen  # the run's ticks: the snapshot closed 41 (§7.12 rule 6)
    if scenario == "client_1_1_against_1_0_server":
        assert "control_request" not in seen["sent"] and seen["access"] is None, seen


# ---- the page on the server's port (no Node needed) ----


def get(port: int, path: str, host: str | None = None, origin: str | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": host or f"127.0.0.1:{port}"}
    if origin:
        headers["Origin"] = origin
    conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    answer = conn.getresponse()
    return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()


async def with_server(check, **options) -> None:
    server = BackendServer(BranchedNeuronSession, port=0, isolation="thread", **options)
    await server.start()
    try:
        await check(server)
    finally:
        await server.close()


def test_a_plain_get_answers_the_viewer_with_its_types_and_a_content_security_policy() -> None:
    async def check(server: BackendServer) -> None:
        status, headers, body = await asyncio.to_thread(get, server.port, "/")
        assert status == 200 and body == (BUNDLE_DIR / "index.html").read_bytes()
        assert headers["content-type"] == "text/html; charset=utf-8"
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and f"ws://127.0.0.1:{server.port}" in csp
        assert headers["x-content-type-options"] == "nosniff"
        status, headers, body = await asyncio.to_thread(get, server.port, "/app.js?v=1")
        assert status == 200 and headers["content-type"] == "text/javascript; charset=utf-8"
        assert body == (BUNDLE_DIR / "app.js").read_bytes()

    asyncio.run(with_server(check))


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2fweb_page.py",
        "/web_bundle/app.js",
        "/app.js/..",
        "//etc/passwd",
        "/.",
        "/nothing.html",
        "/index.html%00.js",
        "/../transports/web_page.py",
    ],
)
def test_only_the_bundles_own_files_are_served(path: str) -> None:
    async def check(server: BackendServer) -> None:
        status, headers, body = await asyncio.to_thread(get, server.port, path)
        assert status == 404 and headers["content-type"].startswith("text/plain"), (path, status, body[:100])
        assert b"root:" not in body and b"import" not in body

    asyncio.run(with_server(check))


def test_methods_other_than_get_are_refused() -> None:
    async def check(server: BackendServer) -> None:
        def ask(method: str) -> int:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            conn.request(method, "/")
            return conn.getresponse().status

        for method in ("POST", "HEAD", "PUT", "DELETE"):
            assert await asyncio.to_thread(ask, method) == 405, method
        assert (await asyncio.to_thread(get, server.port, "/"))[0] == 200  # and the server goes on serving

    asyncio.run(with_server(check))


def test_a_rebinding_host_and_a_foreign_origin_are_refused_for_the_page_too() -> None:
    async def check(server: BackendServer) -> None:
        assert (await asyncio.to_thread(get, server.port, "/", "evil.example:80"))[0] == 403
        assert (await asyncio.to_thread(get, server.port, "/", None, "http://evil.example"))[0] == 403

    asyncio.run(with_server(check))


def test_the_pages_own_origin_may_open_the_websocket_every_other_origin_is_refused() -> None:
    """§2.9: the origin of the page this server served (http:// and the Host asked for) is allowed."""

    async def check(server: BackendServer) -> None:
        url = f"ws://127.0.0.1:{server.port}/"
        async with connect(url, subprotocols=[SUBPROTOCOL], origin=f"http://127.0.0.1:{server.port}") as ws:
            await ws.send(encode(make_hello("client", "test")))
            assert decode(await ws.recv()).role == "server"
        for other in (
            f"http://127.0.0.1:{server.port + 1}",
            "https://evil.example",
            "null",
            f"http://localhost:{server.port}",
        ):
            with pytest.raises(InvalidStatus) as refused:
                async with connect(url, subprotocols=[SUBPROTOCOL], origin=other):  # type: ignore[arg-type]
                    pass
            assert refused.value.response.status_code == 403, other

    asyncio.run(with_server(check))


def test_a_server_without_a_bundle_says_how_to_build_one(tmp_path: Path) -> None:
    bundle = WebBundle(tmp_path)
    assert not bundle.available

    async def check(server: BackendServer) -> None:
        server.web = bundle
        status, _, body = await asyncio.to_thread(get, server.port, "/")
        assert status == 404 and b"npm run bundle" in body
        # and the origin of a page it does not serve is no longer allowed
        with pytest.raises(InvalidStatus):
            async with connect(f"ws://127.0.0.1:{server.port}/", origin=f"http://127.0.0.1:{server.port}"):  # type: ignore[arg-type]
                pass

    asyncio.run(with_server(check))


# ---- the page in real Chromium ----


def test_chromium_shows_the_branched_neuron_served_by_scenewire_serve() -> None:
    need_node()
    with served("scenewire.demos.neuron_demo:BranchedNeuronSession") as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", server.page_url), server.page_url
        seen = run_e2e("viewer_check.mjs", server.page_url, "live")
    assert "error" not in seen, seen
    fields = seen["later"]["fields"]
    assert set(fields) == set(seen["sceneFields"]) == {"v", "v_trace"}, seen
    assert len(fields["v"]) == 1 and fields["v"][0] > 100, fields  # one voltage per segment
    assert seen["later"]["tick"]["index"] > seen["first"]["tick"]["index"], seen
    assert seen["later"]["views"] == ["cell_view", "trace_view"], seen
    # the window the views draw: panel titles, the session's controls, the role, run control and the clock
    for text in ("voltage traces", "stimulus into the soma (nA)", "Controlling", "Pause", "t = "):
        assert text in seen["status"], (text, seen["status"])
    assert seen["problems"] == [], seen["problems"]


def test_chromium_shows_why_a_wrong_token_was_refused_and_no_token_reaches_the_log() -> None:
    need_node()
    secret, wrong = "s3cret-token-of-the-test", "wrong-token-of-the-test"
    with served("scenewire.demos.neuron_demo:BranchedNeuronSession", "--token", secret) as server:
        assert server.page_url.endswith(f"/#token={secret}"), server.page_url
        seen = run_e2e("viewer_check.mjs", server.page_url.replace(secret, wrong), "closed")
        good = run_e2e("viewer_check.mjs", server.page_url, "live")
        output = server.output
    assert seen["summary"]["close"]["code"] == 4003, seen
    assert "refused: the token is missing or wrong" in seen["status"] and "4003" in seen["status"], seen["status"]
    assert "error" not in good and good["later"]["fields"], good
    assert wrong not in output
    printed = [line for line in output.splitlines() if secret in line]
    assert all(line.startswith(("connect with: ", "open in a browser: ")) for line in printed), printed


def test_chromium_shows_that_the_server_died() -> None:
    need_node()
    with (
        served("scenewire.demos.neuron_demo:BranchedNeuronSession") as server,
        start_e2e("viewer_check.mjs", server.page_url, "dies") as (node, first),
    ):
        assert first == {"ready": True}, first
        server.kill()
        seen = finish_e2e(node)
    assert seen["summary"]["close"]["code"] == 1006, seen
    assert "the connection was lost" in seen["status"] and "close code 1006" in seen["status"], seen["status"]


def test_chromium_pages_share_a_run_pass_control_and_see_a_pause() -> None:
    """Protocol 1.1 in the browser: roles (§2.5, §7.14) and run control (§6.8, §7.15) on --shared."""
    need_node()
    with served("scenewire.demos.neuron_demo:BranchedNeuronSession", "--shared") as server:
        seen = run_e2e("shared_run.mjs", server.page_url)
    assert "error" not in seen, seen
    assert seen["first"]["access"] == {"access": "control", "waiting": False, "clients": 1}, seen["first"]
    assert seen["observer"]["access"] == {"access": "observe", "waiting": False, "clients": 2}, seen["observer"]
    assert seen["observer"]["run"] == seen["first"]["run"] and re.fullmatch(r"[0-9a-f]{32}", seen["first"]["run"])
    assert seen["observer"]["tick"]["index"] > 0, seen["observer"]  # it joined the run's count (§7.12 rule 6)
    assert seen["waiting"]["access"]["waiting"] is True
    assert seen["paused"]["runState"] == {"state": "paused"}
    assert seen["took"]["access"] == {"access": "control", "waiting": False, "clients": 2}
    assert seen["gave"]["access"]["access"] == "observe"
    assert seen["problems"] == []


def test_the_harness_reads_back_the_pixels_chromium_drew() -> None:
    need_node()
    seen = run_e2e("harness_check.mjs")
    assert seen == {
        "size": [40, 20],
        "left": [200, 10, 30, 255],
        "right": [0, 0, 255, 255],
        "clip": [10, [0, 0, 255, 255]],
    }


def test_chromium_steers_the_served_neuron_a_click_traces_a_segment_and_the_slider_sets_the_stimulus() -> None:
    """Against a real server: a click on an axon segment comes back as its trace; the slider's box as the stimulus."""
    need_node()
    with served("scenewire.demos.neuron_demo:BranchedNeuronSession", "-v") as server:
        seen = run_e2e("interact.mjs", server.page_url)
        output = server.output
    assert "error" not in seen, seen
    entity = seen["target"]["entity"]
    assert entity.startswith("axon(") and entity in seen["labels"], seen  # the trace plot's legend names it
    assert seen["traced"][1] == seen["first"]["fields"]["v_trace"][1] + 1, seen  # one more series
    assert seen["status"] == "stimulus 1.5 nA", seen
    assert seen["problems"] == [], seen["problems"]
    assert "Traceback" not in output, output
