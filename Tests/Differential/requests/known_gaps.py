"""Mismatches that are known, named, and owned by someone else: each entry says which botocore
handler (or which defect) is missing on this SDK's side and which area of the SDK owns the fix.

A difference is explained when an entry's `matches` says so; a case whose every difference is
explained counts under those entries, not as a mismatch. The comparison prints how many cases
each entry covered, so that an entry whose count drops to 0 once its fix lands can be deleted.
Keep entries narrow: match the header, query name or body path the handler touches, and only
for the services or operations it applies to.
"""


class Context:
    """What a matcher may look at besides the difference."""

    def __init__(self, case, operation_model, theirs, ours):
        self.case = case
        self.operation = operation_model
        self.service = case["service"]
        self.theirs = theirs
        self.ours = ours


class KnownGap:
    def __init__(self, name, owner, description, matches):
        self.name = name
        self.owner = owner
        self.description = description
        self.matches = matches


HEADER_EXTRA = ("header-extra-ours", "signed-header-extra-ours")


def _authorization(record):
    request = (record or {}).get("request") or {}
    return next((value for name, value in request.get("headers", []) if name.lower() == "authorization"), "")


def _sigv4a_without_awscrt(difference, context):
    """This SDK signed SigV4a where botocore, without awscrt, fell back to SigV4."""
    ours, theirs = _authorization(context.ours), _authorization(context.theirs)
    if not (ours.startswith("AWS4-ECDSA-P256-SHA256 ") and theirs.startswith("AWS4-HMAC-SHA256 ")):
        return False
    return ((difference.kind == "signature-invalid-ours" and "AWS4-ECDSA-P256-SHA256" in difference.key)
            or (difference.kind in HEADER_EXTRA and difference.key == "x-amz-region-set"))


KNOWN_GAPS = [
    KnownGap("sigv4a-without-awscrt", "Signing/SigV4a",
             "this SDK signs SigV4a where botocore with awscrt (botocore[crt]) does: services and endpoints that "
             "list sigv4a first (partnercentral-channel, sustainability); botocore without awscrt, which this "
             "comparison runs, falls back to SigV4. BotocoreSigV4aRequestTests compares these with botocore[crt]",
             _sigv4a_without_awscrt),
]


def explain(difference, context):
    """The first known gap that explains `difference`, or None."""
    for gap in KNOWN_GAPS:
        if gap.matches(difference, context):
            return gap
    return None


# Skips: botocore refusing an input before sending, for reasons that are not about the input
# being invalid under the model (so this SDK sending it is not a validation defect).

SKIP_REASONS = [  # (error type, text the message holds, why)
    ("MissingDependencyException", "", "botocore needs awscrt for this (a CRC64/XXHASH checksum, SigV4a)"),
    ("SentAnotherOperation", "", "botocore sent another operation than the one called"),
    ("NoAuthTokenError", "", "a bearer-token service (codecatalyst): botocore needs a token, this test has only keys"),
    ("NoClientMethod", "", "botocore offers no method for operations with an event stream input"),
    ("OverflowError", "can't convert negative int to unsigned",
     "botocore's CBOR serializer cannot write a timestamp before 1970 (it writes the epoch as an unsigned integer)"),
]


def is_validation_rejection(record):
    """botocore refused the input itself: this SDK must refuse it too."""
    return record["error_type"] in ("ParamValidationError", "InvalidHostLabelError")


def skip_reason(record):
    for error_type, text, reason in SKIP_REASONS:
        if record["error_type"] == error_type and text in record["message"]:
            return f"{error_type}: {reason}"
    return f"{record['error_type']}: (no documented reason)"
