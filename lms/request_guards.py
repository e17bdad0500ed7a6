"""Guards on every request, before any view reads it."""

from django.core.exceptions import BadRequest
from django.http import JsonResponse


class RejectNulCharactersMiddleware:
    """A NUL character is never part of a valid path, query or form value, and PostgreSQL
    refuses it in text: such a request is answered 400 before any view passes it to a query."""

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or self._has_nul(request.GET):
            if request.path_info.startswith("/api/"):  # the API answers errors as JSON
                return JsonResponse({"detail": "NUL character in the request"}, status=400)
            raise BadRequest("NUL character in the request")
        if request.method == "POST" and request.content_type in self.FORM_TYPES:
            if self._has_nul(request.POST):
                raise BadRequest("NUL character in the form")
        return self.get_response(request)

    @staticmethod
    def _has_nul(data) -> bool:
        return any(
            "\x00" in key or any("\x00" in v for v in values) for key, values in data.lists()
        )
