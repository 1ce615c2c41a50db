#!/usr/bin/env python3
"""Replays a list of client calls through boto3 and prints what boto3 returned, as JSON.

Usage: Tests/Differential/boto3_calls.py CALLS.json

Run by Tests/AWSClientsTests/Integration/Boto3Replay.swift, which makes the same calls through the
Swift `Client` against the same moto server and compares the two result lists.

CALLS.json: {"endpoint": URL, "region": NAME, "calls": [CALL, ...]}, where a CALL is
  {"service": "kms", "operation": "Encrypt", "params": {...}}            one call
  {"service": ..., "operation": ..., "params": ..., "paginate": {...}}   every page of the paginator,
                                                                         "paginate" is its PaginationConfig
Parameter values may be tagged: {"$blob": BASE64} (bytes), {"$timestamp": EPOCH_SECONDS} (a datetime),
{"$ref": [INDEX, JMESPATH]} (the JMESPath over the result of call INDEX, a response or a list of pages),
{"$ref": [INDEX, JMESPATH, PREFIX]} (the same, PREFIX removed from the front of the string found).

Output: {"results": [RESULT, ...]}, one per call: the response, the list of pages, or for a service error
{"$error": error.response}. Bytes come back as {"$blob": BASE64} and datetimes as
{"$timestamp": "YYYY-MM-DDTHH:MM:SS.ffffffZ"} (UTC, microseconds); ResponseMetadata keeps only HTTPStatusCode.
"""
import base64
import datetime
import json
import os
import sys

os.environ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config"
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials"
for name in list(os.environ):
    if name.startswith("AWS_") and name not in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        del os.environ[name]

import boto3  # noqa: E402
import jmespath  # noqa: E402
from botocore import xform_name  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402


def decode(value, results):
    """A parameter value with its tags turned into Python values."""
    if isinstance(value, dict):
        if set(value) == {"$blob"}:
            return base64.b64decode(value["$blob"])
        if set(value) == {"$timestamp"}:
            return datetime.datetime.fromtimestamp(value["$timestamp"], tz=datetime.timezone.utc)
        if set(value) == {"$ref"}:
            index, expression, *prefix = value["$ref"]
            found = jmespath.search(expression, results[index])
            if prefix and isinstance(found, str) and found.startswith(prefix[0]):
                found = found[len(prefix[0]):]
            return found
        return {key: decode(item, results) for key, item in value.items()}
    if isinstance(value, list):
        return [decode(item, results) for item in value]
    return value


def encode(value):
    """A response value as JSON, bytes and datetimes tagged."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "ResponseMetadata":
                out[key] = {"HTTPStatusCode": item.get("HTTPStatusCode")}
            else:
                out[key] = encode(item)
        return out
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return {"$blob": base64.b64encode(bytes(value)).decode("ascii")}
    if hasattr(value, "read"):
        return {"$blob": base64.b64encode(value.read()).decode("ascii")}
    if isinstance(value, datetime.datetime):
        utc = value.astimezone(datetime.timezone.utc)
        return {"$timestamp": utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    return value


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    clients = {}
    raw = []      # what later $ref expressions search: the Python values
    results = []  # what is printed
    for call in spec["calls"]:
        service = call["service"]
        if service not in clients:
            clients[service] = boto3.client(
                service, endpoint_url=spec["endpoint"], region_name=spec["region"],
                aws_access_key_id="testing", aws_secret_access_key="testing")
        client = clients[service]
        params = decode(call.get("params", {}), raw)
        try:
            if "paginate" in call:
                paginator = client.get_paginator(xform_name(call["operation"]))
                value = list(paginator.paginate(**params, PaginationConfig=call["paginate"]))
            else:
                value = getattr(client, xform_name(call["operation"]))(**params)
        except ClientError as error:
            value = {"$error": error.response}
        raw.append(value)
        results.append(encode(value))
    json.dump({"results": results}, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
