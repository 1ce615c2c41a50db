"""Mismatches that are known, named, and owned by someone else: each entry says which botocore
handler (or which defect) is missing on this SDK's side and which area of the SDK owns the fix.

A difference is explained when an entry's `matches` says so; a case whose every difference is
explained counts under those entries, not as a mismatch. The comparison prints how many cases
each entry covered, so that an entry whose count drops to 0 once its fix lands can be deleted.
Keep entries narrow: match the header, query name or body path the handler touches, and only
for the services or operations it applies to.
"""
import re


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


def _header(kinds, names):
    """A matcher for header differences of `kinds` on headers `names` (lower-case)."""
    def matches(difference, context):
        return difference.kind in kinds and difference.key in names
    return matches


def _any(*matchers):
    def matches(difference, context):
        return any(matcher(difference, context) for matcher in matchers)
    return matches


def _services(names, matcher):
    def matches(difference, context):
        return context.service in names and matcher(difference, context)
    return matches


HEADER_MISSING = ("header-missing-ours", "signed-header-missing-ours")
HEADER_EXTRA = ("header-extra-ours", "signed-header-extra-ours")
S3_FAMILY = ("s3", "s3control")


def _s3_payload_signing(difference, context):
    return (difference.kind == "header-value" and difference.key == "x-amz-content-sha256"
            and context.service in S3_FAMILY and difference.detail.endswith("ours UNSIGNED-PAYLOAD"))


def _streaming_trailer(difference, context):
    if context.service not in S3_FAMILY or not context.operation.has_streaming_input:
        return False
    trailer_headers = {"content-encoding", "transfer-encoding", "x-amz-decoded-content-length", "x-amz-trailer"}
    if difference.kind in HEADER_MISSING and difference.key in trailer_headers:
        return True
    if difference.kind in HEADER_EXTRA and difference.key.startswith("x-amz-checksum-"):
        return True
    if difference.kind == "header-value" and difference.key == "x-amz-content-sha256":
        return "STREAMING-" in difference.detail
    return difference.kind == "body-trailer"


def _not_s3_payload_hash(difference, context):
    """x-amz-content-sha256 sent (and signed) for a service botocore signs as plain SigV4."""
    return (difference.kind in HEADER_EXTRA and difference.key == "x-amz-content-sha256"
            and context.service not in S3_FAMILY)


def _sigv2(difference, context):
    if context.service != "sdb":
        return False
    v2_fields = {"AWSAccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "Timestamp"}
    return ((difference.kind == "form-missing-ours" and difference.key in v2_fields)
            or (difference.kind == "header-extra-ours" and difference.key in ("authorization", "x-amz-date"))
            or (difference.kind == "signing" and difference.key == "signed"))


def _get_to_post(difference, context):
    if context.service != "cloudsearchdomain" or context.operation.name != "Search":
        return False
    return (difference.kind in ("method", "body-empty", "query-extra-ours")
            or (difference.kind in HEADER_MISSING and difference.key == "content-type"))


def _route53_ids(difference, context):
    """An id with a '/' in it: botocore sends what follows the last '/', this SDK all of it."""
    if context.service != "route53" or difference.kind not in ("path", "query-value"):
        return False
    ours = difference.detail.split("ours ", 1)[-1]
    return "%2F" in ours if difference.kind == "path" else "/" in ours


def _presigned_url(difference, context):
    fields = ("PresignedUrl", "PreSignedUrl", "DestinationRegion")
    if difference.kind == "form-missing-ours" and difference.key in fields:
        return True
    # botocore's RDS handler consumes SourceRegion (it only drives the presigned URL).
    return difference.kind == "form-extra-ours" and difference.key == "SourceRegion"


MILLISECOND_TEXT = re.compile(r"botocore (-?\d+\.\d{1,3}|\[?b?'?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")


def _millisecond_timestamps(difference, context):
    """A timestamp botocore wrote with milliseconds (epoch seconds with a fraction, or ISO 8601 .sssZ)."""
    return (context.service == "bedrock-agentcore"
            and difference.kind in ("json-type", "json-value", "json-number-form", "query-value", "header-value")
            and MILLISECOND_TEXT.search(difference.detail) is not None)


def _endpoint_discovery(difference, context):
    return context.service in ("timestream-query", "timestream-write") and difference.kind == "host"


def _request_compression(difference, context):
    return (context.operation.request_compression is not None and difference.key == "content-encoding"
            and difference.kind in HEADER_MISSING)


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
    KnownGap("retry-headers", "Client/Retries",
             "botocore sends amz-sdk-invocation-id (a UUID per call) and amz-sdk-request (attempt=N[; max=M]) "
             "on every request, and signs them",
             _header(HEADER_MISSING, {"amz-sdk-invocation-id", "amz-sdk-request"})),
    KnownGap("s3-payload-signing", "Signing",
             "botocore signs S3 payloads over HTTPS (X-Amz-Content-Sha256 is the body's SHA-256); "
             "this SDK sends UNSIGNED-PAYLOAD",
             _s3_payload_signing),
    KnownGap("payload-hash-header-outside-s3", "Signing",
             "this SDK adds X-Amz-Content-Sha256 for s3-outposts (signing name s3-outposts), which botocore "
             "signs as plain SigV4 without that header",
             _not_s3_payload_hash),
    KnownGap("signing-whitespace", "Signing",
             "botocore collapses every Unicode space (Python str.split) in signed header values, this SDK ASCII "
             "spaces only: a header value holding a no-break space signs differently",
             lambda d, c: d.kind == "signature-rule"),
    KnownGap("sdb-signature-v2", "Signing",
             "SimpleDB's model asks for signature version 2 (query-string HMAC fields); this SDK signs it with SigV4",
             _sigv2),
    KnownGap("legacy-global-signing-region", "Endpoints",
             "botocore signs services that endpoints.json marks as not regionalized (health: partitionEndpoint "
             "aws-global, credentialScope us-east-1) with that region, whatever the client's region",
             lambda d, c: d.kind == "credential-scope" and d.key == "" and c.service == "health"),
    KnownGap("request-compression", "Client",
             "botocore's RequestCompressor gzips the body of operations with requestcompression (cloudwatch "
             "PutMetricData) above 10240 bytes and sends Content-Encoding: gzip; the bodies match once decompressed",
             _request_compression),
    KnownGap("s3-streaming-trailer-checksum", "Customizations/Checksums",
             "for a streaming upload over HTTPS botocore sends the checksum as an aws-chunked trailer "
             "(Content-Encoding: aws-chunked, X-Amz-Trailer, X-Amz-Decoded-Content-Length); this SDK as a header",
             _streaming_trailer),
    KnownGap("s3-expect-continue", "Customizations/S3",
             "botocore's add_expect_header sends Expect: 100-continue on every S3 upload with a body",
             _services(S3_FAMILY, _header(("header-missing-ours",), {"expect"}))),
    KnownGap("s3control-account-host-prefix", "Customizations/S3Control",
             "botocore's remove_accid_host_prefix_from_model drops s3control's {AccountId}. host prefix (the "
             "endpoint rule set already puts the account in the host); this SDK prefixes it a second time",
             lambda d, c: c.service == "s3control" and d.kind == "host"),
    KnownGap("presigned-url-injection", "Customizations/EC2, Customizations/RDS",
             "botocore's inject_presigned_url_ec2/rds add PresignedUrl and DestinationRegion to cross-region "
             "copies and drop SourceRegion",
             _presigned_url),
    KnownGap("apigateway-accept", "Customizations/APIGateway",
             "botocore's add_accept_header sends (and signs) Accept: application/json on every API Gateway request",
             _services(("apigateway",), _header(HEADER_MISSING, {"accept"}))),
    KnownGap("route53-id-stripping", "Customizations/Route53",
             "botocore's fix_route53_ids strips /hostedzone/, /change/ and /delegationset/ prefixes from ids",
             _route53_ids),
    KnownGap("machinelearning-predict-endpoint", "Customizations/MachineLearning",
             "botocore's switch_host_machinelearning sends Predict to the PredictEndpoint parameter's host",
             lambda d, c: c.service == "machinelearning" and c.operation.name == "Predict" and d.kind == "host"),
    KnownGap("cloudsearchdomain-get-to-post", "Customizations/CloudSearchDomain",
             "botocore's change_get_to_post sends Search as a POST with the query string as a form body",
             _get_to_post),
    KnownGap("bedrock-agentcore-millisecond-timestamps", "Customizations/BedrockAgentCore",
             "botocore's enable_millisecond_timestamp_precision writes bedrock-agentcore timestamps with "
             "milliseconds; this SDK has the serializer option (TimestampFormat.Precision) but nothing selects it",
             _millisecond_timestamps),
    KnownGap("endpoint-discovery", "Endpoints",
             "botocore discovers timestream endpoints (DescribeEndpoints, answered here with a fixed host) before "
             "the call; this SDK sends to the rule set's endpoint",
             _endpoint_discovery),
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
