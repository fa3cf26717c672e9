"""Command-line commands by area, each module with ``register(subparsers)``; ``cli.py`` calls them."""
