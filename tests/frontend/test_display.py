"""The test display is real: a Qt widget and a VisPy canvas draw pixels on it."""

from __future__ import annotations

import numpy as np


def test_a_vispy_canvas_renders_real_pixels_on_the_test_display(qtbot) -> None:
    from PyQt6.QtWidgets import QWidget
    from vispy import scene

    canvas = scene.SceneCanvas(size=(120, 80), bgcolor=(1.0, 0.0, 0.0, 1.0), show=False)
    holder = QWidget()
    qtbot.addWidget(holder)
    canvas.native.setParent(holder)
    holder.show()
    qtbot.waitExposed(holder)
    image = canvas.render()
    assert image.shape[2] == 4
    assert np.all(image[..., 0] == 255) and np.all(image[..., 1] == 0)
    canvas.close()


def test_the_frontend_picks_the_gl_plus_backend(qapp) -> None:
    from vispy.gloo import gl

    assert hasattr(gl, "glDrawArraysInstanced")
