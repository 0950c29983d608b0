#!/usr/bin/env python3
"""Writes tests/fixtures/sealed-known.json: a `jejak-encrypted` file made with Python's
`cryptography` (PBKDF2HMAC + AESGCM), independent of the app, from
tests/fixtures/sealed-known.plaintext.json and the passphrase below. The browser test
`known_answer_from_python` in tests/wasm_crypto.rs decrypts it with the app's WebCrypto code,
which proves the app reads the standard construction the README documents.

Salt and IV are fixed so the fixture is reproducible; real files get random ones.
Run from the repository root: python3 tests/crypto/make_known.py
"""
import base64
import json
import pathlib
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

PASSPHRASE = "kopi pagi di Café Éko 2026"  # NFC; the test also opens it with the NFD form
ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

plaintext = (FIXTURES / "sealed-known.plaintext.json").read_bytes()
salt = bytes(range(16))
iv = bytes(range(100, 112))
iterations = 600_000
key = PBKDF2HMAC(
    algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations
).derive(unicodedata.normalize("NFC", PASSPHRASE).encode("utf-8"))
ciphertext = AESGCM(key).encrypt(iv, plaintext, None)  # encrypted bytes + 16-byte tag

b64 = lambda b: base64.b64encode(b).decode("ascii")
sealed = {
    "format": "jejak-encrypted",
    "version": 1,
    "app_version": "python-cryptography",
    "exported_at": "2026-11-25T10:00:00.000Z",
    "device": "fixture",
    "inner_format": "jejak-backup",
    "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": iterations, "salt": b64(salt)},
    "cipher": {"name": "AES-GCM", "iv": b64(iv)},
    "ciphertext": b64(ciphertext),
}
(FIXTURES / "sealed-known.json").write_text(json.dumps(sealed, indent=2) + "\n", encoding="utf-8")
print(f"wrote {FIXTURES / 'sealed-known.json'} ({len(ciphertext)} bytes of ciphertext)")
