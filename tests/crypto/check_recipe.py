#!/usr/bin/env python3
"""Proves the README's decryption recipe works on an encrypted file.

Usage:
    python3 tests/crypto/check_recipe.py SEALED_FILE PASSPHRASE EXPECTED_FORMAT [EXPECTED_PLAINTEXT_FILE]

Checks, and exits non-zero with a message on the first failure:
  1. the wrapper header: format `jejak-encrypted`, version 1, `inner_format` ==
     EXPECTED_FORMAT, PBKDF2 / SHA-256 / 600000 iterations, AES-GCM, base64 salt of 16 bytes,
     IV of 12 bytes, ciphertext of at least the 16-byte tag;
  2. the Python block of README.md's "Encrypted files" section, run as is (passphrase through
     JEJAK_PASSPHRASE), decrypts it;
  3. scripts/decrypt.py gives the same bytes;
  4. those bytes are UTF-8 JSON whose `format` is EXPECTED_FORMAT (and, when given, equal
     EXPECTED_PLAINTEXT_FILE byte for byte);
  5. a wrong passphrase is refused by scripts/decrypt.py (exit status 1).
Prints one line "recipe ok: …" on success. Uses only the standard library and `cryptography`.
"""
import base64
import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def fail(message: str) -> None:
    print(f"check_recipe.py: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def readme_recipe() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Encrypted files\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    if not section:
        fail("README.md has no '## Encrypted files' section")
    block = re.search(r"^```python\n(.*?)^```", section.group(1), re.S | re.M)
    if not block:
        fail("README.md's 'Encrypted files' section has no ```python block")
    return block.group(1)


def run(args: list, passphrase: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, JEJAK_PASSPHRASE=passphrase)
    return subprocess.run(args, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)


def main(argv: list) -> None:
    if len(argv) not in (4, 5):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    path, passphrase, expected_format = argv[1], argv[2], argv[3]

    try:
        sealed = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        fail(f"cannot read {path} as JSON: {e}")
    if not isinstance(sealed, dict):
        fail("the file is not a JSON object")
    try:
        header = {
            "format": sealed["format"],
            "version": sealed["version"],
            "inner_format": sealed["inner_format"],
            "kdf": (sealed["kdf"]["name"], sealed["kdf"]["hash"], sealed["kdf"]["iterations"]),
            "cipher": sealed["cipher"]["name"],
        }
        for key in ("app_version", "exported_at", "device"):
            if not isinstance(sealed[key], str):
                fail(f"header field {key} is not a string")
        sizes = [
            len(base64.b64decode(sealed[k1][k2] if k2 else sealed[k1], validate=True))
            for k1, k2 in (("kdf", "salt"), ("cipher", "iv"), ("ciphertext", None))
        ]
    except (KeyError, TypeError, ValueError) as e:
        fail(f"wrapper field missing or invalid: {e!r}")
    want = {
        "format": "jejak-encrypted",
        "version": 1,
        "inner_format": expected_format,
        "kdf": ("PBKDF2", "SHA-256", 600000),
        "cipher": "AES-GCM",
    }
    if header != want:
        fail(f"wrapper header {header} != {want}")
    if sizes[0] != 16 or sizes[1] != 12 or sizes[2] < 16:
        fail(f"salt/IV/ciphertext sizes {sizes}, expected 16, 12, >= 16")

    recipe = run([sys.executable, "-c", readme_recipe(), path], passphrase)
    if recipe.returncode != 0:
        fail(f"README recipe exited {recipe.returncode}: {recipe.stderr.decode(errors='replace')}")
    script = run([sys.executable, str(ROOT / "scripts" / "decrypt.py"), path], passphrase)
    if script.returncode != 0:
        fail(f"scripts/decrypt.py exited {script.returncode}: {script.stderr.decode(errors='replace')}")
    if recipe.stdout != script.stdout:
        fail("README recipe and scripts/decrypt.py disagree")
    plaintext = script.stdout

    try:
        inner = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        fail(f"decrypted bytes are not UTF-8 JSON: {e}")
    if not isinstance(inner, dict) or inner.get("format") != expected_format:
        fail(f"decrypted file's format is {inner.get('format') if isinstance(inner, dict) else inner!r}, expected {expected_format}")
    if len(argv) == 5 and plaintext != pathlib.Path(argv[4]).read_bytes():
        fail(f"decrypted bytes differ from {argv[4]}")

    wrong = run([sys.executable, str(ROOT / "scripts" / "decrypt.py"), path], passphrase + "x")
    if wrong.returncode != 1:
        fail(f"a wrong passphrase gave exit status {wrong.returncode}, expected 1")

    print(f"recipe ok: {path} -> {expected_format}, {len(plaintext)} bytes")


if __name__ == "__main__":
    main(sys.argv)
