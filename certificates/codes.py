"""Verification codes a person can read off paper and type: Crockford Base32, 26 characters
(130 bits), stored upper case without separators and shown in groups of four.

Certificates issued before these codes keep their URL-safe base64 codes; those are matched
exactly and shown as they are."""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 26
GROUP = 4
# Letters people type for digits they see (Crockford's decoding rules); U is not a code letter.
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " \t\r\n-\u00a0\u2010\u2011\u2012\u2013\u2014")


def code_new() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def code_normalise(text: str) -> str | None:
    """The stored form of a typed code (any case, spaces or hyphens, O for 0, I or L for 1),
    or None when the text cannot be a code of this kind."""
    code = text.translate(_SEPARATORS).upper().translate(_CONFUSABLE)
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code


def code_is_canonical(code: str) -> bool:
    return len(code) == LENGTH and all(char in ALPHABET for char in code)


def code_groups(code: str) -> list[str]:
    """The code in groups of four; an old-format code is one group, as it is."""
    if not code_is_canonical(code):
        return [code]
    return [code[start : start + GROUP] for start in range(0, len(code), GROUP)]


def code_display(code: str) -> str:
    return " ".join(code_groups(code))
