"""The state vectors (§15.4) replay to exactly the listed state and changes, and are what the generator writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scenewire.protocol import decode
from scenewire.state.scene_state import SceneState
from scenewire.wire.jsonform import from_json_form

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / "conformance" / "state"
MANIFEST = json.loads((STATE / "manifest.json").read_text(encoding="utf-8"))
MANIFEST_1_1 = json.loads((STATE / "1.1" / "manifest.json").read_text(encoding="utf-8"))
UPDATE_KINDS = {
    "scene_ready",
    "field_replace",
    "field_append",
    "scene_patch",
    "panel_patch",
    "layout_replace",
    "state_patch",
    "status",
    "error",
}


def strict(value: Any) -> str:
    """JSON text that keeps 1 and 1.0 apart, as the JSON form requires."""
    return json.dumps(value, sort_keys=True)


def load(name: str) -> dict[str, Any]:
    return json.loads((STATE / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "entry",
    MANIFEST["sequences"] + [{**e, "file": f"1.1/{e['file']}"} for e in MANIFEST_1_1["sequences"]],
    ids=lambda e: e["name"],
)
def test_sequence_replays_to_the_listed_state(entry: dict[str, Any]) -> None:
    state = SceneState()
    steps = load(entry["file"])["steps"]
    assert len(steps) == entry["steps"]
    for i, step in enumerate(steps):
        if "frame" in step:
            changes = state.apply(decode(bytes.fromhex(step["frame"])))
        else:
            local = step["set_frontend_state"]
            changes = state.set_frontend_state(local["key"], from_json_form(local["value"]))
        where = f"{entry['name']} step {i} ({step['note']})"
        assert strict(changes.to_json()) == strict(step["changes"]), where
        assert strict(state.to_json()) == strict(step["state"]), where


def test_vectors_cover_every_update_kind_and_note_code() -> None:
    kinds, notes = set(), set()
    for entry in MANIFEST["sequences"]:
        for step in load(entry["file"])["steps"]:
            if "frame" in step:
                kinds.add(decode(bytes.fromhex(step["frame"])).wire_kind)
            notes.update(c for c in step["changes"]["errors"] if c)
    assert kinds == UPDATE_KINDS
    assert {"unknown_id", "unknown_property", "does_not_fit"} <= notes


def test_generator_would_write_exactly_the_checked_in_files() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "conformance" / "generate_state.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_prefix_of_every_sequence_has_a_snapshot_that_ends_in_its_state() -> None:
    """§7.13, §15.4: for each 1.0 sequence and each prefix, a 1.1 snapshot sequence whose last state is the
    prefix's; the snapshots close one tick (only the last frame has tick_end), and split ones carry field_replace."""
    by_source = {
        (e["snapshot_of"]["sequence"], e["snapshot_of"]["steps"]): e
        for e in MANIFEST_1_1["sequences"]
        if "snapshot_of" in e
    }
    assert MANIFEST_1_1["version"] == "1.1"
    assert (None, 0) in by_source
    split = 0
    for entry in MANIFEST["sequences"]:
        steps = load(entry["file"])["steps"]
        for k in range(1, len(steps) + 1):
            made = by_source[(entry["name"], k)]
            snap = load(f"1.1/{made['file']}")["steps"]
            assert strict(snap[-1]["state"]) == strict(steps[k - 1]["state"]), made["name"]
            ticks = [decode(bytes.fromhex(s["frame"])).tick_end for s in snap]
            assert all(t is None for t in ticks[:-1]) and ticks[-1] is not None and ticks[-1].index == k - 1
    for entry in MANIFEST_1_1["sequences"]:
        if "max_frame_bytes" in entry.get("snapshot_of", {}):
            split += 1
            kinds = [decode(bytes.fromhex(s["frame"])).wire_kind for s in load(f"1.1/{entry['file']}")["steps"]]
            assert kinds[0] == "scene_ready" and "field_replace" in kinds, entry["name"]
    assert split > 0
