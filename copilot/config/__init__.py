"""Settings, the IT policy, paths, the OS keychain and logs: how the app is configured and where it keeps things."""
