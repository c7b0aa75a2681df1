"""Qt plumbing every window shares: the background task runner, the theme, the crash handler."""
