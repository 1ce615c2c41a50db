"""A presigned URL carried as a parameter (EC2 CopySnapshot's `PresignedUrl`, RDS, Neptune and
DocumentDB's `PreSignedUrl`): the SDK signs it for the source region at the moment of the call,
so its date and signature differ between two SDKs however right both are.

Compared structurally: scheme, host and path exactly; every query parameter exactly except
`X-Amz-Date` and `X-Amz-Signature` (volatile) and `X-Amz-Credential`, whose access key, region,
service and terminator are compared but not its date. Each side's signature is then verified
over its own URL (sigv4_check.check_presigned), with its own date, so a wrong signature still
shows; `X-Amz-Date` must be a SigV4 timestamp of the credential's day.
"""
from urllib.parse import urlsplit

import sigv4_check
from differences import Difference, short

PRESIGNED_URL_MEMBERS = ("PresignedUrl", "PreSignedUrl")
VOLATILE = ("X-Amz-Date", "X-Amz-Signature", "X-Amz-Credential")


def credential_without_date(value):
    """`AKID/region/service/aws4_request` from `AKID/YYYYMMDD/region/service/aws4_request`."""
    parts = value.split("/")
    return "/".join(parts[:1] + parts[2:]) if len(parts) == 5 else value


def compare(name, theirs, ours, secret_key):
    """Differences between two presigned URLs given as the form parameter `name`."""
    diffs = []
    a, b = urlsplit(theirs), urlsplit(ours)
    if (a.scheme, a.netloc, a.path) != (b.scheme, b.netloc, b.path):
        diffs.append(Difference("presigned-url", f"{name} location",
                                f"botocore {a.scheme}://{a.netloc}{a.path}, ours {b.scheme}://{b.netloc}{b.path}"))
    left, right = sigv4_check.presigned_parameters(theirs), sigv4_check.presigned_parameters(ours)
    for key in sorted(set(left) | set(right)):
        x, y = left.get(key), right.get(key)
        if key == "X-Amz-Credential" and x is not None and y is not None:
            x, y = credential_without_date(x), credential_without_date(y)
        elif key in VOLATILE and x is not None and y is not None:
            continue
        if x != y:
            diffs.append(Difference("presigned-url", f"{name} {key}", f"botocore {short(x)}, ours {short(y)}"))
    for label, url in (("botocore", theirs), ("ours", ours)):
        for problem in sigv4_check.check_presigned(url, secret_key):
            diffs.append(Difference(f"signature-invalid-{label}", f"{name}: {problem}", short(url)))
    return diffs
