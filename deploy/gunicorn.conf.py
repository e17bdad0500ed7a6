"""gunicorn for Adal's web hosts: `gunicorn -c deploy/gunicorn.conf.py` (run by
deploy/systemd/adal-web.service).

Values come from the same environment file as the settings (/etc/adal/adal.env); each has a
default for a 2-core host. See docs/operations.md."""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "lms.wsgi:application"
# Private address of this web host; only the reverse proxies may reach it (docs/operations.md).
bind = [part.strip() for part in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")]

# Threads, not only processes: every certificate verification answers no sooner than
# ADAL_VERIFY_MIN_SECONDS (certificates/timing.py) and holds its thread meanwhile; threads keep
# those waits from blocking whole processes. 2 x cores + 1 processes of 8 threads: 5 x 8 = 40
# requests at once on 2 cores.
worker_class = "gthread"
workers = _int("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1)
threads = _int("GUNICORN_THREADS", 8)

# gthread: the worker's main loop answers the heartbeat, so `timeout` catches a stuck process,
# not a slow request. The longest requests (a 32 MB staff file previewed, a 10,000-row XLSX) take
# well under a minute; nginx's proxy_read_timeout (deploy/nginx/adal.conf) is set above this.
timeout = _int("GUNICORN_TIMEOUT", 60)
# On restart or reload, requests in flight get this long to finish.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# nginx keeps connections to the upstream open (keepalive in the upstream block).
keepalive = 75
# The heartbeat file on a RAM disk: a busy disk never makes a healthy worker look dead.
worker_tmp_dir = "/dev/shm"

# A process is replaced after this many requests (slow leaks in libraries stay bounded); the
# jitter keeps the processes from restarting all at once.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max(1, max_requests // 10)

# Who may set X-Forwarded-Proto for gunicorn: the same reverse proxy addresses the application
# trusts for X-Forwarded-For (ADAL_TRUSTED_PROXY_ADDRESSES, lms/client_address.py). Django itself
# reads X-Forwarded-Proto through SECURE_PROXY_SSL_HEADER; the client address is worked out by
# the application from REMOTE_ADDR (the proxy) and X-Forwarded-For, so gunicorn leaves both as
# received.
forwarded_allow_ips = os.environ.get(
    "ADAL_TRUSTED_PROXY_ADDRESSES",
    "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7",
)

# Logs to the journal. The access log gives the proxy's address, X-Forwarded-For as received (the
# client is its last entry, the one nginx appended; what stands left of it the client wrote), the
# path without its query string (a search may carry an IIN), the status, the size, the time in ms.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s [%({x-forwarded-for}i)s] "%(m)s %(U)s" %(s)s %(B)s %(M)sms "%(a)s"'
proc_name = "adal-web"

# gunicornc's control socket in the unit's runtime directory (RuntimeDirectory=adal-web); none
# when started by hand.
if os.environ.get("RUNTIME_DIRECTORY"):
    control_socket = os.path.join(os.environ["RUNTIME_DIRECTORY"].split(":")[0], "gunicorn.ctl")
else:
    control_socket_disable = True
