"""One error shape for every failure the HTTP API reports, and the handlers that produce it.

Why one shape (datasette's stable ``{"ok": false, "error": …}``): scripts check ``ok`` and read
``error``; the ``code`` is the CLI's ``[Exxx]`` code when the store or pipeline raised the error,
so a message seen on the command line and over HTTP names the same check. Pages (any path not
under ``/api``) get the same information as HTML.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError, StoreError, StoreLocked, StoreUsageError

log = logging.getLogger("eventwire.serve")


class ErrorBody(BaseModel):
    """The body of every error response (4xx and 5xx)."""

    ok: bool = False
    status: int
    code: str
    error: str
    errors: list[str] = []


class ApiError(Exception):
    """An error the API reports on purpose: an HTTP status, a short code and a message."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
                 errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.errors = errors or []


HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type",
              422: "bad_request", 429: "too_many_requests", 500: "internal", 503: "busy"}


def classify(exc: BaseException) -> ApiError:
    """The status, code and message a raised exception means for a client."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, StoreLocked):
        return ApiError(503, exc.code, exc.message, headers={"Retry-After": "2"})
    if isinstance(exc, StoreUsageError):
        return ApiError(400, exc.code, exc.message)
    if isinstance(exc, StoreError):
        return ApiError(500, exc.code, exc.message)
    if isinstance(exc, EventwireError):
        return ApiError(400, exc.code, exc.message)
    if isinstance(exc, RequestValidationError):
        errors = [_validation_message(e) for e in exc.errors()]
        return ApiError(400, "bad_request", "; ".join(errors) or "invalid request", errors=errors)
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else HTTP_CODES.get(exc.status_code, "error")
        status = exc.status_code if 400 <= exc.status_code < 600 else 500
        return ApiError(status, HTTP_CODES.get(status, "error"), message, headers=dict(exc.headers or {}))
    log.exception("unexpected error", exc_info=exc)
    return ApiError(500, "E900", f"unexpected {type(exc).__name__}; the server log has the details")


def _validation_message(error: dict[str, Any]) -> str:
    """``limit: Input should be less than or equal to 1000`` (where, then what, in words)."""
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")
                     and not isinstance(p, int))
    message = str(error.get("msg", "invalid"))
    if error.get("type") == "string_pattern_mismatch":
        value = repr(error.get("input"))[:60]
        if where == "event":
            message = f"{value} is not a PLOVER event type in capitals (AGREE, CONSULT, ..., ASSAULT)"
        elif "x00" in str(error.get("ctx", {}).get("pattern", "")):
            message = f"{value} holds control characters"
        else:
            message = f"{value} is not in the expected form"
    return f"{where}: {message}" if where else message


def body(error: ApiError) -> dict[str, Any]:
    return ErrorBody(status=error.status, code=error.code, error=error.message, errors=error.errors).model_dump()


def json_error(error: ApiError) -> JSONResponse:
    return JSONResponse(body(error), status_code=error.status, headers=error.headers)


def wants_json(request: Request) -> bool:
    """API paths, and anything that does not ask for HTML, get JSON errors."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith((".json", ".csv", ".jsonl")):
        return True
    return "text/html" not in request.headers.get("accept", "text/html")


async def handle(request: Request, exc: Exception) -> Response:
    """The app's handler for every exception: JSON under /api, an HTML page elsewhere."""
    error = classify(exc)
    if wants_json(request):
        return json_error(error)
    from .views import error_page  # the pages' module renders the HTML version

    return error_page(request, error)
