"""Recomputes a captured request's SigV4 signature the way the receiving service does.

Written from the SigV4 specification, not from either SDK, and checked against botocore's own
requests (every botocore signature must verify; the comparison reports any that does not).

Server-side canonicalization:
  URI      S3 family (signing names s3, s3-outposts, s3-object-lambda, s3express): the path as
           sent. Every other service: dot segments and empty segments removed, then every
           path segment percent-encoded again (the path on the wire is already encoded once).
  query    every `name=value` pair percent-decoded, then encoded with RFC 3986's unreserved set
           only, sorted by name then value; `name` without `=` is `name=`.
  headers  the names listed in SignedHeaders; values trimmed, inner runs of spaces collapsed,
           repeated headers joined with ","; `host` from the URL when no Host header is present.
           Which characters count as space is not settled between SDKs: botocore (and this SDK)
           use Python's str.split() (every Unicode space, NBSP included), the SigV4 suite ASCII
           spaces. A signature verifies under either rule; `check` says which one it needed, and
           the comparison reports the two sides needing different rules.
  payload  X-Amz-Content-Sha256 when present (it may say UNSIGNED-PAYLOAD or a streaming
           mode), else the SHA-256 of the body.
"""
import hashlib
import hmac
import re
from urllib.parse import quote, unquote_to_bytes, urlsplit

AUTH_RE = re.compile(r"^AWS4-HMAC-SHA256 Credential=([^/,]+)/(\d{8})/([^/,]+)/([^/,]+)/aws4_request, "
                     r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$")
S3_FAMILY = {"s3", "s3-outposts", "s3-object-lambda", "s3express"}


class Authorization:
    """The parts of a SigV4 Authorization header."""

    def __init__(self, header):
        match = AUTH_RE.match(header.strip())
        if not match:
            raise ValueError(f"not a SigV4 Authorization header: {header[:80]!r}")
        (self.access_key, self.date, self.region, self.service,
         signed, self.signature) = match.groups()
        self.signed_headers = signed.split(";")

    @property
    def scope(self):
        return f"{self.date}/{self.region}/{self.service}/aws4_request"


def header_values(headers, name):
    return [value for key, value in headers if key.lower() == name]


def _encode(data):
    return quote(data, safe="-_.~")


def canonical_uri(raw_path, service):
    path = raw_path or "/"
    if service in S3_FAMILY:
        return path
    segments = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    normalized = "/" + "/".join(segments)
    if path.endswith("/") and normalized != "/":
        normalized += "/"
    return quote(normalized, safe="/~")


def canonical_query(raw_query):
    pairs = []
    for part in raw_query.split("&") if raw_query else []:
        name, _, value = part.partition("=")
        pairs.append((_encode(unquote_to_bytes(name)), _encode(unquote_to_bytes(value))))
    return "&".join(f"{name}={value}" for name, value in sorted(pairs))


ASCII_SPACES = re.compile(r"[ \t]+")


def trim_all(value, rule):
    if rule == "unicode-whitespace":
        return " ".join(value.split())
    return ASCII_SPACES.sub(" ", value.strip(" \t"))


def canonical_headers(headers, signed, url, rule="ascii-whitespace"):
    lines = []
    for name in signed:
        values = header_values(headers, name)
        if not values and name == "host":
            values = [urlsplit(url).netloc]
        text = ",".join(trim_all(value, rule) for value in values)
        lines.append(f"{name}:{text}\n")
    return "".join(lines)


def _hmac(key, text):
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def expected_signature(request, body, secret_key, authorization, rule="ascii-whitespace"):
    """The signature the service computes for `request` (a dict: method, url, headers)."""
    url = request["url"]
    parts = urlsplit(url)
    headers = request["headers"]
    payload = header_values(headers, "x-amz-content-sha256")
    payload_hash = payload[0] if payload else hashlib.sha256(body).hexdigest()
    canonical = "\n".join([
        request["method"],
        canonical_uri(parts.path, authorization.service),
        canonical_query(parts.query),
        canonical_headers(headers, authorization.signed_headers, url, rule),
        ";".join(authorization.signed_headers),
        payload_hash,
    ])
    amz_date = (header_values(headers, "x-amz-date") or [""])[0]
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, authorization.scope,
                                hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    key = _hmac(("AWS4" + secret_key).encode("utf-8"), authorization.date)
    for part in (authorization.region, authorization.service, "aws4_request"):
        key = _hmac(key, part)
    return hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


RULES = ("ascii-whitespace", "unicode-whitespace")


def check(request, body, secret_key):
    """(problems, rule): the problems with the request's signature (empty when it verifies) and
    the header whitespace rule it verified under (None when unsigned or not verified)."""
    values = header_values(request["headers"], "authorization")
    if not values:
        return [], None
    try:
        authorization = Authorization(values[0])
    except ValueError as error:
        return [str(error)], None
    problems = []
    amz_date = header_values(request["headers"], "x-amz-date")
    if not amz_date or not re.fullmatch(r"\d{8}T\d{6}Z", amz_date[0]):
        problems.append(f"X-Amz-Date missing or malformed: {amz_date}")
    elif amz_date[0][:8] != authorization.date:
        problems.append(f"credential scope date {authorization.date} is not X-Amz-Date's {amz_date[0][:8]}")
    if "host" not in authorization.signed_headers:
        problems.append("host is not signed")
    if authorization.signed_headers != sorted(authorization.signed_headers):
        problems.append("SignedHeaders are not sorted")
    rule = next((rule for rule in RULES
                 if expected_signature(request, body, secret_key, authorization, rule) == authorization.signature), None)
    if rule is None:
        problems.append("signature does not verify")
    return problems, rule


# Presigned URLs (query signing) ----------------------------------------------------------------

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
CREDENTIAL_RE = re.compile(r"^([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request$")


def presigned_parameters(url):
    """The decoded query parameters of a URL, name to value (the last one when repeated)."""
    named = {}
    for part in urlsplit(url).query.split("&"):
        name, _, value = part.partition("=")
        named[unquote_to_bytes(name).decode("utf-8", "replace")] = unquote_to_bytes(value).decode("utf-8", "replace")
    return named


def check_presigned(url, secret_key, method="GET"):
    """The problems with a presigned URL's SigV4 query signature (empty when it verifies), as
    the service checks a URL it is handed: `method` (GET, what fetching a URL does), the query
    without `X-Amz-Signature`, `host` as the only signed header (nothing else travels with a
    URL), and the payload as the empty body's SHA-256 (`UNSIGNED-PAYLOAD` for the S3 family)."""
    parts = urlsplit(url)
    named = presigned_parameters(url)
    problems = []
    if named.get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256":
        problems.append(f"X-Amz-Algorithm is {named.get('X-Amz-Algorithm')!r}")
    credential = CREDENTIAL_RE.match(named.get("X-Amz-Credential", ""))
    amz_date = named.get("X-Amz-Date", "")
    if credential is None:
        return problems + [f"X-Amz-Credential malformed: {named.get('X-Amz-Credential')!r}"]
    if not re.fullmatch(r"\d{8}T\d{6}Z", amz_date):
        return problems + [f"X-Amz-Date missing or malformed: {amz_date!r}"]
    _, date, region, service = credential.groups()
    if amz_date[:8] != date:
        problems.append(f"credential scope date {date} is not X-Amz-Date's {amz_date[:8]}")
    if named.get("X-Amz-SignedHeaders") != "host":
        return problems + [f"X-Amz-SignedHeaders is {named.get('X-Amz-SignedHeaders')!r}: a URL carries only host"]
    query = "&".join(part for part in parts.query.split("&") if not part.startswith("X-Amz-Signature="))
    canonical = "\n".join([method, canonical_uri(parts.path, service), canonical_query(query),
                           f"host:{parts.netloc}\n", "host", "UNSIGNED-PAYLOAD" if service in S3_FAMILY else EMPTY_SHA256])
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, f"{date}/{region}/{service}/aws4_request",
                                hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    key = _hmac(("AWS4" + secret_key).encode("utf-8"), date)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    if hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest() != named.get("X-Amz-Signature"):
        problems.append("signature does not verify")
    return problems
