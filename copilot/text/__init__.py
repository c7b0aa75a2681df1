"""Words and languages: normalising, tokenising and telling apart the languages a conversation is in; reading the
JSON and TOML documents people hand the copilot without letting a damaged one overflow the parser."""
