"""``scenewire export``: a recording's fields as NWB (through pynwb) or as plain NumPy (docs/recording.md, "Export").

:mod:`.history` gathers what the fields held over the whole recording; this
module writes it, one function per kind of history: a trace
(:func:`_nwb_trace`), a raster's events (:func:`_nwb_units`), a small field's
per-tick values (:func:`_nwb_snapshots`) and every field's last value
(:func:`_nwb_last`). pynwb is imported only here, and only for NWB: it is the
``export`` extra.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..wire.jsonform import to_json_form
from .history import EVENTS, History, LastValue, Segment, Snapshots

FORMATS = ("nwb", "npz")

#: a time unit's length in seconds: NWB's timestamps are seconds
SECONDS = {"s": 1.0, "sec": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9, "min": 60.0, "h": 3600.0}

MISSING_EXTRA = (
    "{what} needs the 'export' extra ({pkg} is not installed): "
    'pip install "./python[export]" from the repository (scripts/setup.sh installs it)'
)


class ExportError(Exception):
    """What the export cannot do, in one line."""


def seconds_factor(unit: str | None) -> float | None:
    """How to turn times in ``unit`` into seconds; None for a unit that is not a time (or none given)."""
    return None if unit is None else SECONDS.get(unit.strip())


def _json(value: Any) -> str:
    return json.dumps(to_json_form(value), sort_keys=True, ensure_ascii=False)


def _timestamps(times: np.ndarray, unit: str | None) -> tuple[np.ndarray, str]:
    """Times in seconds, and a note on how they were made."""
    factor = seconds_factor(unit)
    times = np.asarray(times, dtype=np.float64)
    if factor is None:
        return times, f"the recorded time coordinates as they were (unit {unit or 'not given'}; not converted)"
    return times * factor, f"the recorded time coordinates in {unit}, converted to seconds"


# ---- NWB ------------------------------------------------------------------


def write_nwb(history: History, path: str | Path) -> None:
    """Write ``history`` as one NWB file; see docs/recording.md for the layout."""
    try:
        from pynwb import NWBHDF5IO, NWBFile
    except ImportError:
        raise ExportError(MISSING_EXTRA.format(what="export to NWB", pkg="pynwb")) from None
    started = _started(history.info.get("started"))
    description = history.scene_metadata.get("title") or history.title or "a scenewire recording"
    notes = {
        "scene_metadata": history.scene_metadata,
        "layout_title": history.title,
        "recording": history.info,
        "tick_time_unit": history.tick_time_unit,
        "damage": history.damage,
    }
    nwbfile = NWBFile(
        session_description=str(description),
        identifier=str(uuid.uuid4()),
        session_start_time=started,
        notes=_json(notes),
        source_script="scenewire export",
        source_script_file_name="scenewire",
    )
    for seg in history.segments:
        if seg.kind == EVENTS:
            _nwb_units(nwbfile, seg)
        else:
            _nwb_trace(nwbfile, seg)
    for snap in history.snapshots:
        _nwb_snapshots(nwbfile, snap, history.tick_time_unit)
    for last in history.last.values():
        _nwb_last(nwbfile, last)
    with NWBHDF5IO(str(path), "w") as io:
        io.write(nwbfile)


def _started(text: str | None) -> datetime:
    if text:
        try:
            when = datetime.fromisoformat(text)
            return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    return datetime.now(timezone.utc)


def _nwb_trace(nwbfile: Any, seg: Segment) -> None:
    """A trace: a TimeSeries in acquisition, time first, the field's other dims after it."""
    from pynwb import TimeSeries

    values, times = seg.data()
    stamps, how = _timestamps(times, seg.time_unit)
    order = [seg.time_dim] + [d for d in seg.dims if d != seg.time_dim]
    comments = {"field_id": seg.field_id, "dims": order, "time_dim": seg.time_dim, "attrs": seg.attrs}
    nwbfile.add_acquisition(
        TimeSeries(
            name=seg.name,
            data=values,
            unit=seg.unit or "unknown",
            timestamps=stamps,
            description=f"scenewire field {seg.field_id!r}, every appended value; timestamps: {how}",
            comments=_json(comments),
        )
    )


def _nwb_units(nwbfile: Any, seg: Segment) -> None:
    """A raster's event field: one unit per unit index, its spike times in seconds (NWB's Units table)."""
    values, times = seg.data()
    stamps, how = _timestamps(times, seg.time_unit)
    indices = np.asarray(values).reshape(-1).astype(np.int64)
    count = getattr(seg.view, "unit_count", None)
    count = int(count) if count else (int(indices.max()) + 1 if indices.size else 0)
    if nwbfile.units is None:
        from pynwb.misc import Units

        nwbfile.units = Units(
            name="units",
            description="spike times of scenewire raster fields, in seconds when the raster gives a time_unit "
            "(converted from it), else as recorded; see the time_note column",
        )
        nwbfile.add_unit_column(name="scenewire_field", description="the scenewire event field the unit came from")
        nwbfile.add_unit_column(name="unit_index", description="the unit's index in that field (its raster row)")
        nwbfile.add_unit_column(name="time_note", description="how the spike times were made from the recording")
    for unit in range(count):
        nwbfile.add_unit(
            spike_times=np.sort(stamps[indices == unit]), scenewire_field=seg.name, unit_index=unit, time_note=how
        )


def _nwb_snapshots(nwbfile: Any, snap: Snapshots, tick_unit: str | None) -> None:
    """A small field's value at the end of each tick it changed in: a TimeSeries in a processing module."""
    from pynwb import TimeSeries

    stamps, how = _timestamps(np.asarray(snap.times), tick_unit)
    module = _module(nwbfile, "scenewire_ticks", "fields as they were at the end of each tick they changed in")
    module.add(
        TimeSeries(
            name=snap.name,
            data=np.stack(snap.values),
            unit=snap.unit or "unknown",
            timestamps=stamps,
            description=f"scenewire field {snap.field_id!r} at each tick's end (§7.12); timestamps: {how}",
            comments=_json({"field_id": snap.field_id, "dims": ["tick", *snap.dims], "attrs": snap.attrs}),
        )
    )


def _nwb_last(nwbfile: Any, last: LastValue) -> None:
    """A field's last value: scratch data (NWB's place for data that is not a time series)."""
    from pynwb.core import ScratchData

    note = {"field_id": last.field_id, "dims": last.dims, "unit": last.unit}
    nwbfile.add_scratch(
        ScratchData(name=last.field_id, data=last.values, description=f"scenewire field's last value: {_json(note)}")
    )


def _module(nwbfile: Any, name: str, description: str) -> Any:
    if name in nwbfile.processing:
        return nwbfile.processing[name]
    return nwbfile.create_processing_module(name=name, description=description)


# ---- npz ------------------------------------------------------------------


def write_npz(history: History, path: str | Path) -> None:
    """Plain NumPy: per history an array and its times; ``scenewire.json`` says what each array is.

    Keys: ``<name>`` (a trace's values, time axis first) and ``<name>.<time dim>`` (its
    times, in the recorded unit); ``ticks/<name>`` and ``ticks/<name>.time`` for a
    per-tick series; ``last/<field id>`` for each field's last value.
    """
    arrays: dict[str, np.ndarray] = {}
    described: dict[str, Any] = {}
    for seg in history.segments:
        values, times = seg.data()
        arrays[seg.name] = values
        arrays[f"{seg.name}.{seg.time_dim}"] = np.asarray(times)
        order = [seg.time_dim] + [d for d in seg.dims if d != seg.time_dim]
        described[seg.name] = {
            "kind": "events" if seg.kind == EVENTS else "trace",
            "field_id": seg.field_id,
            "dims": order,
            "unit": seg.unit,
            "time_unit": seg.time_unit,
            "times": f"{seg.name}.{seg.time_dim}",
        }
    for snap in history.snapshots:
        key = f"ticks/{snap.name}"
        arrays[key] = np.stack(snap.values)
        arrays[f"{key}.time"] = np.asarray(snap.times, dtype=np.float64)
        described[key] = {
            "kind": "ticks",
            "field_id": snap.field_id,
            "dims": ["tick", *snap.dims],
            "unit": snap.unit,
            "time_unit": history.tick_time_unit,
            "times": f"{key}.time",
        }
    for last in history.last.values():
        key = f"last/{last.field_id}"
        arrays[key] = last.values
        described[key] = {"kind": "last", "field_id": last.field_id, "dims": last.dims, "unit": last.unit}
    meta = {
        "arrays": described,
        "scene_metadata": history.scene_metadata,
        "layout_title": history.title,
        "recording": history.info,
        "damage": history.damage,
    }
    arrays["scenewire.json"] = np.array(_json(meta))
    with open(path, "wb") as out:
        np.savez_compressed(out, **arrays)  # a file object: numpy adds no ".npz" to the name given
