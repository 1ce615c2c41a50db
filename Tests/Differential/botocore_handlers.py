#!/usr/bin/env python3
"""Writes the fixture of the service-handler differential test:
Tests/AWSClientsTests/Fixtures/handlers/botocore-handlers.json, read by BotocoreHandlerComparisonTests.swift.

Usage: botocore_handlers.py [--write]     prints the fixture (or writes it with --write)

Each case is a call (or a presigned URL) made with the installed botocore (1.43.11 when written) with the
credentials, region and frozen clock the Swift test uses. Calls are captured at `before-send` and answered
with the case's canned response, so nothing leaves the machine. The fixture holds each case's inputs and
what botocore sent (method, URL, headers without `User-Agent`, `amz-sdk-*` and `Content-Length`, body),
raised (exception class and message, and a ClientError's `Error` map), or presigned. Timestamps in
parameters are written {"__timestamp__": "<ISO 8601>"}.
"""
import datetime
import json
import os
import sys

import botocore.auth
import botocore.session
import botocore.signers
from botocore.awsrequest import AWSResponse
from botocore.config import Config

FROZEN = datetime.datetime(2026, 5, 17, 12, 34, 56, 789000)  # naive UTC, PresignFixtures.date
botocore.auth.get_current_datetime = lambda *a, **k: FROZEN
botocore.signers.get_current_datetime = lambda *a, **k: FROZEN
KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "FQoGZXIvYXdzEXAMPLE/token+=="
SKIPPED = {"User-Agent", "amz-sdk-invocation-id", "amz-sdk-request", "Content-Length"}


class _Raw:
    def __init__(self, body):
        self._body = body

    def stream(self, **kwargs):
        yield self._body


def _client(service, region, token=None):
    session = botocore.session.get_session()
    session.set_credentials(KEY, SECRET, token)
    return session.create_client(service, region_name=region, config=Config(retries={"total_max_attempts": 1}))


def _python(value):
    """Fixture parameters as botocore takes them (timestamps as datetimes)."""
    if isinstance(value, dict):
        if set(value) == {"__timestamp__"}:
            return datetime.datetime.fromisoformat(value["__timestamp__"])
        return {k: _python(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_python(v) for v in value]
    return value


def _model_order(value, shape):
    """`value` with every structure's members in model order: this SDK's serializers write members in
    model order, botocore in the order given, so the fixture gives them in model order."""
    if shape is None:
        return value
    if shape.type_name == "structure" and isinstance(value, dict):
        members = shape.members
        ordered = {name: _model_order(value[name], members[name]) for name in members if name in value}
        ordered.update({k: v for k, v in value.items() if k not in members})
        return ordered
    if shape.type_name == "list" and isinstance(value, list):
        return [_model_order(item, shape.member) for item in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return {k: _model_order(v, shape.value) for k, v in value.items()}
    return value


def run(case):
    client = _client(case["service"], case.get("region", "us-west-2"), case.get("token"))
    method = getattr(client, botocore.xform_name(case["operation"]))
    input_shape = client.meta.service_model.operation_model(case["operation"]).input_shape
    params = _model_order(_python(case.get("params", {})), input_shape)
    if case.get("presign"):
        return {"url": client.generate_presigned_url(botocore.xform_name(case["operation"]), Params=params,
                                                     HttpMethod=case.get("httpMethod"))}
    response = case.get("response", {})
    sent = []

    def before_send(request, **kwargs):
        sent.append({
            "method": request.method,
            "url": request.url,
            "headers": {k: (v.decode() if isinstance(v, bytes) else v)
                        for k, v in request.headers.items() if k not in SKIPPED},
            "body": request.body.decode() if isinstance(request.body, bytes) else (request.body or ""),
        })
        return AWSResponse(request.url, response.get("status", 200), response.get("headers", {}),
                           _Raw(response.get("body", "").encode()))

    client.meta.events.register("before-send", before_send)
    result = {}
    try:
        method(**params)
    except botocore.exceptions.ClientError as error:
        result["error"] = {"class": type(error).__name__, "message": str(error), "Error": error.response["Error"]}
    except Exception as error:  # noqa: BLE001 - the message is the expected value
        result["error"] = {"class": type(error).__name__, "message": str(error)}
    if sent:
        result["request"] = sent[0]
    return result


OUTPOST_AP = "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/myap"
OUTPOST_BUCKET = "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/bucket/mybucket"
AGENTCORE_PAYLOAD = [{"conversational": {"content": {"text": "hi"}, "role": "USER"}}]
XML = {"body": "<X/>"}
# botocore signs S3 Control payloads (`x-amz-content-sha256` is the body's hash); this SDK's signer sends
# `UNSIGNED-PAYLOAD` over HTTPS, as for S3. That is a signing choice outside these handlers: the Swift test
# leaves the header and the signature out of the comparison for these cases.
PAYLOAD_HASH = {"ignore": ["x-amz-content-sha256"]}
JSON = {"body": "{}"}


def case(name, service, operation, params=None, **extra):
    return {"name": name, "service": service, "operation": operation, "params": params or {}, **extra}


CASES = [
    case("route53 strips /hostedzone/", "route53", "GetHostedZone", {"Id": "/hostedzone/Z123"}, response=XML),
    case("route53 strips /change/", "route53", "GetChange", {"Id": "/change/C1"}, response=XML),
    case("route53 strips /delegationset/", "route53", "GetReusableDelegationSet", {"Id": "/delegationset/D1"}, response=XML),
    case("route53 strips a body member", "route53", "CreateHostedZone",
         {"Name": "a.com", "CallerReference": "r", "DelegationSetId": "/delegationset/D1"}, response=XML),
    case("route53 keeps the last part", "route53", "ListResourceRecordSets", {"HostedZoneId": "a/b/c/Z9"}, response=XML),
    case("apigateway asks for JSON", "apigateway", "GetRestApis", response=JSON),
    case("apigateway keeps the caller's Accept", "apigateway", "GetExport",
         {"restApiId": "a1", "stageName": "prod", "exportType": "oas30", "accepts": "application/yaml"}),
    case("machinelearning Predict goes to PredictEndpoint", "machinelearning", "Predict",
         {"MLModelId": "m", "Record": {"a": "b"}, "PredictEndpoint": "https://realtime.machinelearning.us-east-1.amazonaws.com"},
         region="us-east-1", response=JSON),
    case("machinelearning Predict keeps the endpoint's scheme and port", "machinelearning", "Predict",
         {"MLModelId": "m", "Record": {}, "PredictEndpoint": "http://example.com:8080/path?x=1"}, region="us-east-1", response=JSON),
    # `returnFields` (the alias of `return`) is covered by the Swift unit tests: botocore appends the
    # renamed member after the others, where this SDK's serializer keeps model order.
    case("cloudsearchdomain Search is a form POST", "cloudsearchdomain", "Search",
         {"query": "foo bar", "size": 5, "return": "a,b"}, response=JSON),
    case("logs CreateExportTask takes fromTime", "logs", "CreateExportTask",
         {"logGroupName": "g", "fromTime": 1, "to": 2, "destination": "bucket"}, response=JSON),
    case("logs CreateExportTask refuses from and fromTime", "logs", "CreateExportTask",
         {"logGroupName": "g", "fromTime": 1, "from": 1, "to": 2, "destination": "bucket"}),
    case("ec2 takes Filters for Filter", "ec2", "DescribeFlowLogs",
         {"Filters": [{"Name": "resource-id", "Values": ["vpc-1"]}]}, response=XML),
    case("s3control puts the account id in the host once", "s3control", "GetPublicAccessBlock",
         {"AccountId": "123456789012"}, response=XML, **PAYLOAD_HASH),
    case("s3control takes AccountId from an outpost access point ARN", "s3control", "GetAccessPoint",
         {"Name": OUTPOST_AP}, response=XML, **PAYLOAD_HASH),
    case("s3control refuses a different AccountId", "s3control", "GetAccessPoint", {"AccountId": "999999999999", "Name": OUTPOST_AP}),
    case("s3control refuses an S3 access point ARN as Name", "s3control", "GetAccessPoint",
         {"AccountId": "123456789012", "Name": "arn:aws:s3:us-west-2:123456789012:accesspoint/myap"}),
    case("s3control takes AccountId from an outpost bucket ARN", "s3control", "GetBucket", {"Bucket": OUTPOST_BUCKET}, response=XML, **PAYLOAD_HASH),
    case("s3control CreateAccessPoint keeps its Name", "s3control", "CreateAccessPoint",
         {"AccountId": "123456789012", "Name": "myap", "Bucket": OUTPOST_BUCKET}, response=XML, **PAYLOAD_HASH),
    case("ec2 CopySnapshot gets PresignedUrl and DestinationRegion", "ec2", "CopySnapshot",
         {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-123", "Description": "d"}, response=XML),
    case("ec2 CopySnapshot overrides DestinationRegion, signs the token", "ec2", "CopySnapshot",
         {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-123", "DestinationRegion": "eu-west-1"}, token=TOKEN, response=XML),
    case("ec2 CopySnapshot keeps the caller's PresignedUrl", "ec2", "CopySnapshot",
         {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-123", "PresignedUrl": "given"}, response=XML),
    case("rds CopyDBSnapshot trades SourceRegion for PreSignedUrl", "rds", "CopyDBSnapshot",
         {"SourceRegion": "us-east-1", "SourceDBSnapshotIdentifier": "arn:aws:rds:us-east-1:123456789012:snapshot:s",
          "TargetDBSnapshotIdentifier": "t"}, response=XML),
    case("rds CopyDBSnapshot in one region sends no PreSignedUrl", "rds", "CopyDBSnapshot",
         {"SourceDBSnapshotIdentifier": "s", "TargetDBSnapshotIdentifier": "t"}, response=XML),
    case("rds CopyDBSnapshot keeps the caller's PreSignedUrl", "rds", "CopyDBSnapshot",
         {"SourceRegion": "us-east-1", "SourceDBSnapshotIdentifier": "s", "TargetDBSnapshotIdentifier": "t", "PreSignedUrl": "given"},
         response=XML),
    case("rds CreateDBInstanceReadReplica from eu-central-1", "rds", "CreateDBInstanceReadReplica",
         {"SourceRegion": "eu-central-1", "DBInstanceIdentifier": "replica",
          "SourceDBInstanceIdentifier": "arn:aws:rds:eu-central-1:123456789012:db:source"}, response=XML),
    case("rds StartDBInstanceAutomatedBackupsReplication", "rds", "StartDBInstanceAutomatedBackupsReplication",
         {"SourceRegion": "us-east-1", "SourceDBInstanceArn": "arn:aws:rds:us-east-1:123456789012:db:source"}, response=XML),
    case("neptune CopyDBClusterSnapshot", "neptune", "CopyDBClusterSnapshot",
         {"SourceRegion": "us-east-1", "SourceDBClusterSnapshotIdentifier": "s", "TargetDBClusterSnapshotIdentifier": "t"}, response=XML),
    case("docdb CreateDBCluster", "docdb", "CreateDBCluster",
         {"SourceRegion": "us-east-1", "DBClusterIdentifier": "c", "Engine": "docdb"}, response=XML),
    case("cognito-identity GetId is unsigned", "cognito-identity", "GetId", {"IdentityPoolId": "us-west-2:pool"}, response=JSON),
    case("cognito-identity GetOpenIdToken is unsigned", "cognito-identity", "GetOpenIdToken", {"IdentityId": "us-west-2:id"},
         response=JSON),
    case("cognito-identity UnlinkIdentity is unsigned", "cognito-identity", "UnlinkIdentity",
         {"IdentityId": "us-west-2:id", "Logins": {"a": "b"}, "LoginsToRemove": ["a"]}, response=JSON),
    case("cognito-identity GetCredentialsForIdentity is unsigned", "cognito-identity", "GetCredentialsForIdentity",
         {"IdentityId": "us-west-2:id"}, response=JSON),
    case("sts AssumeRoleWithSAML is unsigned", "sts", "AssumeRoleWithSAML",
         {"RoleArn": "arn:aws:iam::123456789012:role/r", "PrincipalArn": "arn:aws:iam::123456789012:saml-provider/p",
          "SAMLAssertion": "assertion-text"}, response=XML),
    case("sts AssumeRoleWithWebIdentity is unsigned", "sts", "AssumeRoleWithWebIdentity",
         {"RoleArn": "arn:aws:iam::123456789012:role/r", "RoleSessionName": "session", "WebIdentityToken": "token"}, response=XML),
    case("sso-oidc takes the message from error_description", "sso-oidc", "CreateToken",
         {"clientId": "c", "clientSecret": "s", "grantType": "urn:ietf:params:oauth:grant-type:device_code", "deviceCode": "d"},
         response={"status": 400, "headers": {"x-amzn-errortype": "AuthorizationPendingException"},
                   "body": '{"error":"authorization_pending","error_description":"Authorization is still pending"}'}),
    case("sso-oidc keeps a message it has", "sso-oidc", "CreateToken", {"clientId": "c", "clientSecret": "s", "grantType": "g"},
         response={"status": 400, "headers": {"x-amzn-errortype": "InvalidGrantException"},
                   "body": '{"error":"invalid_grant","error_description":"described","message":"the message"}'}),
    case("sqs reports the query-compatible error code", "sqs", "GetQueueUrl", {"QueueName": "missing"},
         response={"status": 400, "headers": {"x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender",
                                              "Content-Type": "application/x-amz-json-1.0"},
                   "body": '{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}'}),
    case("cloudwatch reports the query-compatible error code", "cloudwatch", "GetDashboard", {"DashboardName": "d"},
         response={"status": 400, "headers": {"x-amzn-query-error": "ResourceNotFound;Sender",
                                              "Content-Type": "application/x-amz-json-1.0"},
                   "body": '{"__type":"com.amazonaws.cloudwatch#ResourceNotFoundException","message":"Dashboard d does not exist"}'}),
    case("bedrock-agentcore sends millisecond epoch timestamps", "bedrock-agentcore", "CreateEvent",
         {"memoryId": "memory-12345", "actorId": "a", "eventTimestamp": {"__timestamp__": "2026-05-17T12:34:56.789123+00:00"},
          "payload": AGENTCORE_PAYLOAD, "clientToken": "token-1"}, region="us-east-1", response=JSON),
    case("bedrock-agentcore sends .0 for a whole second", "bedrock-agentcore", "CreateEvent",
         {"memoryId": "memory-12345", "actorId": "a", "eventTimestamp": {"__timestamp__": "2026-05-17T12:34:56+00:00"},
          "payload": AGENTCORE_PAYLOAD, "clientToken": "token-1"}, region="us-east-1", response=JSON),
    case("bedrock-agentcore sends millisecond ISO 8601 timestamps", "bedrock-agentcore", "StartBatchEvaluation",
         {"batchEvaluationName": "name1", "evaluators": [{"evaluatorId": "e"}], "clientToken": "00000000-0000-4000-8000-000000000001",
          "dataSourceConfig": {"cloudWatchLogs": {"serviceNames": ["s"], "logGroupNames": ["g"], "filterConfig": {"timeRange": {
              "startTime": {"__timestamp__": "2026-05-17T12:34:56.789123+00:00"},
              "endTime": {"__timestamp__": "2026-05-17T12:34:57+00:00"}}}}}}, region="us-east-1", response=JSON),
    case("presigned apigateway URL signs no Accept", "apigateway", "GetRestApis", presign=True),
    case("presigned glacier URL signs no version header", "glacier", "ListVaults", {"accountId": "-"}, presign=True),
    case("presigned DescribeEndpoints URL signs no API version", "dynamodb", "DescribeEndpoints", presign=True),
    case("presigned polly SynthesizeSpeech signs no Content-Type", "polly", "SynthesizeSpeech",
         {"Text": "Hello world", "OutputFormat": "mp3", "VoiceId": "Joanna"}, presign=True),
    case("presigned polly SynthesizeSpeech as GET", "polly", "SynthesizeSpeech",
         {"Text": "Hello world", "OutputFormat": "mp3", "VoiceId": "Joanna"}, presign=True, httpMethod="GET"),
    case("presigned ec2 CopySnapshot gets no PresignedUrl", "ec2", "CopySnapshot",
         {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-1"}, presign=True),
    case("presigned rds CopyDBSnapshot keeps SourceRegion", "rds", "CopyDBSnapshot",
         {"SourceRegion": "us-east-1", "SourceDBSnapshotIdentifier": "s", "TargetDBSnapshotIdentifier": "t"}, presign=True),
    case("presigned machinelearning Predict keeps the host", "machinelearning", "Predict",
         {"MLModelId": "m", "Record": {}, "PredictEndpoint": "https://x.example.com"}, region="us-east-1", presign=True),
]

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "AWSClientsTests", "Fixtures", "handlers",
                       "botocore-handlers.json")

if __name__ == "__main__":
    fixture = {"botocore": botocore.__version__, "frozenTime": FROZEN.isoformat() + "Z",
               "cases": [dict(c, expected=run(c)) for c in CASES]}
    text = json.dumps(fixture, indent=1) + "\n"
    if "--write" in sys.argv[1:]:
        os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
        with open(FIXTURE, "w") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
