"""A small CBOR (RFC 8949) decoder for comparing request bodies as trees.

It hides nothing that changes the value a service reads: floats keep their width
(`Float(value, bits)`), tags stay (`Tagged(tag, value)`), indefinite-length strings are
joined (their chunking is framing, not value), `undefined` is its own value. Map key order is
kept in a list of pairs; the comparison decides what order means.
"""
import math
import struct


class CBORError(ValueError):
    pass


class Float:
    __slots__ = ("value", "bits")

    def __init__(self, value, bits):
        self.value = value
        self.bits = bits

    def __repr__(self):
        return f"float{self.bits}({self.value!r})"


class Tagged:
    __slots__ = ("tag", "value")

    def __init__(self, tag, value):
        self.tag = tag
        self.value = value

    def __repr__(self):
        return f"tag{self.tag}({self.value!r})"


class Map:
    """A CBOR map: its (key, value) pairs in encoded order."""
    __slots__ = ("pairs",)

    def __init__(self, pairs):
        self.pairs = pairs

    def __repr__(self):
        return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in self.pairs) + "}"


UNDEFINED = object()
_BREAK = object()


def decode(data):
    """Decodes one CBOR item that must fill `data`."""
    value, end = _item(data, 0)
    if value is _BREAK:
        raise CBORError("unexpected break")
    if end != len(data):
        raise CBORError(f"{len(data) - end} bytes after the item")
    return value


def _need(data, offset, count):
    if offset + count > len(data):
        raise CBORError("truncated")


def _argument(data, offset, info):
    if info < 24:
        return info, offset
    sizes = {24: 1, 25: 2, 26: 4, 27: 8}
    if info not in sizes:
        raise CBORError(f"reserved additional information {info}")
    size = sizes[info]
    _need(data, offset, size)
    return int.from_bytes(data[offset:offset + size], "big"), offset + size


def _item(data, offset):
    _need(data, offset, 1)
    initial = data[offset]
    offset += 1
    major, info = initial >> 5, initial & 0x1F
    if major == 7:
        return _simple(data, offset, info)
    if info == 31:
        return _indefinite(data, offset, major)
    argument, offset = _argument(data, offset, info)
    if major == 0:
        return argument, offset
    if major == 1:
        return -1 - argument, offset
    if major in (2, 3):
        _need(data, offset, argument)
        raw = bytes(data[offset:offset + argument])
        return (raw if major == 2 else raw.decode("utf-8")), offset + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, offset = _item(data, offset)
            items.append(item)
        return items, offset
    if major == 5:
        pairs = []
        for _ in range(argument):
            key, offset = _item(data, offset)
            value, offset = _item(data, offset)
            pairs.append((key, value))
        return Map(pairs), offset
    value, offset = _item(data, offset)  # major 6
    return Tagged(argument, value), offset


def _indefinite(data, offset, major):
    if major in (2, 3):
        chunks = []
        while True:
            chunk, offset = _item(data, offset)
            if chunk is _BREAK:
                break
            chunks.append(chunk)
        return (b"".join(chunks) if major == 2 else "".join(chunks)), offset
    if major == 4:
        items = []
        while True:
            item, offset = _item(data, offset)
            if item is _BREAK:
                return items, offset
            items.append(item)
    if major == 5:
        pairs = []
        while True:
            key, offset = _item(data, offset)
            if key is _BREAK:
                return Map(pairs), offset
            value, offset = _item(data, offset)
            pairs.append((key, value))
    raise CBORError(f"indefinite length for major type {major}")


def _simple(data, offset, info):
    if info == 20:
        return False, offset
    if info == 21:
        return True, offset
    if info == 22:
        return None, offset
    if info == 23:
        return UNDEFINED, offset
    if info == 31:
        return _BREAK, offset
    if info == 25:
        _need(data, offset, 2)
        return Float(struct.unpack(">e", data[offset:offset + 2])[0], 16), offset + 2
    if info == 26:
        _need(data, offset, 4)
        return Float(struct.unpack(">f", data[offset:offset + 4])[0], 32), offset + 4
    if info == 27:
        _need(data, offset, 8)
        return Float(struct.unpack(">d", data[offset:offset + 8])[0], 64), offset + 8
    raise CBORError(f"unsupported simple value {info}")


def same_float(a, b):
    """Equal values (NaN equals NaN, and the sign of zero counts)."""
    if math.isnan(a) and math.isnan(b):
        return True
    return a == b and math.copysign(1, a) == math.copysign(1, b)
