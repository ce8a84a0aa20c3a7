"""Patterns for personal data in Vietnamese feedback: phones, e-mails, ID numbers, plates, accounts.

Used twice: the text normaliser turns matches into placeholder tokens so the model learns
"a phone number was given" rather than the number, and `redact` masks them in outputs.

>>> redact("Liên hệ 0912 345 678 hoặc a.b@gmail.com")
'Liên hệ [SĐT] hoặc [EMAIL]'
"""

from __future__ import annotations

import re

# Order matters: longer, more specific patterns first, so a CCCD is not read as a phone number.
PATTERNS: dict[str, re.Pattern[str]] = {
    "url": re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "account": re.compile(
        r"(?i)(?P<pre>\b(?:stk|tk|số tài khoản|so tai khoan|tài khoản|tai khoan)[\s:.]{0,3})"
        r"\d[\d .-]{6,20}\d"
    ),
    "id": re.compile(r"(?<![\d.])(?:\d{12}|\d{9})(?![\d.])"),
    "phone": re.compile(
        r"(?<![\w.])(?:\+84[\s.-]?|\(\+84\)\s?|0)(?:[235789]\d)"
        r"(?:[\s.-]?\d){7,8}(?![\d])"
    ),
    "plate": re.compile(r"(?<![\w])\d{2}[A-Z]{1,2}\d?[\s-]{0,2}\d{3}\.?\d{1,2}(?![\w])"),
}

PLACEHOLDERS: dict[str, str] = {
    "url": "urltoken",
    "email": "emailtoken",
    "account": "accounttoken",
    "id": "idtoken",
    "phone": "phonetoken",
    "plate": "platetoken",
}

MASKS: dict[str, str] = {
    "url": "[URL]",
    "email": "[EMAIL]",
    "account": "[STK]",
    "id": "[CCCD]",
    "phone": "[SĐT]",
    "plate": "[BIỂN SỐ]",
}


def replace_pii(text: str, *, replacements: dict[str, str]) -> str:
    """Replace every personal-data match in `text` by `replacements[kind]`, most specific first.

    >>> replace_pii("gọi 0987.654.321", replacements=PLACEHOLDERS)
    'gọi phonetoken'
    """
    for kind, pattern in PATTERNS.items():
        mask = replacements[kind]
        text = pattern.sub(lambda m, mask=mask: (m.groupdict().get("pre") or "") + mask, text)
    return text


def redact(text: str) -> str:
    """Mask phones, e-mails, CCCD/CMND numbers, plates, accounts and links for outputs that leave the office.

    >>> redact("CCCD 001203004567, biển 29A-123.45")
    'CCCD [CCCD], biển [BIỂN SỐ]'
    """
    return replace_pii(text, replacements=MASKS)
