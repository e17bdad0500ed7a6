// The API reference at /api/v1/docs: Swagger UI from our own static files, started here rather
// than by an inline script (the site's Content Security Policy allows none). It reads the schema
// from this site and nothing else: no validator badge, no remote configuration.
(function () {
    var root = document.getElementById("swagger-ui");
    if (!root || typeof window.SwaggerUIBundle !== "function") {
        return;
    }
    window.SwaggerUIBundle({
        url: root.getAttribute("data-schema-url"),
        domNode: root,
        deepLinking: true,
        layout: "BaseLayout",
        validatorUrl: null,
        configUrl: null,
        queryConfigEnabled: false,
        tryItOutEnabled: false,
    });
})();
