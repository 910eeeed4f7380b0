"""``python -m eventwire`` runs the command-line interface."""

from .cli import main

main()
