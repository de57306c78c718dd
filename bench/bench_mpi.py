"""What streaming costs a network on MPI ranks (issue 21): gather + encode + send against the simulation, per tick.

``.venv/bin/python bench/bench_mpi.py [--cells 1000] [--segments 50] [--ticks 60] [--ranks 1 2 4]``

Runs itself under ``mpiexec -n R --oversubscribe`` for each R (one run, one
table). Each rank builds its share (round-robin) of ``cells`` NEURON cells
of ``segments`` segments (an HH soma and a passive dendrite of
``segments - 1`` segments, 3-D points), cell i exciting cell i + 1 through
``pc.gid_connect``; each tick every rank advances 1 ms of model time
(``pc.psolve``, 40 steps of 0.025 ms) and then, as the MPI session does:

- **gather**: every segment's voltage onto rank 0 (``PtrVector.gather`` on
  each rank, then ``FieldGather.gather``: one ``Gatherv``, one scatter);
- **encode**: rank 0 encodes the ``field_replace`` with its ``tick_end`` (MsgpackCodec);
- **send**: rank 0 sends the frame over a real loopback WebSocket to a
  client in another process that reads every frame (``websockets.sync``).

Reported from rank 0, medians over the ticks after a warm-up of 10: the
simulation's own time (``psolve``), each cost and their sum as a fraction of
it, ticks per second of the whole loop, and the bytes per tick. Ranks share
the machine's cores: with more ranks than cores (``nproc``) the figures are
oversubscribed, and the table says so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def build(h, pc, rank: int, size: int, cells: int, segments: int) -> tuple[list, list]:
    gids = list(range(rank, cells, size))
    keep: list = []
    segs: list = []
    for gid in gids:
        angle = 2 * np.pi * gid / cells
        x0, y0 = 1000 * np.cos(angle), 1000 * np.sin(angle)
        soma = h.Section(name=f"cell[{gid}].soma")
        soma.pt3dadd(x0 - 8, y0, 0, 16)
        soma.pt3dadd(x0 + 8, y0, 0, 16)
        soma.insert("hh")
        dend = h.Section(name=f"cell[{gid}].dend")
        dend.pt3dadd(x0, y0, 0, 2)
        dend.pt3dadd(x0, y0, 400, 1)
        dend.nseg = segments - 1
        dend.insert("pas")
        dend.connect(soma(1))
        pc.set_gid2node(gid, rank)
        nc = h.NetCon(soma(0.5)._ref_v, None, sec=soma)
        pc.cell(gid, nc)
        keep += [soma, dend, nc]
        segs += [soma(0.5), *dend]
    for i, gid in enumerate(gids):
        syn = h.ExpSyn(keep[3 * i + 1](0.1))
        nc = pc.gid_connect((gid - 1) % cells, syn)
        nc.weight[0], nc.delay = 0.02, 5.0
        keep += [syn, nc]
    if 0 in gids:
        stim = h.IClamp(keep[0](0.5))
        stim.delay, stim.dur, stim.amp = 1.0, 2.0, 1.0
        keep.append(stim)
    return keep, segs


def reader() -> None:
    """The client's process: a WebSocket server on loopback that reads every frame rank 0 sends."""
    from websockets.sync.server import serve

    def drain(connection) -> None:
        for _ in connection:
            pass

    with serve(drain, "127.0.0.1", 0, max_size=None) as server:
        print(server.socket.getsockname()[1], flush=True)
        server.serve_forever()


def rank_main(args: argparse.Namespace) -> None:
    from scenewire.mpi.gather import FieldGather
    from scenewire.mpi.world import enable

    comm = enable()
    rank, size = comm.Get_rank(), comm.Get_size()
    from neuron import h

    h.nrnmpi_init()
    pc = h.ParallelContext()
    keep, segs = build(h, pc, rank, size, args.cells, args.segments)
    pointers = h.PtrVector(len(segs))
    for i, seg in enumerate(segs):
        pointers.pset(i, seg._ref_v)
    local = h.Vector(len(segs))
    gids = np.arange(rank, args.cells, size)
    positions = (gids[:, None] * args.segments + np.arange(args.segments)).ravel()
    field = FieldGather(positions, np.float32, comm)
    pc.set_maxstep(10)
    h.finitialize(-65)
    if rank == 0:
        from websockets.sync.client import connect

        from scenewire.protocol import REGISTRY, FieldReplace, Tick
        from scenewire.wire.codec import MsgpackCodec

        codec = MsgpackCodec(REGISTRY)
        child = subprocess.Popen([sys.executable, __file__, "--reader"], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        ws = connect(f"ws://127.0.0.1:{int(child.stdout.readline())}", max_size=None, compression=None)
    rows = []
    for tick in range(args.ticks + WARMUP):
        t0 = time.perf_counter()
        pc.psolve(h.t + 1.0)
        t1 = time.perf_counter()
        pointers.gather(local)
        v = field.gather(local.as_numpy())
        t2 = time.perf_counter()
        if rank == 0:
            frame = codec.encode(FieldReplace(field_id="v", values=v, tick_end=Tick(index=tick, time=float(h.t))))
            t3 = time.perf_counter()
            ws.send(frame)
            t4 = time.perf_counter()
            if tick >= WARMUP:
                rows.append((t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0, len(frame)))
    if rank == 0:
        ws.close()
        child.terminate()
        sim, gather, encode, sent, whole, frame_bytes = (statistics.median(c) for c in zip(*rows, strict=True))
        result = {
            "ranks": size,
            "sim_ms": sim * 1e3,
            "gather_ms": gather * 1e3,
            "encode_ms": encode * 1e3,
            "send_ms": sent * 1e3,
            "ticks_per_s": 1.0 / whole,
            "bytes": int(frame_bytes),
        }
        print("RESULT " + json.dumps(result), flush=True)
    del keep


WARMUP = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--segments", type=int, default=50)
    parser.add_argument("--ticks", type=int, default=60)
    parser.add_argument("--ranks", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--rank-main", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--reader", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reader:
        return reader()
    if args.rank_main:
        return rank_main(args)
    if shutil.which("mpiexec") is None:
        raise SystemExit("bench_mpi: no mpiexec (Debian: apt-get install openmpi-bin libopenmpi-dev)")
    env = {**os.environ, "OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1"}
    cores = os.cpu_count() or 1
    print(f"{args.cells} cells x {args.segments} segments, {args.ticks} ticks of 1 ms; {cores} cores here")
    print(
        "| ranks | sim (psolve) ms | gather ms | encode ms | send ms | (gather+encode+send) / sim | ticks/s | bytes |"
    )
    print("|---|---|---|---|---|---|---|---|")
    base = None
    for ranks in args.ranks:
        command = [
            "mpiexec",
            "--oversubscribe",
            "-n",
            str(ranks),
            sys.executable,
            __file__,
            "--rank-main",
            "--cells",
            str(args.cells),
            "--segments",
            str(args.segments),
            "--ticks",
            str(args.ticks),
        ]
        out = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
        lines = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
        if out.returncode != 0 or not lines:
            raise SystemExit(f"bench_mpi: {' '.join(command)} failed:\n{out.stdout}\n{out.stderr}")
        r = json.loads(lines[0].removeprefix("RESULT "))
        base = base or r["ticks_per_s"]
        cost = r["gather_ms"] + r["encode_ms"] + r["send_ms"]
        over = " (oversubscribed)" if ranks > cores else ""
        print(
            f"| {ranks}{over} | {r['sim_ms']:.2f} | {r['gather_ms']:.2f} | {r['encode_ms']:.2f} | {r['send_ms']:.2f} "
            f"| {cost / r['sim_ms']:.1%} | {r['ticks_per_s']:.1f} ({r['ticks_per_s'] / base:.2f}) | {r['bytes']:,} |"
        )


if __name__ == "__main__":
    main()
