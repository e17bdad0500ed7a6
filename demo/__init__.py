"""The demo: scenario builders, `load_demo`, `seed_scale` and the content pack (`content/`).
Installed in development, test and benchmark settings, never in production."""
