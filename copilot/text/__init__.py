"""Words and languages: normalising, tokenising and telling apart the languages a conversation is in."""
