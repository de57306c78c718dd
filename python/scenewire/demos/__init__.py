"""Demo sessions: ``scenewire serve scenewire.demos.cable:CableSession``."""
