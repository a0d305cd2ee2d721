"""Keeping document content out of logs."""

from __future__ import annotations

import logging

# Libraries that log document text at DEBUG level: pdfminer every text operator with its
# string, Presidio the words around each match.
CONTENT_LOGGERS = ("pdfminer", "presidio-analyzer")


def keep_content_out_of_logs() -> None:
    """Raise the content-logging libraries to WARNING, whatever the root logger's level."""
    for name in CONTENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
