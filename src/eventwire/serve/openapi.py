"""The OpenAPI schema: FastAPI's, with the project's own record contracts and one error shape.

Why patch it: FastAPI documents a 422 body for every route, but this API answers bad parameters
with 400 and :class:`~eventwire.serve.errors.ErrorBody`; and the event and article records are
already specified by ``schema/event.schema.json`` and ``article.schema.json``, so the OpenAPI
document references those contracts instead of a second, hand-copied description. A client (or
schemathesis) that validates responses against ``/openapi.json`` validates them against the
same contract the CLI's output is tested with.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
EVENT_REF = {"$ref": "#/components/schemas/Event"}
ARTICLE_REF = {"$ref": "#/components/schemas/Article"}


@lru_cache(maxsize=2)
def record_schema(name: str) -> dict[str, Any]:
    """``event`` or ``article`` record schema, its ``$defs`` renamed into OpenAPI components."""
    text = resources.files("eventwire").joinpath(f"schema/{name}.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return schema


def _components(name: str) -> dict[str, Any]:
    """The record and its definitions as components, with ``#/$defs/x`` refs pointed at them."""
    schema = copy.deepcopy(record_schema(name))
    defs = schema.pop("$defs", {})
    prefix = name.capitalize()
    text = json.dumps(schema)
    for key in defs:
        text = text.replace(f'"#/$defs/{key}"', f'"#/components/schemas/{prefix}{key.capitalize()}"')
    out = {prefix: json.loads(text)}
    for key, value in defs.items():
        sub = json.dumps(value)
        for other in defs:
            sub = sub.replace(f'"#/$defs/{other}"', f'"#/components/schemas/{prefix}{other.capitalize()}"')
        out[f"{prefix}{key.capitalize()}"] = json.loads(sub)
    return out


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: each status documented with the shared error body."""
    words = {400: "Bad request: a parameter or the body is invalid", 401: "A token is required",
             403: "The server is read-only", 404: "No such record", 413: "Request body too large",
             415: "Unsupported content type", 503: "The database is busy (an ingest holds it); retry"}
    return {s: {"description": words.get(s, "Error"), "content": {"application/json": {"schema": ERROR_REF}}}
            for s in statuses}


def _limits(schema: dict[str, Any], max_page: int, max_export: int) -> None:
    """Write the server's page caps (``--max-page``, ``--max-export``) into the ``limit`` parameters."""
    for path, item in schema.get("paths", {}).items():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "limit":
                    cap = max_export if path.endswith((".csv", ".jsonl")) else max_page
                    target = parameter["schema"]
                    for option in target.get("anyOf", [target]):
                        if option.get("type") == "integer":
                            option["maximum"] = cap


def _fix(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    from .errors import ErrorBody

    components["ErrorBody"] = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(_components("event"))
    components.update(_components("article"))
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            responses.pop("422", None)
            responses.setdefault("400", error_responses(400)[400])
    return schema


def install_openapi(app: FastAPI) -> None:
    """Replace ``app.openapi`` with the patched, cached schema."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _fix(get_openapi(title=app.title, version=app.version,
                                                  description=app.description, routes=app.routes))
            settings = app.state.settings
            _limits(app.openapi_schema, settings.max_page, settings.max_export)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
