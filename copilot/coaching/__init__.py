"""Coaching: replay, what-if, scorecards, statistics and reports for trainers; its windows live in ``qt``."""
