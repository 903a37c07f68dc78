"""Every page of a SQLCipher 4 file decrypted, as someone holding the passphrase could read it.

Free pages, freed cells and FTS segments included: SQL sees only live rows, this sees the whole file.
SQLCipher 4's defaults: 4096-byte pages, a 16-byte salt opening the file, PBKDF2-HMAC-SHA512 with
256,000 iterations, AES-256-CBC, and 80 reserved bytes ending each page (a 16-byte IV, a 64-byte HMAC).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
RESERVE = 80
IV = 16


def pages(path: Path, passphrase: str) -> Iterator[bytes]:
    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), data[:SALT], 256_000, 32)
    for start in range(0, len(data) - PAGE + 1, PAGE):
        page = data[start : start + PAGE]
        begin = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[begin : PAGE - RESERVE]) + decryptor.finalize()


def holds(path: Path, passphrase: str, needle: bytes) -> bool:
    """Whether any page of the file holds `needle` (the file must be closed: no WAL left beside it)."""
    return any(needle in page for page in pages(path, passphrase))
