#!/usr/bin/env python3
"""boto3's side of `aws-bench dynamodb` (Sources/Benchmarks/DynamoDBBenchmarks.swift): the same
items and canned responses, answered at `before-send` so nothing is sent.

Rows (CPU and wall microseconds per item, one figure per round):
- dynamodb_batch_writer_10000_items: `table.batch_writer()` with 10,000 `put_item`s (400 BatchWriteItem calls).
- dynamodb_query_page_1000_items: `table.query(...)` answered with a 1,000-item page, converted to Python values.
- dynamodb_client_query_page_1000_items: the same `query` through a plain client (wire form, no conversion).
- dynamodb_deserialize_page_1000_items: `TypeDeserializer` on the page's 1,000 wire items alone.

Usage: scripts/bench_dynamodb_boto3.py [--items 10000 --page-items 1000 --queries 10 --rounds 5]
Prints one JSON line per row, like aws-bench's.
"""
import argparse
import json
import os
import time
from decimal import Decimal

os.environ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config"
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials"

import boto3  # noqa: E402
import botocore.awsrequest  # noqa: E402
from boto3.dynamodb.conditions import Key  # noqa: E402
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer  # noqa: E402

PRICE = Decimal("19.99")


def item(index):
    """The benchmark's item `index`, as DynamoDBBenchmarks.item(_:price:)."""
    return {"pk": f"user#{index % 100}", "sk": index, "name": f"Item {index}", "price": PRICE, "tags": {"blue", "new"},
            "active": index % 2 == 0, "payload": {"x": 1, "y": [1, 2, 3]}}


class _Raw:
    def __init__(self, body):
        self._body = body

    def stream(self, **kwargs):
        yield self._body


def per_item(name, items, rounds, body):
    body()
    cpu, wall = [], []
    for _ in range(rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        body()
        c1, w1 = time.process_time(), time.perf_counter()
        cpu.append((c1 - c0) * 1e6 / items)
        wall.append((w1 - w0) * 1e6 / items)
    return {"bench": name, "sdk": "boto3", "ops_per_round": items, "cpu_us_per_op": cpu, "wall_us_per_op": wall}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--page-items", type=int, default=1_000)
    parser.add_argument("--queries", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    serializer = TypeSerializer()
    wire_items = [serializer.serialize(item(i)) for i in range(args.page_items)]
    page = json.dumps({"Items": [w["M"] for w in wire_items], "Count": args.page_items, "ScannedCount": args.page_items}).encode()
    batch_body = b'{"UnprocessedItems":{}}'
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
    dynamodb = session.resource("dynamodb")
    table = dynamodb.Table("bench")
    written = {"requests": 0}

    def before_send(request, **kwargs):
        target = request.headers.get("X-Amz-Target", b"").decode()
        headers = {"Content-Type": "application/x-amz-json-1.0"}
        if target.endswith("BatchWriteItem"):
            written["requests"] += 1
            return botocore.awsrequest.AWSResponse(request.url, 200, headers, _Raw(batch_body))
        return botocore.awsrequest.AWSResponse(request.url, 200, headers, _Raw(page))

    dynamodb.meta.client.meta.events.register("before-send", before_send)
    client = session.client("dynamodb")
    client.meta.events.register("before-send", before_send)

    def raw_query():
        response = client.query(TableName="bench", KeyConditionExpression="#n0 = :v0", ExpressionAttributeNames={"#n0": "pk"},
                                ExpressionAttributeValues={":v0": {"S": "user#1"}})
        assert len(response["Items"]) == args.page_items

    def write():
        with table.batch_writer() as batch:
            for i in range(args.items):
                batch.put_item(Item=item(i))

    def query():
        response = table.query(KeyConditionExpression=Key("pk").eq("user#1"))
        items = response["Items"]
        assert len(items) == args.page_items and items[-1]["price"] == PRICE and items[-1]["tags"] == {"blue", "new"}

    deserializer = TypeDeserializer()

    def convert():
        for wire in wire_items:
            deserializer.deserialize(wire)

    write()
    assert written["requests"] == args.items // 25, written
    rows = [
        per_item("dynamodb_batch_writer_10000_items", args.items, args.rounds, write),
        per_item("dynamodb_query_page_1000_items", args.page_items * args.queries, args.rounds,
                 lambda: [query() for _ in range(args.queries)]),
        per_item("dynamodb_client_query_page_1000_items", args.page_items * args.queries, args.rounds,
                 lambda: [raw_query() for _ in range(args.queries)]),
        per_item("dynamodb_deserialize_page_1000_items", args.page_items * args.queries, args.rounds,
                 lambda: [convert() for _ in range(args.queries)]),
    ]
    for row in rows:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
