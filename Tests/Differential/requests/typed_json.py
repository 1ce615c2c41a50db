"""The JSON encoding of parameters both sides read (aws-conformance requests decodes the same).

Plain JSON for strings, booleans, null, lists and maps; integers as JSON integers and floats
always with a fraction or exponent (Python's repr: the shortest text that reads back to the same
double), so a float never turns into an integer. Two wrappers, objects with exactly one `$` key:
  {"$blob": "<base64>"}                 bytes
  {"$timestamp": "<ISO 8601>", "epochMicros": N}
                                        an aware UTC datetime; N (integer microseconds since 1970)
                                        is what the Swift side reads, the text is for people
Generated map keys never start with `$`, so the wrappers are unambiguous.
"""
import base64
import datetime
import math

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def encode(value):
    if isinstance(value, (bytes, bytearray)):
        return {"$blob": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, datetime.datetime):
        delta = value - EPOCH
        micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
        return {"$timestamp": value.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "epochMicros": micros}
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("non-finite floats have no JSON form here")
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    return value


def decode(value):
    if isinstance(value, dict):
        if "$blob" in value and len(value) == 1:
            return base64.b64decode(value["$blob"])
        if "$timestamp" in value:
            micros = value["epochMicros"]
            return EPOCH + datetime.timedelta(microseconds=micros)
        return {key: decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode(item) for item in value]
    return value
