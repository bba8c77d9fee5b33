"""The extraction pipeline: clean -> dates -> mentions -> coreference -> relations/events.

(Under construction: for now it only wraps the raw text.)
"""
from __future__ import annotations

from orbat.model import Document, Extraction


def extract(raw: str, published: str | None = None, url: str | None = None,
            source: str | None = None) -> Extraction:
    """Run the whole pipeline over one article's raw text."""
    return Extraction(document=Document(text=raw.strip(), published=published, url=url, source=source))
