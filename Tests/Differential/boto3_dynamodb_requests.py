#!/usr/bin/env python3
"""Records the request bodies boto3's DynamoDB resource sends for the cases of
Tests/AWSResourcesTests/DynamoDB/DynamoDBDifferentialTests.swift, which sends the same calls
through the Swift resource layer and compares the bodies byte for byte.

Usage: Tests/Differential/boto3_dynamodb_requests.py   (prints JSON: {"boto3": ..., "cases": {...}})

Each case calls a `Table` (or the service resource) with `Key`/`Attr` conditions and plain values;
the request is captured at `before-send` and answered with a canned `{}`, so nothing is sent. A
case whose call raises records the exception's class and message instead.

Three things are fixed so that one request has one byte form:
- botocore writes `json.dumps(body)` with a space after `:` and `,`; the Swift SDK writes compact
  JSON, so botocore is made to write compact JSON too (as Tests/Differential/botocore_requests.py does).
- Python dicts keep insertion order and the Swift SDK writes maps with sorted keys: every item
  and value map here is built with sorted keys, and keyword arguments are passed in the
  operation's member order (the order the Swift serializer writes).
- Python sets iterate in hash order: sets are `OrderedSet`s (any `collections.abc.Set` serializes
  as a DynamoDB set in boto3), whose order is the order the Swift `DynamoDBSet` keeps.
"""
import base64
import collections.abc
import json
import os
import sys
from decimal import Decimal

os.environ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config"
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials"
for name in list(os.environ):
    if name.startswith("AWS_") and name not in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        del os.environ[name]

import boto3  # noqa: E402
import botocore.awsrequest  # noqa: E402
import botocore.serialize  # noqa: E402
from boto3.dynamodb.conditions import Attr, Key  # noqa: E402
from boto3.dynamodb.types import Binary  # noqa: E402


class _CompactJSON:
    def __getattr__(self, name):
        return getattr(json, name)

    @staticmethod
    def dumps(obj, **kwargs):
        kwargs.setdefault("separators", (",", ":"))
        return json.dumps(obj, **kwargs)


botocore.serialize.json = _CompactJSON()


class OrderedSet(collections.abc.Set):
    """A set that iterates in the order its elements were given."""

    def __init__(self, items):
        self._items = list(dict.fromkeys(items))

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items


def ordered(value):
    """`value` with every dict's keys sorted, as the Swift SDK writes maps."""
    if isinstance(value, dict):
        return {key: ordered(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [ordered(item) for item in value]
    return value


EVERY_TYPE = ordered({
    "id": "u1", "age": 30, "price": Decimal("19.99"), "negzero": Decimal("-0"), "sci": Decimal("1e2"),
    "big": Decimal("12345678901234567890123456789012345678"), "tiny": Decimal("1E-130"),
    "huge": Decimal("9.9999999999999999999999999999999999999E+125"), "frac": Decimal("-0.000001"), "trail": Decimal("1.50"),
    "blob": b"\x00\x01\xfe", "wrapped": Binary(b"bin"), "yes": True, "no": False, "nothing": None, "text": "",
    "ss": OrderedSet(["b", "a"]), "ns": OrderedSet([3, Decimal("2.5"), -1]), "bs": OrderedSet([b"x", b"y"]),
    "list": [1, "two", [3], {"four": 4}, None, True], "map": {"b": {"c": [Decimal("0.5")]}, "a": "x"},
})


def cases(table, dynamodb):
    """Name → a call; mirrored one for one in DynamoDBDifferentialTests.swift."""
    key = {"id": "u1", "ts": 5}
    return {
        "put every type": lambda: table.put_item(Item=EVERY_TYPE),
        "put if absent": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("id").not_exists()),
        "eq": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").eq("x")),
        "ne": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").ne(1)),
        "lt": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").lt(Decimal("2.5"))),
        "lte": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").lte(-3)),
        "gt": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").gt(Decimal("1E+40"))),
        "gte": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").gte(0)),
        "between": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").between("a", "m")),
        "begins_with": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").begins_with("pre")),
        "is_in": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").is_in(["x", 2, b"z", True, None])),
        "exists": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").exists()),
        "not_exists": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").not_exists()),
        "contains": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("tags").contains("red")),
        "attribute_type": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").attribute_type("SS")),
        "size eq": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().eq(3)),
        "size lt": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().lt(3)),
        "size lte": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().lte(3)),
        "size gt": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().gt(3)),
        "size gte": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().gte(3)),
        "size between": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").size().between(1, 9)),
        "attribute against attribute": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").eq(Attr("b"))),
        "attribute against size": lambda: table.put_item(Item={"id": "u2"}, ConditionExpression=Attr("a").lt(Attr("b").size())),
        "and or not": lambda: table.put_item(
            Item={"id": "u2"},
            ConditionExpression=(Attr("a").eq(1) & ~Attr("b").exists()) | (Attr("c").lt(2) & Attr("d").gt(3))),
        "deep nesting": lambda: table.put_item(
            Item={"id": "u2"},
            ConditionExpression=~(~(Attr("a").eq(1) | Attr("b").eq(2)) & (Attr("c").eq(3) | ~Attr("d").not_exists()))),
        "nested paths": lambda: table.put_item(
            Item={"id": "u2"},
            ConditionExpression=Attr("a.b[0].c").eq("x") & Attr("list[12]").exists() & Attr("m.m").ne(Attr("n[0][1]"))),
        "every value type": lambda: table.put_item(
            Item={"id": "u2"},
            ConditionExpression=Attr("s").eq("t") & Attr("n").eq(Decimal("12345678901234567890123456789012345678"))
            & Attr("b").eq(b"\x01") & Attr("t").eq(True) & Attr("z").eq(None) & Attr("l").eq([1, "x"])
            & Attr("m").eq(ordered({"k": "v", "a": 1})) & Attr("ss").eq(OrderedSet(["p", "q"]))
            & Attr("ns").eq(OrderedSet([1, 2])) & Attr("bs").eq(OrderedSet([b"1"]))),
        "put with options": lambda: table.put_item(Item={"id": "u3", "n": 1}, ReturnValues="ALL_OLD",
                                                   ReturnConsumedCapacity="TOTAL", ConditionExpression=Attr("n").lt(5)),
        "get": lambda: table.get_item(Key=key),
        "get projected": lambda: table.get_item(Key=key, ConsistentRead=True, ProjectionExpression="#a, b",
                                                ExpressionAttributeNames={"#a": "a"}),
        "update": lambda: table.update_item(
            Key=key, ReturnValues="UPDATED_NEW", UpdateExpression="SET #c = #c + :one, tags = :tags",
            ConditionExpression=Attr("c").lt(10) | Attr("c").not_exists(), ExpressionAttributeNames={"#c": "count"},
            ExpressionAttributeValues={":one": 1, ":tags": OrderedSet(["a", "b"])}),
        "delete": lambda: table.delete_item(Key=key, ReturnValues="ALL_OLD", ConditionExpression=Attr("state").is_in(["done", "failed"])),
        "query eq": lambda: table.query(KeyConditionExpression=Key("id").eq("u1")),
        "query between": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("ts").between(1, 9)),
        "query begins_with": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("sk").begins_with("2024-")),
        "query lt": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("ts").lt(5)),
        "query lte": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("ts").lte(5)),
        "query gt": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("ts").gt(5)),
        "query gte": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Key("ts").gte(Decimal("5.5"))),
        # Keyword order is the model's (FilterExpression comes first); boto3 numbers the filter's
        # placeholders first whatever the order.
        "query with filter": lambda: table.query(
            FilterExpression=Attr("age").gt(20) | Attr("nick").not_exists(),
            KeyConditionExpression=Key("id").eq("u1") & Key("ts").between(1, 9)),
        "query with options": lambda: table.query(
            IndexName="by-ts", Select="ALL_ATTRIBUTES", Limit=10, ScanIndexForward=False,
            ExclusiveStartKey={"id": "u1", "ts": 4}, ReturnConsumedCapacity="INDEXES",
            FilterExpression=Attr("tags").contains("x"), KeyConditionExpression=Key("id").eq("u1")),
        "query with key in filter": lambda: table.query(
            FilterExpression=Key("id").begins_with("u"), KeyConditionExpression=Key("id").eq("u1")),
        "scan": lambda: table.scan(),
        "scan with filter": lambda: table.scan(FilterExpression=Attr("a.b").size().gte(2) & ~Attr("c").attribute_type("NULL")),
        "scan segment": lambda: table.scan(Limit=5, ExclusiveStartKey={"id": "u9", "ts": 1}, TotalSegments=4, Segment=1,
                                           FilterExpression=Attr("n").between(Decimal("-1.5"), Decimal("1.5"))),
        "batch write": lambda: dynamodb.batch_write_item(RequestItems={"users": [
            {"PutRequest": {"Item": ordered({"id": "u1", "n": 1, "ss": OrderedSet(["a"])})}},
            {"DeleteRequest": {"Key": {"id": "u2", "ts": 3}}}]}),
        "batch get": lambda: dynamodb.batch_get_item(RequestItems={"users": {
            "Keys": [{"id": "u1", "ts": 1}, {"id": "u2", "ts": 2}], "ConsistentRead": True, "ProjectionExpression": "id"}}),
        "error: Attr in key condition": lambda: table.query(KeyConditionExpression=Key("id").eq("u1") & Attr("age").gt(1)),
        "error: inexact number": lambda: table.put_item(Item={"id": "u1", "n": Decimal("12345678901234567890123456789012345678901")}),
        "error: rounded number": lambda: table.put_item(Item={"id": "u1", "n": 10 ** 40}),
        "error: overflow": lambda: table.put_item(Item={"id": "u1", "n": Decimal("1E+127")}),
        "error: underflow": lambda: table.put_item(Item={"id": "u1", "n": Decimal("1E-166")}),
        "error: NaN": lambda: table.put_item(Item={"id": "u1", "n": Decimal("NaN")}),
    }


def main():
    session = boto3.session.Session(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="SECRET", region_name="us-east-1")
    dynamodb = session.resource("dynamodb", endpoint_url="http://127.0.0.1:1")
    table = dynamodb.Table("users")
    captured = {}

    class _Raw:
        def stream(self, **kwargs):
            yield b"{}"

    def before_send(request, **kwargs):
        body = request.body
        if hasattr(body, "read"):
            body = body.read()
        if isinstance(body, str):
            body = body.encode()
        captured["target"] = request.headers.get("X-Amz-Target", b"").decode()
        captured["body"] = (body or b"").decode()
        return botocore.awsrequest.AWSResponse(request.url, 200, {"Content-Type": "application/x-amz-json-1.0"}, _Raw())

    dynamodb.meta.client.meta.events.register("before-send", before_send)
    results = {}
    for name, call in cases(table, dynamodb).items():
        captured.clear()
        try:
            call()
            results[name] = {"target": captured["target"], "body": captured["body"]}
        except Exception as error:  # noqa: BLE001 - the exception is the result
            results[name] = {"error": type(error).__name__, "message": str(error)}
    json.dump({"boto3": boto3.__version__, "cases": results}, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
