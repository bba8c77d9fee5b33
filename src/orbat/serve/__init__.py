"""`orbat serve`: a web workspace over the knowledge base (FastAPI pages and a JSON API under /api)."""
