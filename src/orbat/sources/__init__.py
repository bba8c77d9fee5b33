"""Readers for real inputs: crawled text, saved HTML pages, JSON lines and WARC files, each maybe
gzip-compressed, in files or folders or on standard input, one `Record` per article.

Statuses: 'ok'; 'skipped: language xx', 'skipped: not html', 'skipped: http NNN'; 'failed: empty',
'failed: too large', 'failed: binary', 'failed: undecodable', 'failed: no text', 'failed: not json',
'failed: missing field', 'failed: truncated gzip', 'failed: bad gzip', 'failed: truncated warc',
'failed: bad warc', 'failed: unreadable', 'failed: error'. A failed Record whose file could not be
opened or unpacked has kind 'unknown'.
"""
from orbat.sources.reader import iter_records
from orbat.sources.record import Record

__all__ = ["Record", "iter_records"]
