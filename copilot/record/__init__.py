"""The session record: the SQLite schema, the background recorder, and every query over recorded sessions."""
