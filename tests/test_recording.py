"""Record and replay: the MCAP container, damaged files, the replay session, and both commands end to end."""

from __future__ import annotations

import asyncio
import io
import subprocess
from pathlib import Path

import pytest

from scenewire import encode
from scenewire.demos.neuron_demo import BranchedNeuronSession
from scenewire.protocol import Error, SceneReady, Status
from scenewire.recording import FORMAT, RecordingError, RecordingWriter, ReplaySession, open_recording, summarize
from scenewire.transports.ws_client import SceneClient

from .test_cli import PY, WAIT, start_server


def demo_frames(ticks: int = 12) -> list[bytes]:
    session = BranchedNeuronSession()
    frames = [encode(SceneReady(scene=session.initialize()))]
    for _ in range(ticks):
        session.advance()
        frames += [encode(u) for u in session.read_updates()]
    return frames


def write(path: Path, frames: list[bytes], chunk_every: int = 5) -> None:
    """A recording whose chunks hold ``chunk_every`` frames each, 1 ms apart."""
    writer = RecordingWriter(path, source="ws://test", server="test-server/1")
    for i, frame in enumerate(frames):
        writer.add(frame, log_time_ns=1_000_000_000 + i * 1_000_000)
        if (i + 1) % chunk_every == 0:
            writer.flush()
    writer.close()


def test_frames_come_back_byte_for_byte_with_the_metadata(tmp_path: Path) -> None:
    frames = demo_frames()
    write(tmp_path / "run.mcap", frames)
    recording = open_recording(tmp_path / "run.mcap")
    got = list(recording.frames())
    assert [f.data for f in got] == frames and not recording.damage
    assert got[1].log_time_ns - got[0].log_time_ns == 1_000_000
    assert recording.info["format"] == FORMAT and recording.info["source"] == "ws://test"
    assert recording.info["protocol"].startswith("1.") and recording.info["server"] == "test-server/1"
    summary = summarize(tmp_path / "run.mcap")
    assert summary.count == len(frames) and summary.seconds == pytest.approx((len(frames) - 1) / 1000)


def chunk_spans(data: bytes) -> list[tuple[int, int]]:
    """Where each chunk record starts and ends in a recording's bytes."""
    from mcap.records import Chunk
    from mcap.stream_reader import StreamReader

    stream = io.BytesIO(data)
    spans, start = [], 8  # after the magic
    for record in StreamReader(stream, emit_chunks=True).records:
        if isinstance(record, Chunk):
            spans.append((start, stream.tell()))
        start = stream.tell()
    return spans


def test_a_cut_off_file_gives_every_whole_chunk_and_says_so(tmp_path: Path) -> None:
    frames = demo_frames()
    write(tmp_path / "run.mcap", frames)
    data = (tmp_path / "run.mcap").read_bytes()
    spans = chunk_spans(data)
    assert len(spans) == 5
    for whole in (1, 3):  # cut inside the chunk after `whole` complete ones
        start, end = spans[whole]
        cut = tmp_path / f"cut{whole}.mcap"
        cut.write_bytes(data[: (start + end) // 2])
        summary = summarize(cut)
        assert summary.count == 5 * whole
        assert len(summary.damage) == 1 and "ends early" in summary.damage[0] and "cut off" in summary.damage[0]
        recording = open_recording(cut)
        assert [f.data for f in recording.frames()] == frames[: 5 * whole]


def test_a_damaged_chunk_is_skipped_and_the_rest_still_plays(tmp_path: Path) -> None:
    frames = demo_frames()
    write(tmp_path / "run.mcap", frames)
    data = bytearray((tmp_path / "run.mcap").read_bytes())
    start, end = chunk_spans(bytes(data))[1]
    middle = (start + end) // 2
    data[middle : middle + 16] = bytes(16)  # inside the second chunk's compressed bytes
    (tmp_path / "bad.mcap").write_bytes(bytes(data))
    recording = open_recording(tmp_path / "bad.mcap")
    assert [f.data for f in recording.frames()] == frames[:5] + frames[10:]
    assert len(recording.damage) == 1 and "damaged" in recording.damage[0] and "skipped" in recording.damage[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"hello, not a recording at all", "not an MCAP file"),
    ],
)
def test_a_file_that_is_no_recording_is_refused_in_words(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "x.mcap").write_bytes(content)
    with pytest.raises(RecordingError, match=message):
        open_recording(tmp_path / "x.mcap")


def test_an_mcap_file_of_another_profile_is_refused(tmp_path: Path) -> None:
    from mcap.writer import Writer

    with open(tmp_path / "ros.mcap", "wb") as stream:
        writer = Writer(stream)
        writer.start(profile="ros2", library="test")
        writer.finish()
    with pytest.raises(RecordingError, match="profile 'ros2', not a scenewire recording"):
        open_recording(tmp_path / "ros.mcap")


def drain(session: ReplaySession, ticks: int = 100) -> list:
    out = []
    for _ in range(ticks):
        if not session.is_live():
            break
        session.advance()
        out += session.read_updates()
    return out


def test_replay_plays_every_frame_then_says_it_ended(tmp_path: Path) -> None:
    frames = demo_frames()
    write(tmp_path / "run.mcap", frames)
    lines: list[str] = []
    session = ReplaySession(tmp_path / "run.mcap", fast=True, out=lines.append)
    assert session.initialize() is None
    updates = drain(session)
    assert [encode(u) for u in updates[:-1]] == frames
    assert isinstance(updates[-1], Status) and "end of the recording" in updates[-1].message
    assert not session.is_live() and lines[-1].startswith("replay: end of the recording")


def test_replay_of_a_damaged_file_reports_it_and_plays_the_rest(tmp_path: Path) -> None:
    frames = demo_frames()
    write(tmp_path / "run.mcap", frames)
    data = (tmp_path / "run.mcap").read_bytes()
    start, end = chunk_spans(data)[2]
    (tmp_path / "cut.mcap").write_bytes(data[: (start + end) // 2])
    session = ReplaySession(tmp_path / "cut.mcap", fast=True, out=lambda _: None)
    session.initialize()
    updates = drain(session)
    errors = [u for u in updates if isinstance(u, Error)]
    assert len(errors) == 1 and "ends early" in errors[0].message and "replayed what was intact" in errors[0].message
    played = [encode(u) for u in updates if not isinstance(u, (Error, Status))]
    assert played == frames[:10]


def run_cli(*args: str, timeout: float = WAIT) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "scenewire.cli", *args], capture_output=True, text=True, timeout=timeout)


async def read_frames(url: str, count: int) -> list[bytes]:
    client = await SceneClient.connect(url)
    frames = []
    try:
        while len(frames) < count:
            frames.append(await asyncio.wait_for(client.ws.recv(), WAIT))
    finally:
        await client.close()
    return frames


def test_record_a_live_session_then_replay_it_to_a_client(tmp_path: Path) -> None:
    server, url = start_server("scenewire.demos.neuron_demo:BranchedNeuronSession", "--once")
    try:
        path = tmp_path / "neuron.mcap"
        result = run_cli("record", url, str(path), "--count", "40")
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith(f"recording {url}")
        assert "40 frames recorded. Saved" in result.stdout and f"scenewire replay {path}" in result.stdout
        server.wait(WAIT)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    recorded = [f.data for f in open_recording(path).frames()]
    assert len(recorded) == 40
    assert b"scene_ready" in recorded[0] and b"field_replace" in recorded[-1] + recorded[-2]

    replay, replay_url = start_server_for(["replay", str(path), "--fast"])  # serves one client after another
    try:
        greeting = replay.greeting  # type: ignore[attr-defined]
        assert f"replay: {path}: 40 frames over" in greeting and "as fast as the client reads" in greeting
        frames = asyncio.run(read_frames(replay_url, 40))
        assert frames == recorded
    finally:
        replay.kill()
        replay.wait()


def start_server_for(args: list[str]) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [PY, "-m", "scenewire.cli", *args, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("connect with: "):
            process.greeting = "".join(lines)  # type: ignore[attr-defined]
            return process, line.split()[-1]
    process.wait(WAIT)
    raise AssertionError("".join(lines))


def test_replay_refuses_a_missing_or_foreign_file_in_one_line(tmp_path: Path) -> None:
    missing = run_cli("replay", str(tmp_path / "nope.mcap"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "cannot replay" in missing.stderr and "no such file" in missing.stderr
    (tmp_path / "notes.txt").write_text("not a recording")
    foreign = run_cli("replay", str(tmp_path / "notes.txt"))
    assert foreign.returncode != 0 and "Traceback" not in foreign.stderr
    assert "not an MCAP file, so not a scenewire recording" in foreign.stderr


def test_record_says_when_there_is_no_server(tmp_path: Path) -> None:
    result = run_cli("record", "ws://127.0.0.1:9", str(tmp_path / "x.mcap"))
    assert result.returncode == 2 and "Traceback" not in result.stdout + result.stderr
    assert "cannot connect to ws://127.0.0.1:9" in result.stdout and "scenewire serve" in result.stdout
    assert not (tmp_path / "x.mcap").exists()


def test_record_will_not_overwrite_without_force(tmp_path: Path) -> None:
    (tmp_path / "x.mcap").write_bytes(b"keep me")
    result = run_cli("record", "ws://127.0.0.1:9", str(tmp_path / "x.mcap"))
    assert result.returncode != 0 and "--force" in result.stderr
    assert (tmp_path / "x.mcap").read_bytes() == b"keep me"


def test_server_closing_ends_a_recording_cleanly(tmp_path: Path) -> None:
    server, url = start_server("scenewire.demos.neuron_demo:BranchedNeuronSession")
    try:
        recorder = subprocess.Popen(
            [PY, "-m", "scenewire.cli", "record", url, str(tmp_path / "r.mcap")], stdout=subprocess.PIPE, text=True
        )
        assert recorder.stdout is not None
        assert recorder.stdout.readline().startswith("recording")
        while True:  # progress lines until frames have arrived
            line = recorder.stdout.readline()
            assert line.startswith("recorded "), line
            if not line.startswith("recorded 0 frames"):
                break
        server.terminate()  # SIGTERM: the server goes away under the recorder
        out, _ = recorder.communicate(timeout=WAIT)
        assert recorder.returncode == 0, out
        assert "Saved" in out
    finally:
        if server.poll() is None:
            server.kill()
        server.wait()
    assert summarize(tmp_path / "r.mcap").count >= 1


def test_record_passes_the_servers_token(tmp_path: Path) -> None:
    server, url = start_server("scenewire.demos.echo:EchoSession", "--token", "s3cret")
    try:
        bare = url.split("?")[0]
        refused = run_cli("record", bare, str(tmp_path / "no.mcap"), "--count", "1")
        assert refused.returncode == 2 and "refused the connection: close 4003" in refused.stdout
        assert not (tmp_path / "no.mcap").exists()
        result = run_cli("record", bare, str(tmp_path / "yes.mcap"), "--count", "1", "--token", "s3cret")
        assert result.returncode == 0, result.stdout + result.stderr
        assert summarize(tmp_path / "yes.mcap").count == 1
    finally:
        server.kill()
        server.wait()
