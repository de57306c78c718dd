"""AppSpec: one source of session per window, said clearly when two are given."""

from __future__ import annotations

import pytest

from scenewire.demos.echo import EchoSession
from scenewire.frontend.app import AppSpec
from scenewire.transports.pipe import PipeTransport


def test_session_and_transport_together_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="session= or transport=, not both"):
        AppSpec(session=EchoSession, transport=PipeTransport(EchoSession))


def test_a_transport_without_the_transport_methods_is_refused() -> None:
    with pytest.raises(TypeError, match="poll_updates"):
        AppSpec(transport=object())  # type: ignore[arg-type]


def test_session_alone_runs_through_a_pipe_and_neither_means_a_still_scene() -> None:
    assert isinstance(AppSpec(session=EchoSession).make_transport(), PipeTransport)
    assert AppSpec().make_transport() is None
