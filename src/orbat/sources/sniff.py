"""What kind of input a file is, told from its first bytes (after gzip is undone), not its name."""
from __future__ import annotations

import json
import re

from orbat.read import UTF16_BOMS

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536  # bytes looked at to tell the kind

_HTML_START = re.compile(
    r"(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|base|link|p|div|article|"
    r"section|main|header|h[1-6]|table|ul|span|script|style)\b", re.I | re.S)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)


def detect_kind(head: bytes) -> str:
    """'warc', 'jsonl', 'html' or 'text' for a file starting with `head` (binary files are 'text';
    the text reader refuses them)."""
    if head.startswith(b"WARC/1."):
        return "warc"
    start = head.decode("utf-16" if head.startswith(UTF16_BOMS) else "utf-8", errors="replace")
    start = start.lstrip("\ufeff \t\r\n")
    if start.startswith("{") and _is_json_object_line(start, complete=len(head) < HEAD_BYTES):
        return "jsonl"
    if _HTML_START.match(start) or _HTML_ANYWHERE.search(start, 0, 4096):
        return "html"
    return "text"


def _is_json_object_line(start: str, complete: bool) -> bool:
    """Whether the first line is a JSON object; a line running past the head (a long article on one
    line) counts when it is cut, since only its beginning was read."""
    line, newline, _ = start.partition("\n")
    if not newline and not complete:
        return '"' in line[:1000]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
