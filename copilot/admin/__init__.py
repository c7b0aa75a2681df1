"""IT administration: the self-test; its dialogs (settings, AI endpoint, knowledge import) live in ``qt``."""
