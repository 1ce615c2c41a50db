"""The value one comparison step reports, shared by request_diff and body_diff."""

TOKEN_PLACEHOLDER = "<idempotency-token>"
# The fake secret key both sides sign with (botocore_requests.CREDENTIALS, aws-conformance requests).
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


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
