"""Protocol-aware differences between botocore's request and this SDK's for one case.

`differences(case, ours, theirs, operation_model)` returns a list of `Difference`s, each with a
`kind` (what differs, generic enough to group cases: "header-missing-ours", "json-value", ...),
a `key` (which header, query name or body path) and a `detail` (both values). Normalizations
applied before comparing are listed in README.md; each has a name in NORMALIZATIONS and the
comparison counts how often each one changed something.
"""
import base64
import json
import re
from collections import Counter
from urllib.parse import unquote_to_bytes, urlsplit

import sigv2_check
import sigv4_check
from body_diff import body_kind, compare_bodies, compare_trees
from differences import SECRET_KEY, TOKEN_PLACEHOLDER, Difference, short
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
AMZ_DATE_RE = re.compile(r"\d{8}T\d{6}Z")

# Headers whose value is random or identifies the SDK: compared for presence (and format).
VOLATILE_HEADERS = {
    "x-amz-date": "time of signing",
    "authorization": "signature over the time of signing; verified on each side instead",
    "amz-sdk-invocation-id": "a random UUID per call",
    "user-agent": "names the SDK, its version, the OS and language",
    "x-amz-user-agent": "names the SDK",
}

NORMALIZATIONS = {
    "volatile-headers": "X-Amz-Date, Authorization, amz-sdk-invocation-id and User-Agent compared for presence and format",
    "content-length": "Content-Length checked against the side's own body (a missing one is the transport's to write); the bodies are compared on their own",
    "s3-expect-continue": "botocore's Expect: 100-continue on an S3 PutObject/UploadPart below 1 MiB, where this SDK sends none (a deliberate difference: an extra round trip per small upload)",
    "message-framing": "Transfer-Encoding: chunked on one side, a Content-Length (given or the transport's) on the other: HTTP framing of the same content (RFC 9112 6)",
    "empty-path": "an empty path is \"/\" (RFC 3986 6.2.3: HTTP clients send \"/\" for it, and SigV4 signs \"/\")",
    "json-headers": "JSON-value headers compared as the JSON their base64 holds (botocore escapes non-ASCII as \\uXXXX, this SDK writes UTF-8: the same JSON)",
    "header-lists": "list-valued headers compared element-wise, splitting on commas outside quotes (\"a,b\" and \"a, b\" are one list, RFC 9110 5.6.1)",
    "path-unreserved": "percent-encoded unreserved characters decoded and hex digits upper-cased in the path (RFC 3986 6.2.2)",
    "query-multimap": "query strings compared as multimaps of decoded names and values; `n` and `n=` both an empty value",
    "idempotency-token": "an auto-filled idempotency token (a UUID on both sides) replaced by a placeholder",
    "gzip-body": "a gzip-encoded body compared after decompression (the encoding itself is compared as a header)",
    "aws-chunked-body": "an aws-chunked body compared as its payload and trailer (the framing itself is compared as headers)",
    "presigned-url": "a presigned URL parameter (EC2/RDS/Neptune/DocDB cross-region copies) compared without its date and signature, each side's verified",
    "sigv2-signature": "SigV2 Timestamp and Signature (SimpleDB) compared for format, each side's signature verified over its own request",
}


# Requests --------------------------------------------------------------------------------------

class Side:
    """One side's request, with lower-cased headers and the decoded body."""

    def __init__(self, record):
        self.method = record["method"]
        self.url = record["url"]
        self.raw_headers = [(name, value) for name, value in record["headers"]]
        self.headers = {}
        for name, value in self.raw_headers:
            key = name.lower()
            self.headers[key] = value if key not in self.headers else self.headers[key] + "," + value
        self.body = base64.b64decode(record["body_b64"])
        self.raw_length = len(self.body)
        self.tokens = []
        parts = urlsplit(self.url)
        self.scheme, self.host, self.path, self.query = parts.scheme, parts.netloc, parts.path, parts.query


def replace_tokens(side, tokens, binary_body=False):
    """Puts the placeholder where `tokens` (values this side generated) appear. A binary (CBOR)
    body is left alone here: its strings are length-prefixed, so `cbor_tokens` replaces them in
    the decoded tree."""
    side.tokens = list(tokens)
    for token in tokens:
        side.url = side.url.replace(token, TOKEN_PLACEHOLDER)
        side.path = side.path.replace(token, TOKEN_PLACEHOLDER)
        side.query = side.query.replace(token, TOKEN_PLACEHOLDER)
        if not binary_body:
            side.body = side.body.replace(token.encode(), TOKEN_PLACEHOLDER.encode())
        for name, value in list(side.headers.items()):
            if token in value:
                side.headers[name] = value.replace(token, TOKEN_PLACEHOLDER)


def our_tokens(side, params_text, count):
    """The UUIDs this SDK generated: UUID-shaped text in its request that is not in the input."""
    found = []
    haystack = [side.path, side.query, side.body.decode("utf-8", "replace")]
    haystack += [value for name, value in side.headers.items() if name not in VOLATILE_HEADERS and name != "amz-sdk-request"]
    for text in haystack:
        for match in UUID_RE.findall(text):
            if match not in params_text and match not in found:
                found.append(match)
    return found[:count] if count else []


def differences(case, theirs_record, ours_record, operation_model, used):
    """Differences between botocore's request (`theirs`) and ours; `used` counts normalizations."""
    theirs, ours = Side(theirs_record["request"]), Side(ours_record["request"])
    diffs = compare_signatures(theirs, ours)  # on the requests as captured, before any normalization
    diffs += compare_sigv2(theirs, ours, used)
    generated = theirs_record.get("tokens") or {}
    if generated:
        binary = body_kind(operation_model) == "cbor"
        replace_tokens(theirs, list(generated.values()), binary)
        replace_tokens(ours, our_tokens(ours, json.dumps(case["params"], ensure_ascii=False), len(generated)), binary)
        used["idempotency-token"] += 1
    if theirs.method != ours.method:
        diffs.append(Difference("method", "", f"botocore {theirs.method}, ours {ours.method}"))
    if theirs.scheme != ours.scheme or theirs.host != ours.host:
        diffs.append(Difference("host", "", f"botocore {theirs.scheme}://{theirs.host}, ours {ours.scheme}://{ours.host}"))
    diffs += compare_path(theirs.path, ours.path, used)
    diffs += compare_query(theirs.query, ours.query, used)
    diffs += compare_headers(theirs, ours, operation_model, used)
    diffs += compare_bodies(theirs, ours, operation_model, used)
    return diffs


# Path and query --------------------------------------------------------------------------------

UNRESERVED = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def normalize_path(path):
    def fix(match):
        byte = int(match.group(1), 16)
        return chr(byte) if byte in UNRESERVED else "%" + match.group(1).upper()
    return re.sub(r"%([0-9A-Fa-f]{2})", fix, path)


def compare_path(theirs, ours, used):
    if theirs == ours:
        return []
    if (theirs or "/") == (ours or "/"):
        used["empty-path"] += 1
        return []
    if normalize_path(theirs) == normalize_path(ours):
        used["path-unreserved"] += 1
        return []
    return [Difference("path", "", f"botocore {short(theirs)}, ours {short(ours)}")]


def query_multimap(query):
    result = Counter()
    for part in query.split("&") if query else []:
        name, _, value = part.partition("=")
        result[(unquote_to_bytes(name), unquote_to_bytes(value))] += 1
    return result


def compare_query(theirs, ours, used):
    if theirs == ours:
        return []
    left, right = query_multimap(theirs), query_multimap(ours)
    used["query-multimap"] += 1
    diffs = []
    left_names = {name for name, _ in left}
    right_names = {name for name, _ in right}
    for name in sorted(left_names | right_names):
        a = sorted(value for (n, value), count in left.items() for _ in range(count) if n == name)
        b = sorted(value for (n, value), count in right.items() for _ in range(count) if n == name)
        key = name.decode("utf-8", "replace")
        if not b:
            diffs.append(Difference("query-missing-ours", key, f"botocore {short(a)}"))
        elif not a:
            diffs.append(Difference("query-extra-ours", key, f"ours {short(b)}"))
        elif a != b:
            diffs.append(Difference("query-value", key, f"botocore {short(a)}, ours {short(b)}"))
    return diffs


# Headers ---------------------------------------------------------------------------------------

def list_headers(operation_model):
    """Lower-cased names of the input's list-valued header members."""
    shape = operation_model.input_shape
    if shape is None:
        return set()
    return {member.serialization.get("name", name).lower() for name, member in shape.members.items()
            if member.serialization.get("location") == "header" and member.type_name == "list"}


def json_headers(operation_model):
    """Lower-cased names of the input's JSON-value header members."""
    shape = operation_model.input_shape
    if shape is None:
        return set()
    return {member.serialization.get("name", name).lower() for name, member in shape.members.items()
            if member.serialization.get("location") == "header" and member.serialization.get("jsonvalue")}


def same_json_header(a, b):
    try:
        left, right = (json.loads(base64.b64decode(value, validate=True)) for value in (a, b))
    except ValueError:
        return False
    return compare_trees(left, right, "$", "json") == []


def header_list(value):
    """The elements of a list-valued header: split on commas outside double quotes, OWS trimmed."""
    elements, current, quoted = [], "", False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            elements.append(current.strip(" \t"))
            current = ""
        else:
            current += char
    elements.append(current.strip(" \t"))
    return elements


# This SDK's S3ExpectContinue.threshold: the smallest upload that gets `Expect: 100-continue`.
EXPECT_CONTINUE_THRESHOLD = 1 << 20


def small_upload_without_expect(theirs, ours, operation_model):
    """botocore's `Expect: 100-continue` on an S3 PutObject/UploadPart whose payload is below
    1 MiB, where this SDK sends none (README.md: why this is a deliberate difference)."""
    if operation_model.service_model.service_name != "s3" or operation_model.name not in ("PutObject", "UploadPart"):
        return False
    if theirs.headers.get("expect") != "100-continue" or "expect" in ours.headers:
        return False
    decoded = ours.headers.get("x-amz-decoded-content-length")
    length = int(decoded) if decoded is not None and decoded.isdigit() else ours.raw_length
    return length < EXPECT_CONTINUE_THRESHOLD


def compare_headers(theirs, ours, operation_model, used):
    left, right = dict(theirs.headers), dict(ours.headers)
    lists = list_headers(operation_model)
    json_valued = json_headers(operation_model)
    diffs = []
    framing = (left.get("transfer-encoding"), right.get("transfer-encoding"))
    if framing[0] != framing[1] and {framing[0], framing[1]} == {None, "chunked"}:
        # One side frames the body with chunked transfer coding, the other with a Content-Length
        # (checked against its own body next, or left to the transport): the same content.
        left.pop("transfer-encoding", None)
        right.pop("transfer-encoding", None)
        used["message-framing"] += 1
    lengths = (left.pop("content-length", None), right.pop("content-length", None))
    if lengths[0] != lengths[1]:
        used["content-length"] += 1
        for label, length, record in (("botocore", lengths[0], theirs), ("ours", lengths[1], ours)):
            if length is not None and length != str(record.raw_length):
                diffs.append(Difference("content-length", label, f"{label} says {length} for a body of {record.raw_length} bytes"))
    if small_upload_without_expect(theirs, ours, operation_model):
        left.pop("expect")
        used["s3-expect-continue"] += 1
    for name in sorted(set(left) | set(right)):
        a, b = left.get(name), right.get(name)
        if name in VOLATILE_HEADERS:
            if (a is None) != (b is None):
                kind = "header-missing-ours" if b is None else "header-extra-ours"
                diffs.append(Difference(kind, name, f"botocore {short(a)}, ours {short(b)}"))
            elif name == "x-amz-date" and not AMZ_DATE_RE.fullmatch(b or ""):
                diffs.append(Difference("header-value", name, f"ours {short(b)} is not YYYYMMDDTHHMMSSZ"))
            elif name == "amz-sdk-invocation-id" and not UUID_RE.fullmatch(b or ""):
                diffs.append(Difference("header-value", name, f"ours {short(b)} is not a UUID"))
            used["volatile-headers"] += 1
            continue
        if a == b:
            continue
        if name in lists and a is not None and b is not None and header_list(a) == header_list(b):
            used["header-lists"] += 1
            continue
        if name in json_valued and a is not None and b is not None and same_json_header(a, b):
            used["json-headers"] += 1
            continue
        if b is None:
            diffs.append(Difference("header-missing-ours", name, f"botocore {short(a)}"))
        elif a is None:
            diffs.append(Difference("header-extra-ours", name, f"ours {short(b)}"))
        else:
            diffs.append(Difference("header-value", name, f"botocore {short(a)}, ours {short(b)}"))
    return diffs


# Signatures ------------------------------------------------------------------------------------

def compare_sigv2(theirs, ours, used):
    """SigV2 (SimpleDB): each side's `Signature` verified over its own request and its `Timestamp`
    checked for format; then both values are masked so the rest of the parameters compare exactly."""
    results = {label: sigv2_check.check(side.method, side.url, side.body, SECRET_KEY)
               for label, side in (("botocore", theirs), ("ours", ours))}
    if results["botocore"] is None and results["ours"] is None:
        return []
    diffs = []
    if (results["botocore"] is None) != (results["ours"] is None):
        diffs.append(Difference("signing", "sigv2", "botocore " + ("SigV2" if results["botocore"] is not None else "not SigV2")
                                + ", ours " + ("SigV2" if results["ours"] is not None else "not SigV2")))
    for label, side in (("botocore", theirs), ("ours", ours)):
        if results[label] is None:
            continue
        for problem in results[label]:
            diffs.append(Difference(f"signature-invalid-{label}", "sigv2: " + problem, side.url))
        side.body = sigv2_check.mask_volatile(side.body)
        side.query = sigv2_check.mask_volatile(side.query.encode("latin-1", "replace")).decode("latin-1")
    used["sigv2-signature"] += 1
    return diffs


def compare_signatures(theirs, ours):
    diffs = []
    auth_a, auth_b = theirs.headers.get("authorization"), ours.headers.get("authorization")
    if auth_a is None or auth_b is None:
        if (auth_a is None) != (auth_b is None):
            diffs.append(Difference("signing", "signed" if auth_b else "unsigned",
                                    "botocore " + ("unsigned" if auth_a is None else "signed") + ", ours " +
                                    ("unsigned" if auth_b is None else "signed")))
        return diffs
    rules = {}
    for label, side in (("botocore", theirs), ("ours", ours)):
        record = {"method": side.method, "url": side.url, "headers": side.raw_headers}
        problems, rules[label] = sigv4_check.check(record, side.body, SECRET_KEY)
        for problem in problems:
            kind = "signature-invalid-ours" if label == "ours" else "signature-invalid-botocore"
            diffs.append(Difference(kind, problem, side.url))
    if rules["botocore"] and rules["ours"] and rules["botocore"] != rules["ours"]:
        diffs.append(Difference("signature-rule", "header whitespace",
                                f"botocore signs with {rules['botocore']}, ours with {rules['ours']}"))
    try:
        a, b = sigv4_check.Authorization(auth_a), sigv4_check.Authorization(auth_b)
    except ValueError:
        return diffs
    if (a.service, a.region) != (b.service, b.region):
        diffs.append(Difference("credential-scope", "", f"botocore {a.region}/{a.service}, ours {b.region}/{b.service}"))
    if a.access_key != b.access_key:
        diffs.append(Difference("credential-scope", "access key", f"botocore {a.access_key}, ours {b.access_key}"))
    only_a = sorted(set(a.signed_headers) - set(b.signed_headers))
    only_b = sorted(set(b.signed_headers) - set(a.signed_headers))
    for name in only_a:
        diffs.append(Difference("signed-header-missing-ours", name, "signed by botocore only"))
    for name in only_b:
        diffs.append(Difference("signed-header-extra-ours", name, "signed by ours only"))
    return diffs
