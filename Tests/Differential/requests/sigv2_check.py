"""Recomputes a captured request's Signature Version 2 (SimpleDB) the way the service does.

Written from the SigV2 specification (the same string to sign botocore's `SigV2Auth` builds):

  METHOD \\n host (the URL's netloc) \\n path ("/" when empty) \\n query

where `query` is every parameter but `Signature`, decoded, sorted by name (code points) and
joined as `name=value` with both percent-encoded over RFC 3986's unreserved set only. The HMAC
is SHA-256 or SHA-1 as `SignatureMethod` says, keyed with the secret key, base64-encoded.

The parameters travel in a form body (POST, what botocore sends) or in the query string (GET).
`Timestamp` is `%Y-%m-%dT%H:%M:%SZ` (botocore's `ISO8601`); a signature over it cannot match the
other side's, which signed at another moment: each side's is verified on its own request.
"""
import base64
import hashlib
import hmac
import re
from urllib.parse import quote, unquote_to_bytes, urlsplit

TIMESTAMP_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
DIGESTS = {"HmacSHA256": hashlib.sha256, "HmacSHA1": hashlib.sha1}
VOLATILE = ("Timestamp", "Signature")


def form_pairs(text):
    """Decoded (name, value) pairs of a form-encoded string (`+` is a space), in order."""
    pairs = []
    for part in text.split(b"&") if text else []:
        name, _, value = part.partition(b"=")
        pairs.append((unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8", "replace"),
                      unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8", "replace")))
    return pairs


def parameters(method, url, body):
    """(where, pairs): the SigV2 parameters of a request, from its body or its query; None when
    the request is not SigV2-signed (no `SignatureVersion=2`)."""
    for where, text in (("body", body), ("query", urlsplit(url).query.encode("latin-1", "replace"))):
        pairs = form_pairs(text)
        if ("SignatureVersion", "2") in pairs:
            return where, pairs
    return None


def _encode(text):
    return quote(text.encode("utf-8"), safe="-_.~")


def expected_signature(method, url, pairs, secret_key):
    """The base64 HMAC the service computes for `pairs` sent to `url`, or None for an unknown
    `SignatureMethod`."""
    named = dict(pairs)
    digest = DIGESTS.get(named.get("SignatureMethod", ""))
    if digest is None:
        return None
    parts = urlsplit(url)
    signed = sorted((name, value) for name, value in pairs if name != "Signature")
    query = "&".join(f"{_encode(name)}={_encode(value)}" for name, value in signed)
    string_to_sign = f"{method}\n{parts.netloc}\n{parts.path or '/'}\n{query}"
    mac = hmac.new(secret_key.encode("utf-8"), string_to_sign.encode("utf-8"), digest)
    return base64.b64encode(mac.digest()).decode("ascii")


def check(method, url, body, secret_key):
    """The problems with a SigV2 request's signature and timestamp (empty when it verifies), or
    None when the request is not SigV2-signed."""
    found = parameters(method, url, body)
    if found is None:
        return None
    _, pairs = found
    named = {}
    problems = []
    for name, value in pairs:
        if name in named and name in ("AWSAccessKeyId", "SignatureMethod", "Timestamp", "Signature"):
            problems.append(f"{name} given twice")
        named[name] = value
    if not TIMESTAMP_RE.fullmatch(named.get("Timestamp", "")):
        problems.append(f"Timestamp missing or not YYYY-MM-DDTHH:MM:SSZ: {named.get('Timestamp')!r}")
    method_name = named.get("SignatureMethod")
    expected = expected_signature(method, url, pairs, secret_key)
    if expected is None:
        problems.append(f"SignatureMethod {method_name!r} is neither HmacSHA256 nor HmacSHA1")
    elif named.get("Signature") != expected:
        problems.append("signature does not verify")
    return problems


VOLATILE_RE = re.compile(rb"(^|&)(Timestamp|Signature)=[^&]*")


def mask_volatile(text):
    """`text` (a form body or query) with the values of Timestamp and Signature replaced by a
    placeholder, so that what remains compares exactly."""
    return VOLATILE_RE.sub(rb"\1\2=%3Csigv2%3E", text)
