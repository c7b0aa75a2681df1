"""The trainer's windows: the session library, the replay room, statistics and reports (Qt)."""
