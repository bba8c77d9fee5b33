"""Where the front-end libraries installed from npm (`make web`) are, and which files of them are served.

Only the files named in VENDOR are served, from $ORBAT_WEB_ASSETS, a folder given to `orbat serve
--assets`, or the repository's node_modules found above this package."""
from __future__ import annotations

import os
from pathlib import Path

# name under /static/vendor/ -> (path inside node_modules, media type)
VENDOR = {
    "cytoscape.mjs": ("cytoscape/dist/cytoscape.esm.min.mjs", "text/javascript"),
    "vis-timeline.mjs": ("vis-timeline/standalone/esm/vis-timeline-graph2d.min.mjs", "text/javascript"),
    "vis-timeline.css": ("vis-timeline/styles/vis-timeline-graph2d.min.css", "text/css"),
    "swagger-ui-bundle.js": ("swagger-ui-dist/swagger-ui-bundle.js", "text/javascript"),
    "swagger-ui.css": ("swagger-ui-dist/swagger-ui.css", "text/css"),
}
INSTALL_HINT = "run `make web` (npm ci --ignore-scripts) in the orbat repository, or set $ORBAT_WEB_ASSETS"


def find_assets(folder: str | None = None) -> Path | None:
    """The node_modules folder to serve from, or None when none is installed."""
    given = folder or os.environ.get("ORBAT_WEB_ASSETS")
    if given:
        return Path(given).expanduser()
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "node_modules"
        if (candidate / "cytoscape").is_dir():
            return candidate
    return None


def available(folder: Path | None) -> dict[str, bool]:
    """Which vendor files exist under `folder`, by their served name."""
    return {name: folder is not None and (folder / rel).is_file() for name, (rel, _) in VENDOR.items()}
