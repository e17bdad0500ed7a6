"""`make cluster-test`: the project on real hosts — network namespaces joined by a bridge, two
web hosts (gunicorn) behind nginx, two worker hosts (Celery worker and beat), PostgreSQL and
Redis — driven through the balancer by servants taking the course, with a web host and a worker
killed mid-run. See README.md ("Shown with real hosts")."""
