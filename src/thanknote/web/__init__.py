"""`thanknote serve`: a small web application on this computer, for people who never
open a terminal.

It needs the `web` extra (`pip install "thanknote[web]"`, which brings Flask);
the rest of thanknote never imports this package. The server listens on
127.0.0.1 only and works on the files of one folder (see `thanknote.web.guard`
and `thanknote.web.folder` for what keeps it safe).
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:
    from werkzeug.serving import BaseWSGIServer

__all__ = ["HOST", "ServeError", "make_server", "serve"]

HOST: Final = "127.0.0.1"
"""The only address the server listens on."""


class ServeError(ThanknoteError):
    """The server cannot start: the port is taken, or the web extra is missing."""


def make_server(root: Path, *, start: str | None = None, port: int = 0) -> BaseWSGIServer:
    """A server for a folder on 127.0.0.1 (`port` 0: any free port), not yet serving.

    Raises:
        ServeError: the port cannot be used.
        PathRefusedError: `start` is not an interview file inside `root`.
    """
    from werkzeug.serving import WSGIRequestHandler
    from werkzeug.serving import make_server as werkzeug_server

    from thanknote.web.app import create_app

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            """Requests are not logged: the terminal shows only the address and errors."""

    app = create_app(root, start=start)
    # The socket is bound here, so that a port in use is an error of ours (Werkzeug
    # would print its own advice and exit).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, port))
        listener.listen(64)
    except OSError as exc:
        listener.close()
        raise ServeError(
            f"cannot listen on {HOST} port {port}: {exc.strerror}; choose another with --port N"
        ) from None
    listener.set_inheritable(True)
    server = werkzeug_server(
        HOST,
        listener.getsockname()[1],
        app,
        threaded=True,
        request_handler=QuietHandler,
        fd=listener.detach(),
    )
    return server


def serve(
    root: Path, *, start: str | None = None, port: int = 0, announce: Callable[[str], None]
) -> None:
    """Serve a folder until interrupted; `announce` is given the address to open."""
    server = make_server(root, start=start, port=port)
    announce(f"http://{HOST}:{server.server_address[1]}/")
    try:
        server.serve_forever()
    finally:
        server.server_close()
