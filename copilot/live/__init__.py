"""Live conversations, Qt-free: the session board, the desk that owns every open conversation, the protocol."""
