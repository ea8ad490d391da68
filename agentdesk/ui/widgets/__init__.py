"""The small widgets the main window is built from."""
