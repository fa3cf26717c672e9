"""Command-line commands by area, each module with ``register(subparsers)`` adding its own commands and all
of their options; ``cli.py`` calls them in order. ``console`` holds what the commands share."""
