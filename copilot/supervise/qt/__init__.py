"""The supervisor's window (Qt): the team's live calls, one call followed as it happens, notes to the agent."""
