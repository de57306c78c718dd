"""Adapters that stream models built by other tools (NetPyNE) as scenewire sessions."""
