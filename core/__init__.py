"""The leaf every layer may import: settings and errors. It imports nothing of the project."""
