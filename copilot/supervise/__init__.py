"""Supervisors' live view of their team's calls (``copilot supervise``): ``service`` follows the calls through the
central store's LISTEN/NOTIFY, ``calls`` folds each call's events and finds what needs attention; ``qt/`` is the
window. Everything but ``qt/`` is Qt-free."""
