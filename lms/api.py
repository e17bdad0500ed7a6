from ninja import NinjaAPI

from certificates.api import router as certificates_router

api = NinjaAPI(
    title="Adal API",
    version="1",
    description="Compliance data and certificate verification for HR information systems.",
    urls_namespace="api-v1",
)
api.add_router("/certificates/", certificates_router)
