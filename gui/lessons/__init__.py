"""The Lessons tab: guided lessons that follow the tutorials, step by step, checked by the app."""
