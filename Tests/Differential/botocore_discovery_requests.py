#!/usr/bin/env python3
"""Writes the requests botocore sends for the endpoint discovery cases of
Tests/AWSClientsTests/Endpoints/Discovery/BotocoreDiscoveryRequestTests.swift, as JSON.

Usage: Tests/Differential/botocore_discovery_requests.py > Tests/AWSClientsTests/Fixtures/botocore-requests/discovery.json

Each case creates a botocore client with the case's environment and config, makes its calls in
order (or presigns one URL) and records every request at the `before-send` event: the discovery
calls (answered from the case's `discovery` script) and the calls themselves (answered from its
`responses` script); each script's entries are used once, the last one repeated. Time is frozen
and JSON written compactly as in botocore_requests.py, whose setup this script shares; the same
headers are dropped (`User-Agent`, `amz-sdk-invocation-id`, `amz-sdk-request`).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from botocore_requests import IGNORED_HEADERS, KEY, SECRET, _Raw, make_config  # noqa: E402  (freezes time on import)

import botocore  # noqa: E402
import botocore.awsrequest  # noqa: E402
import botocore.session  # noqa: E402


def run(case):
    saved = dict(os.environ)
    os.environ.update(case.get("environment", {}))
    try:
        session = botocore.session.get_session()
        session.set_credentials(KEY, SECRET)
        client = session.create_client(case["service"], region_name=case.get("region", "us-east-1"),
                                       endpoint_url=case.get("endpointURL"), config=make_config(case.get("config")))
        requests = []
        scripts = {"discovery": list(case.get("discovery", [])), "responses": list(case.get("responses", [JSON_OK]))}

        def next_response(name):
            script = scripts[name]
            return script.pop(0) if len(script) > 1 else script[0]

        def before_send(request, **kwargs):
            body = request.body
            if hasattr(body, "read"):
                body = body.read()
            if isinstance(body, str):
                body = body.encode()
            target = request.headers.get("X-Amz-Target", b"")
            target = target.decode() if isinstance(target, bytes) else target
            requests.append({
                "method": request.method,
                "url": request.url,
                "headers": {k: (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()
                            if k.lower() not in IGNORED_HEADERS},
                "body": (body or b"").decode(),
            })
            response = next_response("discovery" if target.endswith(".DescribeEndpoints") else "responses")
            return botocore.awsrequest.AWSResponse(request.url, response["status"], response.get("headers", {}),
                                                   _Raw(response["body"].encode()))

        client.meta.events.register("before-send", before_send)
        results = []
        for call in case.get("calls", []):
            try:
                if "presign" in call:
                    url = client.generate_presigned_url(botocore.xform_name(call["operation"]), Params=call.get("params", {}),
                                                        ExpiresIn=call["presign"])
                    results.append({"presignedURL": url})
                else:
                    getattr(client, botocore.xform_name(call["operation"]))(**call.get("params", {}))
                    results.append({})
            except Exception as error:
                results.append({"error": type(error).__name__ + ": " + str(error)})
        return {"requests": requests, "results": results}
    except Exception as error:
        return {"error": type(error).__name__ + ": " + str(error), "atCreation": True}
    finally:
        os.environ.clear()
        os.environ.update(saved)


JSON_HEADERS = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "req-1"}
JSON_OK = {"status": 200, "headers": JSON_HEADERS, "body": "{}"}


def endpoints(address, minutes=10):
    return {"status": 200, "headers": JSON_HEADERS,
            "body": json.dumps({"Endpoints": [{"Address": address, "CachePeriodInMinutes": minutes}]})}


def error(status, code, message="refused"):
    return {"status": status, "headers": JSON_HEADERS, "body": json.dumps({"__type": code, "message": message})}


CELL1 = endpoints("ingest-cell1.timestream.us-east-1.amazonaws.com")
RECORDS = [{"Dimensions": [{"Name": "host", "Value": "h1", "DimensionValueType": "VARCHAR"}], "MeasureName": "cpu",
            "MeasureValue": "1.5", "MeasureValueType": "DOUBLE", "Time": "1700000000000", "TimeUnit": "MILLISECONDS"}]

CASES = [
    {"name": "timestream-write DescribeDatabase discovers first (auto)", "service": "timestream-write", "discovery": [CELL1],
     "calls": [{"operation": "DescribeDatabase", "params": {"DatabaseName": "db"}}]},
    {"name": "timestream-write WriteRecords in eu-west-1", "service": "timestream-write", "region": "eu-west-1",
     "discovery": [endpoints("ingest-cell2.timestream.eu-west-1.amazonaws.com", 1440)],
     "calls": [{"operation": "WriteRecords", "params": {"DatabaseName": "db", "TableName": "t", "Records": RECORDS}}]},
    {"name": "timestream-write later calls use the cache", "service": "timestream-write", "discovery": [CELL1],
     "calls": [{"operation": "DescribeDatabase", "params": {"DatabaseName": "db"}}, {"operation": "ListDatabases"},
               {"operation": "ListTables", "params": {"DatabaseName": "db"}}]},
    {"name": "timestream-query Query", "service": "timestream-query",
     "discovery": [endpoints("query-cell3.timestream.us-east-1.amazonaws.com")],
     "calls": [{"operation": "Query", "params": {"QueryString": "SELECT 1", "ClientToken": "token-0123456789abcdef0123456789abcdef"}}]},
    {"name": "timestream-write discovery enabled explicitly", "service": "timestream-write",
     "config": {"endpoint_discovery_enabled": True}, "discovery": [CELL1], "calls": [{"operation": "ListDatabases"}]},
    {"name": "dynamodb DescribeTable with discovery enabled", "service": "dynamodb", "config": {"endpoint_discovery_enabled": True},
     "discovery": [endpoints("dynamodb.us-east-1.amazonaws.com", 1440)],
     "calls": [{"operation": "DescribeTable", "params": {"TableName": "users"}}]},
    {"name": "dynamodb GetItem with discovery enabled in the environment", "service": "dynamodb", "region": "us-west-2",
     "environment": {"AWS_ENDPOINT_DISCOVERY_ENABLED": "true"}, "discovery": [endpoints("cell7.ddb.example.com")],
     "calls": [{"operation": "GetItem", "params": {"TableName": "users", "Key": {"id": {"S": "u1"}}}}]},
    {"name": "dynamodb ListTables does not discover by default", "service": "dynamodb",
     "discovery": [CELL1], "calls": [{"operation": "ListTables"}]},
    {"name": "timestream-write 421 forgets the endpoint and rediscovers", "service": "timestream-write",
     "discovery": [CELL1, endpoints("ingest-cell2.timestream.us-east-1.amazonaws.com")],
     "responses": [error(421, "InvalidEndpointException", "wrong cell"), JSON_OK],
     "calls": [{"operation": "DescribeDatabase", "params": {"DatabaseName": "db"}}]},
    {"name": "timestream-write InvalidEndpointException forgets the endpoint and rediscovers", "service": "timestream-write",
     "discovery": [CELL1, endpoints("ingest-cell2.timestream.us-east-1.amazonaws.com")],
     "responses": [error(400, "InvalidEndpointException", "wrong cell"), JSON_OK],
     "calls": [{"operation": "ListDatabases"}]},
    {"name": "timestream-write with discovery off refuses", "service": "timestream-write",
     "config": {"endpoint_discovery_enabled": False}, "discovery": [CELL1],
     "calls": [{"operation": "DescribeDatabase", "params": {"DatabaseName": "db"}}]},
    {"name": "timestream-write with discovery off in the environment refuses", "service": "timestream-write",
     "environment": {"AWS_ENDPOINT_DISCOVERY_ENABLED": "False"}, "discovery": [CELL1], "calls": [{"operation": "ListDatabases"}]},
    {"name": "timestream-write with an endpoint URL and discovery on does not discover", "service": "timestream-write",
     "endpointURL": "https://custom.example.com/", "config": {"endpoint_discovery_enabled": True}, "discovery": [CELL1],
     "calls": [{"operation": "DescribeDatabase", "params": {"DatabaseName": "db"}}]},
    {"name": "timestream-write with an endpoint URL and discovery off does not refuse", "service": "timestream-write",
     "endpointURL": "http://localhost:4566", "config": {"endpoint_discovery_enabled": False}, "discovery": [CELL1],
     "calls": [{"operation": "ListDatabases"}]},
    {"name": "timestream-write with AWS_ENDPOINT_URL discovers through it", "service": "timestream-write",
     "environment": {"AWS_ENDPOINT_URL": "http://localhost:4566"}, "discovery": [CELL1],
     "calls": [{"operation": "ListDatabases"}]},
    {"name": "an invalid endpoint_discovery_enabled is refused by dynamodb", "service": "dynamodb",
     "environment": {"AWS_ENDPOINT_DISCOVERY_ENABLED": "yes"}, "calls": [{"operation": "ListTables"}]},
    {"name": "an invalid endpoint_discovery_enabled is ignored by sqs", "service": "sqs",
     "environment": {"AWS_ENDPOINT_DISCOVERY_ENABLED": "yes"}, "calls": [{"operation": "ListQueues"}]},
    {"name": "a discovered address with a scheme and port", "service": "timestream-write",
     "discovery": [endpoints("https://cell9.example.com:8443")], "calls": [{"operation": "ListDatabases"}]},
    {"name": "a service error from DescribeEndpoints reaches the caller", "service": "timestream-write",
     "discovery": [error(400, "AccessDeniedException", "not allowed")], "calls": [{"operation": "ListDatabases"}]},
    {"name": "presigning does not discover", "service": "timestream-write", "discovery": [CELL1],
     "calls": [{"operation": "ListDatabases", "presign": 60}]},
    {"name": "presigning refuses when discovery is off", "service": "timestream-write",
     "config": {"endpoint_discovery_enabled": False}, "calls": [{"operation": "ListDatabases", "presign": 60}]},
]


def main():
    out = [{"case": case, "botocore": run(case)} for case in CASES]
    json.dump({"botocore": botocore.__version__, "date": "2026-05-17T12:34:56Z", "cases": out}, sys.stdout, indent=1,
              sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
