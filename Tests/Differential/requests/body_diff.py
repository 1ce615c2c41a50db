"""Request bodies compared as the protocol reads them: form multimaps, JSON, CBOR and XML trees,
raw bytes for blob and string payloads, after undoing gzip and aws-chunked encodings.
Part of request_diff (README.md: what each comparison hides, and why that is sound).
"""
import gzip
import json
import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import unquote_to_bytes

import cbor_tree
import presigned_url_diff
from differences import SECRET_KEY, TOKEN_PLACEHOLDER, Difference, short


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


def aws_chunk_sizes(data):
    """The chunk sizes of an aws-chunked body, in order (the final 0 included); None when it is not one."""
    sizes, offset = [], 0
    while True:
        end = data.find(b"\r\n", offset)
        if end < 0:
            return None
        try:
            size = int(data[offset:end].split(b";")[0], 16)
        except ValueError:
            return None
        sizes.append(size)
        if size == 0:
            return sizes
        offset = end + 2 + size + 2


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
    if trailer_a is not None and trailer_b is not None:
        # The payload and trailer compare below; the chunking must be the same too.
        sizes_a, sizes_b = aws_chunk_sizes(theirs.body), aws_chunk_sizes(ours.body)
        if sizes_a != sizes_b:
            diffs.append(Difference("aws-chunked-framing", "", f"chunk sizes: botocore {short(sizes_a)}, ours {short(sizes_b)}"))
    if a == b:
        return diffs
    if not a or not b:
        diffs.append(Difference("body-empty", "botocore" if not a else "ours",
                                f"botocore {short(a)}, ours {short(b)}"))
        return diffs
    kind = body_kind(operation_model)
    try:
        if kind == "form":
            return diffs + compare_form(a, b, used)
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


def compare_form(a, b, used=None):
    left, right = form_multimap(a), form_multimap(b)
    diffs = []
    for name in sorted(set(left) | set(right)):
        x, y = left.get(name), right.get(name)
        if x == y:
            continue
        if name in presigned_url_diff.PRESIGNED_URL_MEMBERS and x and y and len(x) == len(y) == 1:
            diffs += presigned_url_diff.compare(name, x[0], y[0], SECRET_KEY)
            if used is not None:
                used["presigned-url"] += 1
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
