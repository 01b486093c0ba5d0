"""Parsed catalogue records kept on disk between reading a file and writing it: chunks of
ISBN → fields appended to an anonymous temporary file (gone when closed), read back in order.
Memory stays one chunk, however large the catalogue."""
from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator


class Spool:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="libdesk-catalogue-")
        self._chunks = 0

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *_exc) -> None:
        self._file.close()

    def __len__(self) -> int:
        return self._chunks

    def add(self, chunk: dict[str, dict[str, str]]) -> None:
        marshal.dump(chunk, self._file)  # plain str/dict only: written and read by us
        self._chunks += 1

    def __iter__(self) -> Iterator[dict[str, dict[str, str]]]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._chunks):
            yield marshal.load(self._file)
        self._file.seek(0, 2)
