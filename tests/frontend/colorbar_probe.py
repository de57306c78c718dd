"""Run as a program: a window with a colour bar; prints where its top label's pixels are (device pixels).

``python -m tests.frontend.colorbar_probe OUT.png`` under any display,
scale factor and DPI; the DPI test compares two runs.
"""

from __future__ import annotations

import json
import sys

import numpy as np

from scenewire.scene import Field, MorphologyGeometry, MorphologyView, Scene

N = 3


def scene() -> Scene:
    cell = MorphologyGeometry(
        id="cell",
        positions=np.array([[i * 12.0, 0.0, 0.0] for i in range(N)]),
        orientations=np.tile(np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]), (N, 1, 1)),
        radii=np.full(N, 4.0), lengths=np.full(N, 10.0), xlocs=np.full(N, 0.5),
        entity_ids=["soma", "dend", "axon"], section_names=["soma", "dend", "axon"],
    )
    v = Field(id="v", values=np.array([[-80.0], [-20.0], [40.0]], np.float32), dims=["segment", "time"], unit="mV")
    view = MorphologyView(id="m", geometry_id="cell", color_field_id="v", colormap="viridis",
                          color_limits=(-80.5, 40.25))
    return Scene(fields=[v], geometries=[cell], views=[view])


def top_label_box(image: np.ndarray, dpr: float) -> dict[str, int]:
    """The box of the label beside the bar's top, found from pixels: the bar's yellow top, then light grey text."""
    r, g, b = (image[..., i].astype(int) for i in range(3))
    yellow = (r > 200) & (g > 190) & (b < 90)
    ys, xs = np.nonzero(yellow)
    top, right = int(ys.min()), int(xs.max())
    row = image[top + int(40 * dpr), right + 1 :].astype(int)  # below the label: dark canvas, then the frame
    edge = right + 1 + int(np.argmax(row.min(axis=1) > 150))
    # the label is centred on the bar's top, which is 10 px below the canvas's: stay inside the canvas
    region = image[top - int(9 * dpr) : top + int(12 * dpr), right + 1 : edge].astype(int)
    text = (region.min(axis=2) > 110) & (np.ptp(region, axis=2) < 40)
    ty, tx = np.nonzero(text)
    return {"height": int(ty.max() - ty.min() + 1), "width": int(tx.max() - tx.min() + 1),
            "room_right": int(region.shape[1] - 1 - tx.max())}


def main(out: str) -> None:
    from PyQt6.QtCore import QTimer
    from PyQt6.QtGui import QImage
    from PyQt6.QtWidgets import QApplication

    import scenewire.frontend  # noqa: F401 - VisPy's backends first
    from scenewire.frontend.app import AppSpec
    from scenewire.frontend.window import VispyFrontendWindow

    app = QApplication([])
    win = VispyFrontendWindow(AppSpec(scene=scene()))
    win.resize(600, 400)
    win.show()

    def shoot() -> None:
        win.save_screenshot(out)
        image = QImage(out).convertToFormat(QImage.Format.Format_RGB888)
        w, h, stride = image.width(), image.height(), image.bytesPerLine()
        pixels = np.frombuffer(image.constBits().asstring(stride * h), np.uint8).reshape(h, stride)[:, : w * 3]
        dpr = win.devicePixelRatioF()
        print(json.dumps({"dpr": dpr, **top_label_box(pixels.reshape(h, w, 3), dpr)}), flush=True)
        app.quit()

    QTimer.singleShot(1500, shoot)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
