from lms.cache import RedisCache
from lms.settings.base import redis_client_reused


def test_redis_cache_keeps_one_client_per_pool():
    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    assert cache._cache.get_client() is cache._cache.get_client()
    assert cache._cache.get_client(write=True) is cache._cache.get_client()  # one server


def test_only_djangos_redis_backend_is_replaced():
    redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}
    local = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": ""}
    assert redis_client_reused(redis)["BACKEND"] == "lms.cache.RedisCache"
    assert redis_client_reused(local)["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
