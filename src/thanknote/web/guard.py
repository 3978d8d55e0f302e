"""What keeps other web pages and other computers out of `thanknote serve`.

- The server listens on 127.0.0.1 only (see `thanknote.web.serve`).
- `HostGuard` refuses any request whose Host header is not localhost or
  127.0.0.1: a page on another site that points its own name at 127.0.0.1
  (DNS rebinding) gets nothing.
- Every request that changes something, or sends a note's text, is a POST
  that carries the browser session's token (`token()`), and comes from this
  server's own pages (its Origin, when the browser sends one).
- Every response forbids framing by other sites, inline scripts and loads
  from anywhere but this server (a Content-Security-Policy).
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Iterable, MutableMapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment
    from flask import Response

__all__ = [
    "ALLOWED_HOSTS",
    "TOKEN_FIELD",
    "TOKEN_HEADER",
    "HostGuard",
    "allowed_host",
    "check_post",
    "secure_headers",
    "token",
]

ALLOWED_HOSTS: Final = frozenset({"localhost", "127.0.0.1"})
TOKEN_FIELD: Final = "token"
TOKEN_HEADER: Final = "X-Thanknote-Token"
_HOST = re.compile(r"^(?P<name>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>\d{1,5}))?$")
CSP: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)


def allowed_host(host: str | None) -> bool:
    """Whether a Host header names this computer: localhost or 127.0.0.1, any port."""
    match = _HOST.match(host or "")
    return match is not None and match["name"].lower() in ALLOWED_HOSTS


class HostGuard:
    """WSGI middleware: a request for any other Host gets 403 before the app sees it."""

    def __init__(self, app: WSGIApplication) -> None:
        self.app = app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        host = environ.get("HTTP_HOST")
        if allowed_host(host):
            return self.app(environ, start_response)
        body = (
            f"thanknote refused this request: the Host {host!r} is not this computer; "
            "open http://127.0.0.1:PORT/ as `thanknote serve` printed it\n"
        ).encode()
        start_response(
            "403 Forbidden",
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
        )
        return [body]


def token(session: MutableMapping[str, Any]) -> str:
    """The browser session's token, made on its first page."""
    value = session.get(TOKEN_FIELD)
    if not isinstance(value, str):
        value = secrets.token_urlsafe(32)
        session[TOKEN_FIELD] = value
    return value


def check_post(
    session: MutableMapping[str, Any],
    sent: str | None,
    origin: str | None,
    host: str,
    fetch_site: str | None,
) -> str | None:
    """Why a POST must be refused, or None when it came from this server's own page.

    Args:
        session: the browser session.
        sent: the token the request carries (form field or header).
        origin: its Origin header, if the browser sent one.
        host: its Host header (already checked by `HostGuard`).
        fetch_site: its Sec-Fetch-Site header, if the browser sent one.
    """
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return "the request came from another site"
    if origin is not None and origin != f"http://{host}":
        return f"the request came from {origin!r}, not from this server's pages"
    expected = session.get(TOKEN_FIELD)
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(sent, expected):
        return "the page is out of date (or came from elsewhere); reload it and try again"
    return None


def secure_headers(response: Response) -> Response:
    """Headers every response carries: no framing by others, no sniffing, no caching."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    headers.setdefault("Referrer-Policy", "same-origin")  # "no-referrer" makes Origin "null"
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    if not response.headers.get("Cache-Control"):
        headers["Cache-Control"] = "no-store"
    return response
