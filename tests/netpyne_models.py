"""A two-population NetPyNE model for tests/test_netpyne.py: excitatory and inhibitory ball-and-stick cells."""

from __future__ import annotations

from typing import Any

from scenewire.adapters.netpyne import NetPyNESession


class TwoPops(NetPyNESession):
    title = "NetPyNE: E and I"

    def net_params(self) -> Any:
        from netpyne import specs

        net = specs.NetParams()
        net.sizeX, net.sizeY, net.sizeZ = 200.0, 400.0, 200.0
        net.popParams["E"] = {"cellType": "PYR", "numCells": 8}
        net.popParams["I"] = {"cellType": "BAS", "numCells": 4}
        for kind, length in (("PYR", 150.0), ("BAS", 60.0)):
            net.cellParams[kind] = {
                "secs": {
                    "soma": {
                        "geom": {"pt3d": [[0, 0, 0, 15], [0, 15, 0, 15]], "nseg": 1, "Ra": 100, "cm": 1},
                        "mechs": {"hh": {"gnabar": 0.12, "gkbar": 0.036, "gl": 0.0003, "el": -54.3}},
                    },
                    "dend": {
                        "geom": {"pt3d": [[0, 15, 0, 2], [10, 15 + length, 0, 1]], "nseg": 5, "Ra": 100, "cm": 1},
                        "topol": {"parentSec": "soma", "parentX": 1.0, "childX": 0},
                        "mechs": {"pas": {"g": 0.0001, "e": -65}},
                    },
                }
            }
        net.synMechParams["exc"] = {"mod": "Exp2Syn", "tau1": 0.1, "tau2": 5.0, "e": 0}
        net.synMechParams["inh"] = {"mod": "Exp2Syn", "tau1": 0.5, "tau2": 10.0, "e": -80}
        net.stimSourceParams["drive"] = {"type": "NetStim", "rate": 40, "noise": 0.0, "start": 1}
        net.stimTargetParams["drive->E"] = {
            "source": "drive", "conds": {"pop": "E"}, "weight": 0.02, "delay": 1, "synMech": "exc", "sec": "dend",
        }  # fmt: skip
        net.connParams["E->I"] = {
            "preConds": {"pop": "E"}, "postConds": {"pop": "I"}, "probability": 0.5, "weight": 0.01,
            "delay": 5, "synMech": "exc", "sec": "dend",
        }  # fmt: skip
        net.connParams["I->E"] = {
            "preConds": {"pop": "I"}, "postConds": {"pop": "E"}, "probability": 0.5, "weight": 0.01,
            "delay": 5, "synMech": "inh", "sec": "soma",
        }  # fmt: skip
        return net

    def sim_config(self) -> Any:
        from netpyne import specs

        cfg = specs.SimConfig()
        cfg.dt = 0.025
        cfg.hParams = {"celsius": 6.3, "v_init": -65.0}
        cfg.seeds = {"conn": 1, "stim": 1, "loc": 1, "cell": 1}
        cfg.saveDataInclude = []
        return cfg
