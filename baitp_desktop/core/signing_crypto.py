"""Ed25519 signing keys, sealed under a password, and signatures over canonical JSON.

Why these pieces:
- **Ed25519** (RFC 8032): short keys and signatures, deterministic (no random number at
  signing time that a weak generator could leak the key through), fast to verify.
- **Argon2id** derives the sealing key from the password (memory-hard, so guessing
  passwords against a copied database costs memory as well as time); its parameters and
  salt are stored with the sealed key, so they can be raised later without breaking
  existing keys. The defaults are OWASP's recommended minimum for Argon2id.
- **AES-256-GCM** seals the private key (authenticated: a wrong password, a changed byte or
  a sealed key moved to another account fails cleanly instead of giving a wrong key). The
  associated data binds the sealed key to its account and fingerprint.
- The **fingerprint** (the key id) is SHA-256 of the raw 32-byte public key, in hex; people
  read it in groups of four (`grouped`).

Nothing here touches a database; the service stores and audits what these return.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from baitp_desktop.core.canonical import canonical_json

SEALED_FORMAT = "baitp-sealed-key/1"
# Argon2id: OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
KDF_TIME_COST = 2
KDF_MEMORY_KIB = 19456
KDF_PARALLELISM = 1
# What an opened file may ask of the KDF: a tampered sealed key must not make the
# application allocate gigabytes or spin for minutes.
_KDF_LIMITS = {"time_cost": (1, 10), "memory_kib": (8192, 1048576), "parallelism": (1, 8)}
_SALT_BYTES = 16
_NONCE_BYTES = 12


class KeyNotOpened(Exception):
    """The sealed key could not be opened: wrong password, or it was altered or moved."""


@dataclass(frozen=True, slots=True)
class KeyPair:
    """A new or opened signing key; `public_key` is the raw 32-byte public key."""

    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> bytes:
        return self.private_key.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, payload: Any) -> str:
        """The base64 Ed25519 signature of `canonical_json(payload)`."""
        return base64.b64encode(self.private_key.sign(canonical_json(payload))).decode("ascii")


def new_key_pair() -> KeyPair:
    return KeyPair(Ed25519PrivateKey.generate())


def fingerprint(public_key: bytes) -> str:
    """The key id: SHA-256 of the raw public key, 64 lower-case hex digits."""
    return hashlib.sha256(public_key).hexdigest()


def grouped(fingerprint_hex: str, size: int = 4) -> str:
    """A fingerprint as people read and compare it: "3f2a 9c01 …" (all 64 digits)."""
    return " ".join(fingerprint_hex[i : i + size] for i in range(0, len(fingerprint_hex), size))


def public_key_from_hex(text: str) -> bytes | None:
    """The raw public key from its stored hex form, or None when it is not one."""
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def signature_verifies(public_key: bytes, payload: Any, signature_b64: str) -> bool:
    """Does `signature_b64` sign `canonical_json(payload)` under this raw public key?"""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical_json(payload))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def _derive(password: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"), salt, time_cost, memory_kib, lanes, 32, Type.ID
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(key: KeyPair, password: str, context: str) -> str:
    """The private key encrypted under `password`, as JSON text (KDF parameters included).

    `context` (account and fingerprint) is authenticated with it: the sealed key opens only
    for the account and key it was made for.
    """
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    secret = _derive(password, salt, KDF_TIME_COST, KDF_MEMORY_KIB, KDF_PARALLELISM)
    sealed = AESGCM(secret).encrypt(
        nonce, key.private_key.private_bytes_raw(), context.encode("utf-8")
    )
    return json.dumps(
        {
            "format": SEALED_FORMAT,
            "kdf": "argon2id",
            "time_cost": KDF_TIME_COST,
            "memory_kib": KDF_MEMORY_KIB,
            "parallelism": KDF_PARALLELISM,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        },
        sort_keys=True,
    )


def _limited(document: dict[str, Any], name: str) -> int:
    value = document[name]
    low, high = _KDF_LIMITS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise KeyNotOpened(f"{name} out of range")
    return value


def unseal(sealed: str, password: str, context: str) -> KeyPair:
    """Open a sealed key with its password; KeyNotOpened when that is not possible."""
    try:
        document = json.loads(sealed)
        if not isinstance(document, dict) or document.get("format") != SEALED_FORMAT:
            raise KeyNotOpened("not a sealed key")
        if document.get("kdf") != "argon2id":
            raise KeyNotOpened("unknown key derivation")
        secret = _derive(
            password,
            base64.b64decode(document["salt"], validate=True),
            _limited(document, "time_cost"),
            _limited(document, "memory_kib"),
            _limited(document, "parallelism"),
        )
        raw = AESGCM(secret).decrypt(
            base64.b64decode(document["nonce"], validate=True),
            base64.b64decode(document["ciphertext"], validate=True),
            context.encode("utf-8"),
        )
        return KeyPair(Ed25519PrivateKey.from_private_bytes(raw))
    except KeyNotOpened:
        raise
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise KeyNotOpened(type(exc).__name__) from None
