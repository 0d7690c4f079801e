"""Explanations in place: the help topics, the "?" button that opens them, and their diagrams."""
