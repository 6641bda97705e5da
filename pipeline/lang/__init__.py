"""Dutch language data, kept apart from the code that applies it."""
