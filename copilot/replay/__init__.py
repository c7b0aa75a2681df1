"""Trainer replay and coaching: recorded sessions read back, measured and shared. No Qt here."""
