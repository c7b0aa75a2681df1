"""Personal data kept out of what leaves the machine: redaction with a placeholder vault per conversation."""
