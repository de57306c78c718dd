"""Codec speed against pickle protocol 5 and msgpack-numpy, in one run.

    .venv/bin/python bench/bench_codec.py [--repeat 15]

Measures encode + decode of a field_replace carrying a 4 MiB float32 array,
and of small commands, and prints a markdown table of times and of ratios to
pickle measured in the same run (the machines are noisy; ratios travel).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import time
from collections.abc import Callable
from typing import Any

import msgpack
import msgpack_numpy
import numpy as np

from scenewire import decode, encode
from scenewire.protocol import FieldReplace, SetControl
from scenewire.wire import EXT_NDARRAY


def per_call(fn: Callable[[], Any], repeat: int, budget_s: float = 0.2) -> float:
    """Median seconds per call over ``repeat`` batches sized to about ``budget_s``."""
    fn()
    start, n = time.perf_counter(), 0
    while time.perf_counter() - start < budget_s / 4:
        fn()
        n += 1
    batch = max(1, n * 4 // repeat)
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - t0) / batch)
    return statistics.median(samples)


def naive_round_trip(plain: dict[str, Any]) -> Any:
    """The obvious extension codec: ``tobytes()`` into an ExtType, ``frombuffer(...).copy()`` out."""

    def enc(value: Any) -> Any:
        head = f"{value.dtype.str}|{','.join(map(str, value.shape))}|".encode()
        return msgpack.ExtType(EXT_NDARRAY, head + value.tobytes())

    def dec(code: int, data: bytes) -> Any:
        dtype, shape, raw = data.split(b"|", 2)
        dims = tuple(int(d) for d in shape.split(b",") if d)
        return np.frombuffer(raw, dtype.decode()).reshape(dims).copy()

    return msgpack.unpackb(msgpack.packb(plain, default=enc), ext_hook=dec)


def cases() -> dict[str, tuple[Any, dict[str, Any]]]:
    big = np.random.default_rng(1).standard_normal((1024, 1024)).astype(np.float32)
    return {
        "field_replace 4 MiB float32": (
            FieldReplace(field_id="v", values=big),
            {"kind": "field_replace", "field_id": "v", "values": big},
        ),
        "set_control (small command)": (
            SetControl(control_id="amp", value=0.5),
            {"kind": "set_control", "control_id": "amp", "value": 0.5},
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    rows = []
    for name, (message, plain) in cases().items():
        times = {
            "scenewire": per_call(lambda m=message: decode(encode(m)), args.repeat),
            "pickle 5": per_call(lambda m=message: pickle.loads(pickle.dumps(m, protocol=5)), args.repeat),
            "msgpack-numpy": per_call(
                lambda p=plain: msgpack.unpackb(msgpack.packb(p, default=msgpack_numpy.encode),
                                                object_hook=msgpack_numpy.decode),
                args.repeat,
            ),
        }
        times["naive ext (tobytes)"] = per_call(lambda p=plain: naive_round_trip(p), args.repeat)
        base = times["pickle 5"]
        for codec, t in times.items():
            rows.append((name, codec, t, t / base, 1.0 / t))
    print("| message | codec | encode+decode | x pickle time | round trips/s |")
    print("|---|---|---:|---:|---:|")
    for name, codec, t, ratio, rate in rows:
        shown = f"{t * 1e6:.2f} us" if t < 1e-3 else f"{t * 1e3:.3f} ms"
        print(f"| {name} | {codec} | {shown} | {ratio:.2f} | {rate:,.0f} |")


if __name__ == "__main__":
    main()
