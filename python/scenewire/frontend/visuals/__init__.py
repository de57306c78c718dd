"""VisPy visuals for 3-D views: segment cylinders, height-field surfaces, picking, framing.

They know nothing of scenes or sessions: arrays in, pixels out, so they can be
tested in a bare ``SceneCanvas``. The view adapters in ``frontend/views`` feed
them from ``SceneState``.
"""
