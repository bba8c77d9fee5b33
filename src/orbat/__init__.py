"""orbat: read news about armed conflict, extract a dated, source-cited order of battle."""

__version__ = "0.1.0"
