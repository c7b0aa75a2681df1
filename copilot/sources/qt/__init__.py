"""The Qt half of the live sources: the inbox that hands messages to the panel, and clipboard capture."""
