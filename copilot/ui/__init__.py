"""The Qt side panel: widgets that show the session and emit what the agent wants to do."""
