"""The IT and settings dialogs, and the self-test's Qt probe (Qt)."""
