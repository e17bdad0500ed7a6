from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from lms import views
from lms.api import api

learn_patterns = (
    [path("", views.learn_dashboard, name="dashboard")],
    "learn",
)

# Past a sign-in limit (allauth renders what the root URLconf names here).
handler429 = views.too_many_requests_view

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("favicon.ico", views.favicon_view, name="favicon"),
    path("healthz", views.health_view, name="health"),
    path("i18n/setlang/", views.set_language_view, name="set_language"),
    path("notices/<str:token>/", views.notice_unsubscribe_view, name="notice_unsubscribe"),
    path("learn/", include(learn_patterns)),
    path("hr/", include("hr.urls")),
    path("learn/", include("courses.urls")),
    path("quiz/", include("quizzes.urls")),
    path("api/v1/", api.urls),
    path("", include("certificates.urls")),
    path("", include("cms.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", cms_views.search_view, name="search"),
    path("", include(wagtail_urls)),
)
