#!/usr/bin/env python3
"""Writes the requests botocore 1.43.11 with awscrt (botocore[crt], awscrt 0.32.2) builds for the
SigV4a cases of Tests/AWSClientsTests/Signing/SigV4a/BotocoreSigV4aRequestTests.swift, as JSON.

Usage (in an environment with awscrt; botocore without it cannot sign SigV4a):
    python3 -m venv --system-site-packages /tmp/crt && /tmp/crt/bin/pip install awscrt==0.32.2
    /tmp/crt/bin/python Tests/Differential/botocore_sigv4a_requests.py \
        > Tests/AWSClientsTests/Fixtures/botocore-requests/sigv4a-requests.json

Parameters are written in the model's member order, the order this SDK serializes in (a
`Document` map has none; botocore follows the caller's). The harness is botocore_requests.py's (requests captured at `before-send`, time frozen at
2026-05-17T12:34:56Z, compact JSON bodies); the AWS Common Runtime's signer reads the time through
botocore.crt.auth, which is frozen too. ECDSA signatures from awscrt use a random nonce, so the
Swift test compares everything but the signature bytes and verifies botocore's signature (and its
own) with the public key derived from the credentials.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import botocore_requests as harness  # noqa: E402  (sets up the environment and the frozen clocks)
import botocore  # noqa: E402
import botocore.compat  # noqa: E402

if not botocore.compat.HAS_CRT:
    sys.exit("botocore_sigv4a_requests.py needs awscrt (pip install awscrt==0.32.2): botocore signs SigV4a only through it")
import awscrt  # noqa: E402
import botocore.crt.auth  # noqa: E402

botocore.crt.auth.get_current_datetime = lambda *a, **k: harness.FROZEN.replace(tzinfo=__import__("datetime").timezone.utc)

MRAP = "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap"
XML_OK, JSON_OK, WITH_TOKEN = harness.XML_OK, harness.JSON_OK, harness.WITH_TOKEN
EVENT = {"Source": "my.app", "DetailType": "created", "Detail": "{\"id\":1}", "EventBusName": "default"}

CASES = [
    # S3 multi-region access points: the rule set's sigv4a scheme, signingRegionSet ["*"].
    {"name": "s3 GetObject through a multi-region access point", "service": "s3", "operation": "GetObject",
     "region": "us-west-2", "params": {"Bucket": MRAP, "Key": "photos/a b+c~d.txt"}, "response": XML_OK},
    {"name": "s3 GetObject through a multi-region access point with a session token", "service": "s3", "operation": "GetObject",
     "credentials": WITH_TOKEN, "params": {"Bucket": MRAP, "Key": "k"}, "response": XML_OK},
    {"name": "s3 ListObjectsV2 through a multi-region access point", "service": "s3", "operation": "ListObjectsV2",
     "params": {"Bucket": MRAP, "MaxKeys": 5, "Prefix": "a/b c"}, "response": XML_OK},
    {"name": "s3 HeadObject through a multi-region access point with a region set in code", "service": "s3",
     "operation": "HeadObject", "config": {"sigv4a_signing_region_set": "us-west-2,us-east-1"},
     "params": {"Bucket": MRAP, "Key": "k"}, "response": XML_OK},
    {"name": "s3 GetObject through a multi-region access point with AWS_SIGV4A_SIGNING_REGION_SET", "service": "s3",
     "operation": "GetObject", "environment": {"AWS_SIGV4A_SIGNING_REGION_SET": "eu-west-1"},
     "params": {"Bucket": MRAP, "Key": "k"}, "response": XML_OK},
    {"name": "s3 presigned GetObject through a multi-region access point", "service": "s3", "operation": "GetObject",
     "params": {"Bucket": MRAP, "Key": "photos/a b.txt"}, "presign": 900},
    {"name": "s3 presigned GetObject through a multi-region access point with a session token", "service": "s3",
     "operation": "GetObject", "credentials": WITH_TOKEN, "params": {"Bucket": MRAP, "Key": "k", "VersionId": "v 1"},
     "presign": 3600},
    # EventBridge global endpoints: an EndpointId routes to <id>.endpoint.events.amazonaws.com with sigv4a.
    {"name": "events PutEvents to a global endpoint", "service": "events", "operation": "PutEvents",
     "params": {"Entries": [EVENT], "EndpointId": "abcde.veo"}, "response": {"status": 200, "body": "{\"Entries\":[]}"}},
    {"name": "events PutEvents to a global endpoint with a session token", "service": "events", "operation": "PutEvents",
     "credentials": WITH_TOKEN, "region": "eu-central-1", "params": {"Entries": [EVENT], "EndpointId": "abcde.veo"},
     "response": {"status": 200, "body": "{\"Entries\":[]}"}},
    {"name": "sesv2 SendEmail to a global endpoint", "service": "sesv2", "operation": "SendEmail",
     "params": {"Destination": {"ToAddresses": ["a@example.com"]},
                "Content": {"Simple": {"Subject": {"Data": "s"}, "Body": {"Text": {"Data": "b"}}}}, "EndpointId": "abc123.xyz"},
     "response": JSON_OK},
    # Auth choices that pick SigV4a once botocore can sign it.
    {"name": "sts with a preference for sigv4a then sigv4 signs SigV4a", "service": "sts", "operation": "GetCallerIdentity",
     "config": {"auth_scheme_preference": ["sigv4a", "sigv4"]}, "response": XML_OK},
    {"name": "partnercentral-channel (sigv4a, sigv4) signs SigV4a", "service": "partnercentral-channel",
     "operation": "ListRelationships", "params": {"catalog": "AWS"}, "response": JSON_OK},
    {"name": "sigv4a asked for in code signs SigV4a for every region", "service": "sqs", "operation": "ListQueues",
     "config": {"signature_version": "v4a"}, "response": JSON_OK},
]


def main():
    out = [{"case": case, "botocore": harness.run(case)} for case in CASES]
    json.dump({"botocore": botocore.__version__, "awscrt": awscrt.__version__, "date": "2026-05-17T12:34:56Z", "cases": out},
              sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
