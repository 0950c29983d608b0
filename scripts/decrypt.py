#!/usr/bin/env python3
"""Decrypt a Jejak encrypted export (`jejak-encrypted`) without Jejak.

Usage:
    python3 scripts/decrypt.py FILE [OUT]

The passphrase comes from the environment variable JEJAK_PASSPHRASE or, when that is not set,
from a prompt. The decrypted file (the inner UTF-8 JSON, e.g. a `jejak-backup`) is written to
OUT, or to standard output. Needs Python's `cryptography` package
(`python3 -m pip install cryptography`, or Debian's `python3-cryptography`).

This is the recipe of README.md, "Encrypted files", with error messages:
  key        = PBKDF2-HMAC-SHA256(NFC(passphrase) as UTF-8, salt, iterations) -> 32 bytes
  plaintext  = AES-256-GCM-decrypt(key, iv, ciphertext)   (ciphertext ends with the 16-byte tag)

Exit status: 0 decrypted; 1 wrong passphrase or damaged file; 2 not a usable encrypted file
or bad usage.
"""
import base64
import binascii
import getpass
import json
import os
import sys
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


class NotSealed(Exception):
    pass


def decrypt(sealed: dict, passphrase: str) -> bytes:
    """Returns the inner file's bytes; raises InvalidTag for a wrong passphrase or damaged file
    and NotSealed when `sealed` is not a usable `jejak-encrypted` object."""
    try:
        if sealed["format"] != "jejak-encrypted":
            raise NotSealed(f"format is {sealed['format']!r}, not 'jejak-encrypted'")
        if sealed["version"] != 1:
            raise NotSealed(f"version {sealed['version']!r} is not supported by this script")
        kdf, cipher = sealed["kdf"], sealed["cipher"]
        if (kdf["name"], kdf["hash"], cipher["name"]) != ("PBKDF2", "SHA-256", "AES-GCM"):
            raise NotSealed("unknown algorithms")
        b64 = lambda s: base64.b64decode(s, validate=True)
        salt, iv, data = b64(kdf["salt"]), b64(cipher["iv"]), b64(sealed["ciphertext"])
        iterations = int(kdf["iterations"])
    except (KeyError, TypeError, ValueError, binascii.Error) as e:
        raise NotSealed(f"missing or invalid field: {e}") from e
    if len(salt) != 16 or len(iv) != 12 or len(data) < 16:
        raise NotSealed("salt, IV or ciphertext has the wrong length")
    if not 100_000 <= iterations <= 10_000_000:
        raise NotSealed(f"iterations {iterations} out of range")
    key = PBKDF2HMAC(
        algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    return AESGCM(key).decrypt(iv, data, None)  # data = encrypted bytes + 16-byte tag


def main(argv: list) -> int:
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            sealed = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        print(f"decrypt.py: cannot read {argv[1]}: {e}", file=sys.stderr)
        return 2
    if not isinstance(sealed, dict):
        print(f"decrypt.py: {argv[1]} is not a Jejak encrypted file", file=sys.stderr)
        return 2
    passphrase = os.environ.get("JEJAK_PASSPHRASE")
    if passphrase is None:
        passphrase = getpass.getpass("Passphrase: ")
    try:
        plaintext = decrypt(sealed, passphrase)
    except NotSealed as e:
        print(f"decrypt.py: {argv[1]} is not a usable Jejak encrypted file: {e}", file=sys.stderr)
        return 2
    except InvalidTag:
        print(
            "decrypt.py: wrong passphrase, or the file was changed or damaged "
            "(AES-GCM cannot tell these apart)",
            file=sys.stderr,
        )
        return 1
    if len(argv) == 3:
        with open(argv[2], "wb") as f:
            f.write(plaintext)
    else:
        sys.stdout.buffer.write(plaintext)
        sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
