"""``eventwire serve``: an HTTP API and an offline dashboard over an event store.

    from eventwire.serve import Settings, create_app
    app = create_app(Settings(db="events.duckdb"))      # any ASGI server can run it

Modules: :mod:`.app` (the app, limits, security headers), :mod:`.api` (JSON routes),
:mod:`.views` and ``templates/`` (pages), :mod:`.aggregates` (timeline, map, dyads),
:mod:`.evidence` (highlighting), :mod:`.ingest` (pages submitted over HTTP), :mod:`.database`
(the connection and the busy state), :mod:`.openapi` (the schema), :mod:`.vendor` (refreshing
``static/vendor`` from npm; not used at run time). Needs the ``web`` extra:
``pip install 'eventwire[web]'``.
"""

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
