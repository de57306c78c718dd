"""View adapters: one per view kind, found through :mod:`.registry`."""

from .base import ViewAdapter
from .registry import adapter_for, register, registered_kinds

__all__ = ["ViewAdapter", "adapter_for", "register", "registered_kinds"]
