"""eventwire: read news like an analyst and write down what happened.

The public surface is small and pinned by a test: extract an article from a page, and the
records it returns.
"""

from .api import extract
from .errors import EventwireError
from .records import Article

__version__ = "0.1.0"
__all__ = ["Article", "EventwireError", "__version__", "extract"]
