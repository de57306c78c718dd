"""The view registry: kinds map to adapters; a kind with no adapter is None, not an error."""

from __future__ import annotations

import pytest

from scenewire.frontend.views import ViewAdapter, adapter_for, register, registered_kinds
from scenewire.frontend.views.registry import unregister


class _Dummy(ViewAdapter):
    kind = "test_dummy_kind"

    def build(self, parent: object) -> None:
        self.parent = parent

    def apply(self, changes: object) -> None:
        pass


def test_a_registered_adapter_is_found_by_its_kind() -> None:
    register(_Dummy)
    try:
        assert adapter_for("test_dummy_kind") is _Dummy
        assert "test_dummy_kind" in registered_kinds()
    finally:
        unregister("test_dummy_kind")
    assert adapter_for("test_dummy_kind") is None


def test_a_kind_without_an_adapter_module_is_none() -> None:
    assert adapter_for("no_such_view_kind") is None
    assert adapter_for("not an identifier") is None


def test_an_adapter_must_name_its_kind() -> None:
    class Nameless(ViewAdapter):
        def build(self, parent: object) -> None: ...
        def apply(self, changes: object) -> None: ...

    with pytest.raises(TypeError, match="kind"):
        register(Nameless)
