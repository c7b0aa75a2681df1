"""The agent's side panel (Qt): the window, the cards, the controller that renders what the desk decides."""
