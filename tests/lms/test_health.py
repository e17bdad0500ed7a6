"""/healthz tells a load balancer whether this host can serve: its database answers."""

import pytest
from django.db import DatabaseError

pytestmark = pytest.mark.django_db


def test_health_is_ok_while_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]  # a proxy never answers for the host


def test_health_is_503_when_the_database_does_not_answer(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(self, sql, params=None):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"database" in response.content
