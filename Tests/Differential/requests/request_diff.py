"""Protocol-aware differences between botocore's request and this SDK's for one case.

`differences(case, ours, theirs, operation_model)` returns a list of `Difference`s, each with a
`kind` (what differs, generic enough to group cases: "header-missing-ours", "json-value", ...),
a `key` (which header, query name or body path) and a `detail` (both values). Normalizations
applied before comparing are listed in README.md; each has a name in NORMALIZATIONS and the
comparison counts how often each one changed something.
"""
import base64
import gzip
import json
import math
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from urllib.parse import unquote_to_bytes, urlsplit

import cbor_tree
import sigv4_check

SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
AMZ_DATE_RE = re.compile(r"\d{8}T\d{6}Z")
TOKEN_PLACEHOLDER = "<idempotency-token>"

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
    "host-header": "a Host header equal to the URL's authority dropped (botocore leaves Host to the HTTP layer)",
    "content-length": "Content-Length checked against the side's own body (a missing one is the transport's to write); the bodies are compared on their own",
    "empty-path": "an empty path is \"/\" (RFC 3986 6.2.3: HTTP clients send \"/\" for it, and SigV4 signs \"/\")",
    "json-headers": "JSON-value headers compared as the JSON their base64 holds (botocore escapes non-ASCII as \\uXXXX, this SDK writes UTF-8: the same JSON)",
    "header-lists": "list-valued headers compared element-wise, splitting on commas outside quotes (\"a,b\" and \"a, b\" are one list, RFC 9110 5.6.1)",
    "path-unreserved": "percent-encoded unreserved characters decoded and hex digits upper-cased in the path (RFC 3986 6.2.2)",
    "query-multimap": "query strings compared as multimaps of decoded names and values; `n` and `n=` both an empty value",
    "idempotency-token": "an auto-filled idempotency token (a UUID on both sides) replaced by a placeholder",
    "gzip-body": "a gzip-encoded body compared after decompression (the encoding itself is compared as a header)",
    "aws-chunked-body": "an aws-chunked body compared as its payload and trailer (the framing itself is compared as headers)",
}


class Difference:
    __slots__ = ("kind", "key", "detail")

    def __init__(self, kind, key, detail):
        self.kind = kind
        self.key = key
        self.detail = detail

    def __repr__(self):
        return f"{self.kind}[{self.key}]: {self.detail}"


def short(value, limit=160):
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


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


def compare_headers(theirs, ours, operation_model, used):
    left, right = dict(theirs.headers), dict(ours.headers)
    lists = list_headers(operation_model)
    json_valued = json_headers(operation_model)
    for side in (left, right):
        host = side.get("host")
        if host is not None:
            side.pop("host")
            used["host-header"] += 1
    diffs = []
    lengths = (left.pop("content-length", None), right.pop("content-length", None))
    if lengths[0] != lengths[1]:
        used["content-length"] += 1
        for label, length, record in (("botocore", lengths[0], theirs), ("ours", lengths[1], ours)):
            if length is not None and length != str(record.raw_length):
                diffs.append(Difference("content-length", label, f"{label} says {length} for a body of {record.raw_length} bytes"))
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


# Bodies ----------------------------------------------------------------------------------------

def body_kind(operation_model):
    """How a request body of this operation reads: form, json, xml, cbor or raw."""
    protocol = operation_model.service_model.resolved_protocol
    if protocol in ("query", "ec2"):
        return "form"
    if protocol == "smithy-rpc-v2-cbor":
        return "cbor"
    if protocol == "json":
        return "json"
    input_shape = operation_model.input_shape
    payload = input_shape.serialization.get("payload") if input_shape is not None else None
    if payload:
        member = input_shape.members[payload]
        if member.type_name in ("blob", "string"):
            return "raw"
    return "xml" if protocol == "rest-xml" else "json"


def decoded_body(side, used):
    body = side.body
    if "gzip" in side.headers.get("content-encoding", ""):
        try:
            body = gzip.decompress(body)
            used["gzip-body"] += 1
        except OSError:
            pass
    if "aws-chunked" in side.headers.get("content-encoding", ""):
        unchunked = aws_unchunk(body)
        if unchunked is not None:
            body, trailer = unchunked
            used["aws-chunked-body"] += 1
            return body, trailer
    return body, None


def aws_unchunk(data):
    """The payload and trailer lines of an aws-chunked body, or None when it is not one."""
    payload, offset, trailer = bytearray(), 0, []
    while True:
        end = data.find(b"\r\n", offset)
        if end < 0:
            return None
        size_text = data[offset:end].split(b";")[0]
        try:
            size = int(size_text, 16)
        except ValueError:
            return None
        offset = end + 2
        if size == 0:
            break
        payload += data[offset:offset + size]
        offset += size + 2
    for line in data[offset:].split(b"\r\n"):
        if line and not line.lower().startswith(b"x-amz-trailer-signature"):
            trailer.append(line.decode("latin-1"))
    return bytes(payload), sorted(trailer)


def compare_bodies(theirs, ours, operation_model, used):
    a, trailer_a = decoded_body(theirs, used)
    b, trailer_b = decoded_body(ours, used)
    diffs = []
    if trailer_a != trailer_b:
        diffs.append(Difference("body-trailer", "", f"botocore {trailer_a}, ours {trailer_b}"))
    if a == b:
        return diffs
    if not a or not b:
        diffs.append(Difference("body-empty", "botocore" if not a else "ours",
                                f"botocore {short(a)}, ours {short(b)}"))
        return diffs
    kind = body_kind(operation_model)
    try:
        if kind == "form":
            return diffs + compare_form(a, b)
        if kind == "json":
            return diffs + compare_trees(json.loads(a), json.loads(b), "$", "json")
        if kind == "cbor":
            left = cbor_tokens(cbor_tree.decode(a), theirs.tokens)
            right = cbor_tokens(cbor_tree.decode(b), ours.tokens)
            return diffs + compare_trees(left, right, "$", "cbor")
        if kind == "xml":
            return diffs + compare_xml(ElementTree.fromstring(a), ElementTree.fromstring(b), "")
    except ValueError as error:  # json.JSONDecodeError, CBORError and ParseError are ValueErrors
        return diffs + [Difference("body-unreadable", kind, f"{error}; botocore {short(a)}, ours {short(b)}")]
    except ElementTree.ParseError as error:
        return diffs + [Difference("body-unreadable", kind, f"{error}; botocore {short(a)}, ours {short(b)}")]
    return diffs + [Difference("body-bytes", kind, f"botocore {short(a)}, ours {short(b)}")]


def cbor_tokens(value, tokens):
    """The CBOR tree with text equal to a generated token replaced by the placeholder."""
    if not tokens:
        return value
    if isinstance(value, str):
        return TOKEN_PLACEHOLDER if value in tokens else value
    if isinstance(value, list):
        return [cbor_tokens(item, tokens) for item in value]
    if isinstance(value, cbor_tree.Map):
        return cbor_tree.Map([(key, cbor_tokens(item, tokens)) for key, item in value.pairs])
    if isinstance(value, cbor_tree.Tagged):
        return cbor_tree.Tagged(value.tag, cbor_tokens(value.value, tokens))
    return value


def form_multimap(body):
    result = {}
    for part in body.split(b"&"):
        name, _, value = part.partition(b"=")
        key = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8", "replace")
        result.setdefault(key, []).append(unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8", "replace"))
    return result


def compare_form(a, b):
    left, right = form_multimap(a), form_multimap(b)
    diffs = []
    for name in sorted(set(left) | set(right)):
        x, y = left.get(name), right.get(name)
        if x == y:
            continue
        if y is None:
            diffs.append(Difference("form-missing-ours", generic_path(name), f"{name}: botocore {short(x)}"))
        elif x is None:
            diffs.append(Difference("form-extra-ours", generic_path(name), f"{name}: ours {short(y)}"))
        else:
            diffs.append(Difference("form-value", generic_path(name), f"{name}: botocore {short(x)}, ours {short(y)}"))
    return diffs


def generic_path(path):
    """A body path with list indexes and map keys dropped, to group cases."""
    return re.sub(r"\.\d+(?=\.|$)", ".N", path)


def _type_name(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, (float, cbor_tree.Float)):
        return "float"
    if isinstance(value, (dict, cbor_tree.Map)):
        return "map"
    return type(value).__name__


def compare_trees(a, b, path, family):
    """JSON (numbers by value) and CBOR (floats by value and width, tags kept) trees."""
    if isinstance(a, cbor_tree.Map):
        a = dict(a.pairs)
    if isinstance(b, cbor_tree.Map):
        b = dict(b.pairs)
    if isinstance(a, dict) and isinstance(b, dict):
        diffs = []
        for key in list(a) + [k for k in b if k not in a]:
            child = f"{path}.{key}"
            if key not in b:
                diffs.append(Difference(f"{family}-missing-ours", generic_key(child), f"{child}: botocore {short(a[key])}"))
            elif key not in a:
                diffs.append(Difference(f"{family}-extra-ours", generic_key(child), f"{child}: ours {short(b[key])}"))
            else:
                diffs += compare_trees(a[key], b[key], child, family)
        return diffs
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [Difference(f"{family}-list-length", generic_key(path), f"{path}: botocore {short(a)}, ours {short(b)}")]
        diffs = []
        for index, (x, y) in enumerate(zip(a, b)):
            diffs += compare_trees(x, y, f"{path}[{index}]", family)
        return diffs
    if isinstance(a, cbor_tree.Tagged) or isinstance(b, cbor_tree.Tagged):
        if not (isinstance(a, cbor_tree.Tagged) and isinstance(b, cbor_tree.Tagged)) or a.tag != b.tag:
            return [Difference(f"{family}-value", generic_key(path), f"{path}: botocore {short(a)}, ours {short(b)}")]
        return compare_trees(a.value, b.value, path, family)
    if isinstance(a, cbor_tree.Float) and isinstance(b, cbor_tree.Float):
        if a.bits != b.bits:
            return [Difference(f"{family}-float-width", generic_key(path), f"{path}: botocore {a!r}, ours {b!r}")]
        if cbor_tree.same_float(a.value, b.value):
            return []
    elif _type_name(a) != _type_name(b):
        if family == "json" and _type_name(a) in ("int", "float") and _type_name(b) in ("int", "float") and a == b:
            # Numbers compare by value, but an integer written as `1.0` (or a float as `1`) is a
            # difference in the text a strict parser reads: reported on its own.
            return [Difference("json-number-form", generic_key(path), f"{path}: botocore {a!r}, ours {b!r}")]
        return [Difference(f"{family}-type", generic_key(path), f"{path}: botocore {short(a)}, ours {short(b)}")]
    elif isinstance(a, float):
        if cbor_tree.same_float(a, b):
            return []
    elif a == b:
        return []
    return [Difference(f"{family}-value", generic_key(path), f"{path}: botocore {short(a)}, ours {short(b)}")]


def generic_key(path):
    return re.sub(r"\[\d+\]", "[]", path)


def compare_xml(a, b, path):
    """XML trees: names with namespaces, attributes, text; children of one name in order."""
    here = f"{path}/{a.tag}"
    diffs = []
    if a.tag != b.tag:
        return [Difference("xml-name", generic_key(here), f"botocore {a.tag}, ours {b.tag}")]
    if a.attrib != b.attrib:
        diffs.append(Difference("xml-attributes", generic_key(here), f"botocore {a.attrib}, ours {b.attrib}"))
    if (a.text or "") != (b.text or ""):
        if len(a) == 0 and len(b) == 0 or (a.text or "").strip() or (b.text or "").strip():
            diffs.append(Difference("xml-text", generic_key(here), f"{here}: botocore {short(a.text)}, ours {short(b.text)}"))
    names = list(dict.fromkeys([child.tag for child in a] + [child.tag for child in b]))
    for name in names:
        x = [child for child in a if child.tag == name]
        y = [child for child in b if child.tag == name]
        if not y:
            diffs.append(Difference("xml-missing-ours", generic_key(f"{here}/{name}"), f"{here}/{name}"))
        elif not x:
            diffs.append(Difference("xml-extra-ours", generic_key(f"{here}/{name}"), f"{here}/{name}"))
        elif len(x) != len(y):
            diffs.append(Difference("xml-count", generic_key(f"{here}/{name}"), f"{here}/{name}: botocore {len(x)}, ours {len(y)}"))
        else:
            for index, (left, right) in enumerate(zip(x, y)):
                diffs += compare_xml(left, right, here + (f"[{index}]" if len(x) > 1 else ""))
    return diffs


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
