"""Seeded random inputs for an operation, drawn from its botocore input shape.

Three modes:
  required  required members only, recursively
  full      every member, recursively (bounded depth, lists of 1-3, maps of 1-2), honouring
            min/max lengths, enums and simple patterns
  edge      every member, with edge values: special and non-ASCII characters, empty strings,
            lists and maps where the model's min allows, extreme numbers, odd timestamps,
            arbitrary bytes

Values the endpoint rules or host prefixes read (context parameters, host labels) are always
plausible (a bucket name, an account id, an ARN): botocore rejects or reroutes anything else
before a request exists, and this test is about the request.

Python stdlib and botocore only.
"""
import datetime
import json
import re
import unicodedata

from pattern_strings import pattern_string

MODES = ("required", "full", "edge")
MAX_OPTIONAL_DEPTH = 4
MAX_DEPTH = 12

# Strings for `edge`: URI/query/form reserved characters, percent signs that must not be
# decoded, non-ASCII (composed, combining, astral, emoji with modifier), whitespace.
EDGE_STRINGS = [
    "", " ", "a b", "a/b/../c", "./x", "a?b=c&d=e", "100% +1", "~tilde~", "a+b=c", "%2F", "%41",
    ":@!$'()*,;", "[]{}|\\^`", "#frag", "'\"<>&", "\u00e9t\u00e9", "e\u0301", "\u2603 snow",
    "\U0001d11e\U0001d11e", "\U0001f44d\U0001f3fd", "\u4e2d\u6587", "\u00a0nbsp", "*", "a//b",
    "  lead", "trail  ", "tab\there", "line\nbreak", "cr\rlf", "-", "_", ".", "..", "/lead/slash",
]
# Header values cannot carry control characters (RFC 9110): neither SDK guards them, the
# HTTP layer rejects them, so `edge` leaves them out of headers.
CONTROL = re.compile(r"[\x00-\x1f\x7f]")

INT_EDGES = [0, -1, 1, 2**31 - 1, -(2**31), 255, 1000]
LONG_EDGES = [0, -1, 2**63 - 1, -(2**63), 2**53 + 1, -(2**53) - 1, 2**32]
DOUBLE_EDGES = [0.0, -0.0, 1.0, -2.5, 0.1, 0.30000000000000004, 1e16, 1.5e300, -1.7976931348623157e308,
                5e-324, 1e-7, 123456789.125, 2.0**53, 1e21, 3.4028234663852886e38]
FLOAT_EDGES = [0.0, -0.0, 1.0, -2.5, 0.5, 0.1, 1e16, 3.4028234663852886e38, 1.401298464324817e-45, 1e-7, 65504.0]

UTC = datetime.timezone.utc
# Odd timestamps: before 1970, the 2038 boundary, far future, fractions of a second. Fractions
# are exact in the SDK's Date (a Double of seconds): microseconds only near the present, binary
# fractions far from it. Years before 1000 are left out: botocore formats them with strftime,
# whose %Y is unpadded on glibc ("1-01-01T..."), so its output depends on the platform.
EDGE_TIMESTAMPS = [
    datetime.datetime(1970, 1, 1, tzinfo=UTC),
    datetime.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
    datetime.datetime(1900, 1, 1, tzinfo=UTC),
    datetime.datetime(1000, 1, 1, 0, 0, 0, 250000, tzinfo=UTC),
    datetime.datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
    datetime.datetime(9999, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
    datetime.datetime(2020, 2, 29, 12, 34, 56, 123456, tzinfo=UTC),
    datetime.datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime.datetime(2020, 1, 1, 0, 0, 0, 999999, tzinfo=UTC),
    datetime.datetime(2001, 1, 1, 0, 0, 0, 1000, tzinfo=UTC),
    datetime.datetime(2024, 6, 30, 23, 59, 59, 999000, tzinfo=UTC),
]

# Other forms botocore documents for a timestamp parameter (parse_to_aware_datetime): epoch
# seconds as a number or a string of digits, ISO 8601 (date only, naive as UTC, offsets,
# fractions), RFC 822. `edge` uses them a third of the time.
ALTERNATE_TIMESTAMPS = [
    1577836800, 1577836800.5, -1, "1577836800", "2020-01-01T00:00:00Z", "2020-01-01T01:30:00+01:30",
    "2020-01-01T00:00:00.5Z", "2020-01-01", "2020-01-01T12:00:00", "Wed, 01 Jan 2020 00:00:00 GMT",
]
# Other forms botocore accepts: a string for a blob (its UTF-8 bytes), an int for a float.
ALTERNATE_BLOBS = ["", "text \u2603", "a+b/c="]
ALTERNATE_FLOATS = [0, -1, 3, 2**53, 2**63 - 1]  # within Int64: a Document holds Int

ACCOUNT_ID = "123456789012"
SUPPORTED_CHECKSUMS = {"CRC32", "SHA1", "SHA256"}
# Members whose value botocore's handlers read as something specific: anything else makes
# botocore fail in the handler (machinelearning's PredictEndpoint becomes the request's host).
FIXED_VALUES = {
    ("machinelearning", "PredictEndpoint"): "https://realtime.machinelearning.us-east-1.amazonaws.com",
}


def swift_order(text):
    """Swift's String ordering: code points after canonical (NFC) normalization."""
    return unicodedata.normalize("NFC", text)


class GenerationError(Exception):
    """The shape cannot be filled (a required member recursing without end)."""


class InputGenerator:
    """Draws parameters for one operation in one mode from a seeded `random.Random`."""

    def __init__(self, rng, mode, operation_model, region, partition="aws"):
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        self.rng = rng
        self.mode = mode
        self.operation = operation_model
        self.region = region
        self.partition = partition
        self.context_members = {p.member_name: p.name for p in operation_model.context_parameters}
        # Request compression (gzip above a minimum size, 10240 bytes by default): `edge` makes one
        # body string of an operation that has it long enough to be compressed.
        self.large_string = mode == "edge" and operation_model.request_compression is not None
        checksum = operation_model.http_checksum or {}
        self.checksum_member = checksum.get("requestAlgorithmMember")
        self.bucket = "bucket-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))

    def parameters(self):
        shape = self.operation.input_shape
        if shape is None:
            return {}
        params = self._structure(shape, depth=0, stack=(), top=True)
        return params

    # Structures, lists, maps ------------------------------------------------------------------

    def _structure(self, shape, depth, stack, top=False, in_header=False):
        if shape.is_document_type:
            return self._document(depth)
        if depth > MAX_DEPTH or stack.count(shape.name) > 2:
            raise GenerationError(f"required members of {shape.name} recurse past depth {MAX_DEPTH}")
        recursing = shape.name in stack or depth >= MAX_OPTIONAL_DEPTH
        stack = stack + (shape.name,)
        required = shape.required_members
        members = shape.members
        if shape.is_tagged_union:
            names = list(members)
            if recursing:  # a member that does not lead back ends the recursion (And/Or of filters)
                names = [n for n in names if not _leads_back(members[n], stack)] or names
            name = self.rng.choice(names) if self.mode != "required" or recursing else names[0]
            return {name: self._value(members[name], name, depth + 1, stack)}
        optional_allowed = self.mode != "required" and depth < MAX_OPTIONAL_DEPTH and stack.count(shape.name) == 1
        result = {}
        for name, member in members.items():
            if name not in required and not optional_allowed:
                continue
            if top and member.serialization.get("eventstream"):
                if name not in required:
                    continue
            if top and member.metadata.get("idempotencyToken") and name not in required and self.mode == "required":
                continue  # left to each SDK's generator: compared as "both a fresh UUID"
            if (member.serialization.get("name", "").lower() == "content-length" and name not in required
                    and member.serialization.get("location") == "header"):
                continue  # the body's length: any other value is a broken request on both sides
            result[name] = self._value(member, name, depth + 1, stack, top=top)
        return result

    def _value(self, shape, name, depth, stack, top=False, in_header=False):
        kind = shape.type_name
        location = shape.serialization.get("location")
        in_header = in_header or location in ("header", "headers")
        if top and name in self.context_members and kind == "string":
            return self._context_value(self.context_members[name], shape)
        if top and shape.serialization.get("hostLabel"):
            return self._host_label(shape)
        fixed = FIXED_VALUES.get((self.operation.service_model.service_name, name)) if top else None
        if fixed is not None:
            return fixed
        if top and name == "CopySource" and self.operation.service_model.service_name == "s3":
            return "source-bucket/" + self._string(shape, in_header=False)
        if top and name == self.checksum_member:
            # botocore computes only these without awscrt; others raise before sending.
            usable = [v for v in shape.metadata.get("enum", []) if v in SUPPORTED_CHECKSUMS]
            return self.rng.choice(usable or sorted(SUPPORTED_CHECKSUMS))
        if top and shape.metadata.get("idempotencyToken"):
            minimum = int(shape.metadata.get("min", 0))
            maximum = int(shape.metadata.get("max", 64))
            token = "tok-" + "".join(self.rng.choice("0123456789abcdef") for _ in range(max(28, minimum - 4)))
            return token[:max(minimum, min(maximum, len(token)))]
        if kind == "structure":
            return self._structure(shape, depth, stack, in_header=in_header)
        if kind == "list":
            return self._list(shape, name, depth, stack, in_header, location)
        if kind == "map":
            return self._map(shape, name, depth, stack, location)
        if kind == "string":
            if shape.serialization.get("jsonvalue"):
                return self._json_value(in_header)
            return self._string(shape, in_header=in_header)
        if kind in ("integer", "long", "short", "byte"):
            return self._integer(shape, kind)
        if kind in ("float", "double"):
            return self._float(shape, kind)
        if kind == "boolean":
            return self.rng.choice([True, False])
        if kind == "timestamp":
            return self._timestamp()
        if kind == "blob":
            return self._blob(shape)
        raise GenerationError(f"unsupported shape type {kind} ({shape.name})")

    def _size(self, shape, low, high):
        minimum = int(shape.metadata.get("min", 0))
        maximum = int(shape.metadata.get("max", high + minimum))
        if self.mode == "required":
            return max(minimum, 1)
        if self.mode == "edge" and minimum == 0 and self.rng.random() < 0.4:
            return 0
        return max(minimum, min(maximum, self.rng.randint(low, high)))

    def _list(self, shape, name, depth, stack, in_header, location):
        member = shape.member
        if member.type_name == "structure" and member.name in stack:
            count = int(shape.metadata.get("min", 0))  # recursion: as few as allowed
        else:
            count = self._size(shape, 1, 3 if depth < 3 else 1)
        values = [self._value(member, name, depth + 1, stack, in_header=in_header) for _ in range(count)]
        if member.type_name == "string" and member.metadata.get("enum") and count > 1:
            values = list(dict.fromkeys(values)) or values  # enum lists are often sets
        return values

    def _map(self, shape, name, depth, stack, location):
        count = self._size(shape, 1, 2 if depth < 3 else 1)
        result = {}
        attempts = 0
        while len(result) < count and attempts < count * 5:
            attempts += 1
            if location == "headers":
                # Header names are tokens: prefixes of user metadata are letters, digits, '-'.
                key = "Meta-" + "".join(self.rng.choice("abcdefghij0123456789") for _ in range(4))
            else:
                key = self._string(shape.key, in_header=False, key=True)
            if key in result:
                continue
            result[key] = self._value(shape.value, name, depth + 1, stack, in_header=location == "headers")
        # botocore serializes a map in the caller's order; this SDK's Document map has no order
        # and its serializers sort the keys as Swift compares Strings (NFC code points).
        return {key: result[key] for key in sorted(result, key=swift_order)}

    # Scalars -----------------------------------------------------------------------------------

    def _string(self, shape, in_header, key=False):
        minimum = int(shape.metadata.get("min", 0))
        maximum = int(shape.metadata.get("max", 1 << 30))
        enum = shape.metadata.get("enum")
        if self.large_string and not in_header and not key and not enum:  # max is not validated
            self.large_string = False
            return "large body \u2603 " * 800  # about 14 KB
        if self.mode == "edge" and not (enum and self.rng.random() < 0.5):
            choices = [s for s in EDGE_STRINGS if not (in_header and CONTROL.search(s))]
            if key:
                choices = [s for s in choices if s]
            text = self.rng.choice(choices)
            text = text + "x" * max(0, minimum - len(text))
            return text[:maximum] if len(text) > maximum else text
        if enum:
            return self.rng.choice(enum)
        pattern = shape.metadata.get("pattern")
        if pattern:
            text = pattern_string(pattern, self.rng, minimum, maximum)
            if text is not None:
                return text
        low = max(minimum, 1)
        high = max(low, min(maximum, low + 12))
        length = low if self.mode == "required" else self.rng.randint(low, high)
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789") for _ in range(length))

    def _integer(self, shape, kind):
        minimum = shape.metadata.get("min")
        maximum = shape.metadata.get("max")
        if self.mode == "edge":
            edges = list(LONG_EDGES if kind == "long" else INT_EDGES)
            edges += [v for v in (minimum, maximum) if v is not None]
            edges = [int(v) for v in edges if (minimum is None or v >= minimum) and -(2**63) <= v < 2**63]
            if edges:
                return self.rng.choice(edges)
        low = int(minimum) if minimum is not None else 0
        high = int(maximum) if maximum is not None else low + 1000
        high = max(low, min(high, low + 100000))
        return self.rng.randint(low, high)

    def _float(self, shape, kind):
        minimum = shape.metadata.get("min")
        if self.mode == "edge" and self.rng.random() < 0.25:
            ints = [v for v in ALTERNATE_FLOATS if minimum is None or v >= minimum]
            if ints:
                return self.rng.choice(ints)
        if self.mode == "edge":
            edges = [v for v in (FLOAT_EDGES if kind == "float" else DOUBLE_EDGES) if minimum is None or v >= minimum]
            if edges:
                return self.rng.choice(edges)
        low = float(minimum) if minimum is not None else 0.0
        maximum = shape.metadata.get("max")
        high = float(maximum) if maximum is not None else low + 1000.0
        # Quarter steps: exact in binary, so a float shape's 32-bit encoding keeps the value.
        return low + round(self.rng.uniform(0, max(0.0, high - low)) * 4) / 4

    def _timestamp(self):
        if self.mode == "edge" and self.rng.random() < 1 / 3:
            return self.rng.choice(ALTERNATE_TIMESTAMPS)
        if self.mode == "edge":
            return self.rng.choice(EDGE_TIMESTAMPS)
        seconds = self.rng.randint(946684800, 1893456000)  # 2000 to 2030, whole seconds
        return datetime.datetime.fromtimestamp(seconds, UTC)

    def _blob(self, shape):
        minimum = int(shape.metadata.get("min", 0))
        if self.mode == "edge" and self.rng.random() < 0.25:
            text = self.rng.choice(ALTERNATE_BLOBS)
            return text + "x" * max(0, minimum - len(text.encode()))
        if self.mode == "edge":
            if minimum == 0 and self.rng.random() < 0.3:
                return b""
            return bytes(range(256)) + b"\x00\xff" * max(0, minimum)
        length = max(minimum, self.rng.randint(1, 16))
        return bytes(self.rng.randrange(256) for _ in range(length))

    def _document(self, depth):
        if self.mode == "required" or depth > 6:
            return {"k": "v"}
        if self.mode == "edge":
            return self.rng.choice([
                {}, [], "", 0, -1.5, True, None, 2**63 - 1,
                {"nested": {"list": [1, 2.5, "three", None, False, {}], "empty": []}, "\u00e9": "\u2603"},
            ])
        return {"name": "value", "count": self.rng.randint(0, 99), "ratio": 0.25, "on": True,
                "items": ["a", 1, None], "inner": {"x": "y"}}

    def _json_value(self, in_header):
        """A JSON-value header takes any JSON value (sent as base64 of its JSON text); a JSON-value
        body member is a string holding JSON text (botocore validates it as a string)."""
        if self.mode == "edge":
            value = self.rng.choice(["", "\u2603 \"quoted\"", {"a": [1, 2.5, None], "\u00e9": True}, [], 0, -1.5])
        else:
            value = {"key": "value", "n": self.rng.randint(0, 9)}
        return value if in_header else json.dumps(value)

    # Values the endpoint rules and host prefixes read ------------------------------------------

    def _context_value(self, parameter, shape):
        if parameter == "Bucket":
            return self.bucket
        if parameter == "AccountId":
            return ACCOUNT_ID
        if parameter in ("Key", "Prefix"):
            return self._string(shape, in_header=False)
        if parameter == "CopySource":
            return "source-bucket/" + self._string(shape, in_header=False)
        if parameter.lower().endswith("arn"):
            return self._arn(parameter)
        pattern = shape.metadata.get("pattern")
        text = pattern_string(pattern, self.rng, int(shape.metadata.get("min", 1)), int(shape.metadata.get("max", 64))) if pattern else None
        return text if text and re.fullmatch(r"[A-Za-z0-9.\-]+", text) else "abc-123"

    def _arn(self, parameter):
        service_model = self.operation.service_model
        namespace = service_model.metadata.get("signingName") or service_model.endpoint_prefix
        if parameter == "KvsARN":  # a CloudFront key value store: global, under cloudfront
            return f"arn:{self.partition}:cloudfront::{ACCOUNT_ID}:key-value-store/kvs-1"
        resource = {"StreamARN": "stream/s1", "ConsumerARN": "stream/s1/consumer/c1:1700000000"}.get(parameter)
        resource = resource or {"kinesis": "stream/s1", "dynamodb": "table/t1"}.get(namespace, "resource/r1")
        return f"arn:{self.partition}:{namespace}:{self.region}:{ACCOUNT_ID}:{resource}"

    def _host_label(self, shape):
        if shape.name.lower().startswith("accountid") or "account" in shape.name.lower():
            return ACCOUNT_ID
        if self.mode == "edge" and self.rng.random() < 0.25:
            return self.rng.choice(["bad label", "a.b", "-lead", "x" * 64, ""])  # both SDKs must refuse these
        return "g-" + "".join(self.rng.choice("abcdefghij0123456789") for _ in range(10))


def _leads_back(shape, stack, depth=0):
    """Whether `shape` can reach a structure already on `stack` (the path being generated)."""
    if depth > 3:
        return True
    if shape.type_name == "structure":
        if shape.name in stack:
            return True
        return any(_leads_back(m, stack, depth + 1) for n, m in shape.members.items()
                   if n in shape.required_members and not shape.is_tagged_union)
    if shape.type_name == "list":
        return _leads_back(shape.member, stack, depth + 1)
    if shape.type_name == "map":
        return _leads_back(shape.value, stack, depth + 1)
    return False
