"""The address of the person at the other end, for rate limits and logs.

Behind a reverse proxy every request comes from the proxy's address; the proxy appends the
address it saw to `X-Forwarded-For`. That header is believed only as far as the configured
number of trusted hops (`ADAL_TRUSTED_PROXY_HOPS`) and only when the connection itself comes
from a trusted proxy address (`ADAL_TRUSTED_PROXY_ADDRESSES`): what a client writes into the
header itself sits further left and is never read, and a client that reaches the application
directly is known by its connecting address whatever header it sends."""

from __future__ import annotations

import contextvars
import functools
import ipaddress
import logging

from django.conf import settings

UNKNOWN = "unknown"
_current = contextvars.ContextVar("adal_client_address", default="-")


@functools.cache
def _trusted_networks(addresses: tuple[str, ...]):
    return tuple(ipaddress.ip_network(address, strict=False) for address in addresses)


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _from_trusted_proxy(remote) -> bool:
    networks = _trusted_networks(tuple(settings.ADAL_TRUSTED_PROXY_ADDRESSES))
    return remote is not None and any(remote in network for network in networks)


def client_address(request) -> str:
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    hops = settings.ADAL_TRUSTED_PROXY_HOPS
    if hops > 0 and _from_trusted_proxy(remote):
        forwarded = [
            part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
        ]
        # Each trusted proxy appended one address; the client is the one the farthest of them saw.
        if len(forwarded) >= hops:
            client = _parse(forwarded[-hops])
            if client is not None:
                return str(client)
    return str(remote) if remote is not None else UNKNOWN


class ClientAddressMiddleware:
    """Works the client's address out once per request, for the views and the log lines."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.client_address = client_address(request)
        token = _current.set(request.client_address)
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)


class ClientAddressLogFilter(logging.Filter):
    """Adds `client` (the request's client address, `-` outside a request) to log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)  # Django's own request log lines carry it
        if request is not None and hasattr(request, "META"):
            record.client = getattr(request, "client_address", None) or client_address(request)
        else:
            record.client = _current.get()
        return True
