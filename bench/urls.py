"""The project's URLs plus a bare view: the floor that page figures are divided by."""

from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as project_urlpatterns

BARE_BODY = b"<!doctype html><title>Adal</title><p>Adal</p>"


def bare_view(request):
    return HttpResponse(BARE_BODY)


urlpatterns = [path("bench/bare/", bare_view, name="bench_bare"), *project_urlpatterns]
