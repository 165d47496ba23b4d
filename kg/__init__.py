"""The `kg` command, its settings and the project's error types."""
