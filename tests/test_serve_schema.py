"""schemathesis against the served OpenAPI schema: generated requests, every route, every check.

Why: the schema is the API's promise. schemathesis sends valid and invalid requests built from
it and checks that nothing answers 5xx, that every status and body is the one documented (the
shared error shape included), and that valid requests are accepted. The app runs in-process
(ASGI) on a real DuckDB file, with a token so the submit route is exercised too.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import warnings
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import jsonschema
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import schemathesis
    from schemathesis.checks import negative_data_rejection

from eventwire.serve import Settings, create_app
from test_serve import build_db

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TOKEN = "schema-token"
MAX_EXAMPLES = int(os.environ.get("EVENTWIRE_SCHEMA_EXAMPLES", "15"))  # per route and mode


def _app():
    """The app over a fresh database (built at import: schemathesis parametrizes at collection)."""
    folder = Path(tempfile.mkdtemp(prefix="eventwire-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = build_db(folder / "events.duckdb")
    return create_app(Settings(db=str(path), token=TOKEN, max_body=50_000, max_page=200, max_export=500,
                               allowed_hosts=None))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())
schema.config.generation.update(max_examples=MAX_EXAMPLES)
if not os.environ.get("EVENTWIRE_SCHEMA_COVERAGE"):
    # The coverage phase (every boundary value the schema defines) takes half a minute to plan at
    # collection; set EVENTWIRE_SCHEMA_COVERAGE=1 to include it (docs/http-api.md has the full run).
    schema.config.phases.update(phases=["examples", "fuzzing"])


@schema.auth()
class Token:
    """The server's bearer token, given the way the schema's security scheme says."""

    def get(self, case, context) -> str:
        return TOKEN

    def set(self, case, data, context) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _as_sent(schema_: dict, values: list[str]) -> object:
    """The value a query parameter has on the wire: a list of strings, one string, or a number."""
    if schema_.get("type") == "array":
        return values
    value = values[-1]
    kinds = {schema_.get("type")} | {option.get("type") for option in schema_.get("anyOf", [])}
    if "integer" in kinds and re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    return value


def _query_as_sent_is_valid(case) -> bool:
    """Whether the query string the server receives (every value text) is one the schema allows.

    Why: a query string has no types. A "negative" case whose mutation only changed a value's type
    (an array sent as one value, null sent as an empty string, a number sent as digits) reaches the
    server as a request the schema allows, and the server is right to answer it.
    """
    url = re.search(r"'(https?://[^']*)'", case.as_curl_command())
    sent: dict[str, list[str]] = {}
    for name, value in parse_qsl(urlsplit(url.group(1)).query if url else "", keep_blank_values=True):
        sent.setdefault(name, []).append(value)
    declared = {parameter.name: parameter.definition.get("schema", {}) for parameter in case.operation.query}
    for name, values in sent.items():
        if name not in declared:
            continue
        if len(values) > 1 and declared[name].get("type") != "array":
            return False
        validator = jsonschema.Draft202012Validator(declared[name], format_checker=jsonschema.FormatChecker())
        if not validator.is_valid(_as_sent(declared[name], values)):
            return False
    return True


@schema.parametrize()
def test_api_conforms_to_its_schema(case) -> None:
    excluded = []
    if (case.media_type or "").startswith("text/"):
        # A text body is text whatever its "type": schemathesis's wrong-typed text/plain bodies (a number,
        # an object) reach the server as ordinary characters, which are a page like any other.
        excluded.append(negative_data_rejection)
    elif case.meta is not None and not any(case.meta.is_negative_at(location) for location in case.meta.components
                                           if location != "query") and _query_as_sent_is_valid(case):
        excluded.append(negative_data_rejection)  # only the query was "negative", and on the wire it is not
    case.call_and_validate(excluded_checks=excluded)
