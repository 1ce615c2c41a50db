"""Strings matching a model's simple `pattern`, drawn from Python's regex parser.

Handles literals, classes, ranges, repeats, groups, alternation and the \\d \\w \\s categories;
anything else (Java's \\p{...}, back references) returns None and the caller falls back to
letters and digits. A result is checked against the pattern and the length bounds.
"""
import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse


def pattern_string(pattern, rng, minimum, maximum, attempts=5):
    """A string matching `pattern` (Python's regex dialect), within the length bounds, or None."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, Exception):
        return None
    for _ in range(attempts):
        out = []
        try:
            _emit(parsed, rng, out)
        except _Unsupported:
            return None
        text = "".join(out)
        if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
            return None  # a pattern over UTF-16 code units: its surrogates are not text
        if minimum <= len(text) <= maximum and compiled.search(text):
            return text
    return None


class _Unsupported(Exception):
    pass


_PRINTABLE = [chr(c) for c in range(0x21, 0x7F)]


def _emit(items, rng, out):
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append(rng.choice([c for c in "abcxyz019" if ord(c) != arg]))
        elif name == "ANY":
            out.append(rng.choice("abcdefxyz0123"))
        elif name == "IN":
            out.append(_pick_from_class(arg, rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            high = low + 4 if high > low + 4 else high  # MAXREPEAT is huge
            for _ in range(rng.randint(low, max(low, high))):
                _emit(sub, rng, out)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            _emit(arg[-1], rng, out)
        elif name == "BRANCH":
            _emit(rng.choice(arg[1]), rng, out)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        elif name == "CATEGORY":
            out.append(_category(arg, rng))
        else:
            raise _Unsupported(name)


def _category(category, rng):
    name = str(category)
    if name.endswith("NOT_DIGIT"):
        return rng.choice("abcXYZ")
    if name.endswith("DIGIT"):
        return rng.choice("0123456789")
    if name.endswith("NOT_WORD"):
        return rng.choice("-.")
    if name.endswith("WORD"):
        return rng.choice("abcXYZ012_")
    if name.endswith("NOT_SPACE"):
        return rng.choice("abc")
    if name.endswith("SPACE"):
        return " "
    raise _Unsupported(name)


def _pick_from_class(items, rng):
    negate = any(str(op) == "NEGATE" for op, _ in items)
    if negate:
        candidates = [c for c in "abcxyz0189-_" if not _class_contains(items, c)]
        if not candidates:
            raise _Unsupported("NEGATE")
        return rng.choice(candidates)
    choices = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            choices.append(chr(arg))
        elif name == "RANGE":
            low, high = arg
            printable = [c for c in _PRINTABLE if low <= ord(c) <= high]
            choices.extend(printable or [chr(low)])
        elif name == "CATEGORY":
            choices.append(_category(arg, rng))
    if not choices:
        raise _Unsupported("empty class")
    return rng.choice(choices)


def _class_contains(items, char):
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and chr(arg) == char:
            return True
        if name == "RANGE" and arg[0] <= ord(char) <= arg[1]:
            return True
        if name == "CATEGORY" and re.fullmatch({"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
                                               .get(str(arg).split(".")[-1], r"(?!)"), char):
            return True
    return False
