#!/usr/bin/env python3
"""The S3 and SQS resource scenario of the differential test, run through boto3's resource layer.

Usage: boto3_scenario.py --endpoint-url http://127.0.0.1:PORT --prefix diff-py-1234

Prints ONE JSON document (sorted keys) with what the scenario observed. Volatile values (timestamps,
request ids, receipt handles, message and version ids) are left out or reduced to whether they were
present. Every name starts with the prefix; the Swift side (Tests/AWSResourcesTests/Differential) runs
the same scenario with another prefix and compares the two documents after replacing the prefixes.
Keep the two in step: any change here needs the same change in DifferentialScenario.swift.
"""
import argparse
import base64
import json
import sys

import boto3

# (key, body, content type, metadata); bodies differ in length so sizes are distinguishable.
OBJECTS = [
    ("docs/a.txt", "alpha", "text/plain", {"index": "0", "group": "docs"}),
    ("docs/b.json", '{"b": 1}', "application/json", {"index": "1", "group": "docs"}),
    ("docs/sub/c.txt", "charlie!", "text/plain", {"index": "2", "group": "docs"}),
    ("logs/2024/01.log", "log line one\n", "text/x-log", {"index": "3", "group": "logs"}),
    ("logs/2024/02.log", "log line two\nmore\n", "text/x-log", {"index": "4", "group": "logs"}),
    ("logs/2025/01.log", "", "text/x-log", {"index": "5", "group": "logs", "empty": "yes"}),
    ("top.bin", "\u00e9t\u00e9 \u2603", "application/octet-stream", {"index": "6", "group": "top"}),
]

MESSAGES = 5
BATCH_MESSAGES = 3


def normalize(value):
    """JSON-safe values: bytes as base64, datetimes never reach here (callers reduce them)."""
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value


def summary(item):
    return {"bucket_name": item.bucket_name, "key": item.key, "size": item.size, "e_tag": item.e_tag,
            "storage_class": item.storage_class, "has_last_modified": item.last_modified is not None}


def s3_scenario(s3, prefix):
    out = {}
    bucket = s3.create_bucket(Bucket=prefix + "-main")
    out["bucket_name"] = bucket.name
    bucket.wait_until_exists()
    out["bucket_has_creation_date"] = bucket.creation_date is not None

    put = []
    for key, body, content_type, metadata in OBJECTS:
        obj = bucket.put_object(Key=key, Body=body.encode("utf-8"), ContentType=content_type, Metadata=metadata)
        put.append({"bucket_name": obj.bucket_name, "key": obj.key})
    out["put"] = put

    out["all"] = [summary(s) for s in bucket.objects.all()]
    out["filter_logs"] = [s.key for s in bucket.objects.filter(Prefix="logs/")]
    out["filter_docs_sub"] = [s.key for s in bucket.objects.filter(Prefix="docs/sub/")]
    out["filter_none"] = [s.key for s in bucket.objects.filter(Prefix="nothing/")]
    out["limit_3"] = [s.key for s in bucket.objects.limit(3)]
    out["limit_0"] = [s.key for s in bucket.objects.limit(0)]
    out["page_size_2_pages"] = [[s.key for s in page] for page in bucket.objects.page_size(2).pages()]
    out["page_size_3_limit_4"] = [s.key for s in bucket.objects.page_size(3).limit(4)]
    out["filter_logs_page_size_1_limit_2"] = [s.key for s in bucket.objects.filter(Prefix="logs/").page_size(1).limit(2)]
    out["delimiter"] = [s.key for s in bucket.objects.filter(Delimiter="/")]
    out["marker"] = [s.key for s in bucket.objects.filter(Marker="docs/sub/c.txt")]

    objects = []
    for key, body, _, _ in OBJECTS:
        obj = bucket.Object(key)
        got = obj.get()
        objects.append({
            "key": obj.key, "content_type": obj.content_type, "metadata": obj.metadata,
            "content_length": obj.content_length, "e_tag": obj.e_tag, "accept_ranges": obj.accept_ranges,
            "has_last_modified": obj.last_modified is not None,
            "body_matches": got["Body"].read() == body.encode("utf-8"),
            "get_content_type": got["ContentType"], "get_metadata": got["Metadata"],
        })
    out["objects"] = objects

    summaries = list(bucket.objects.filter(Prefix="docs/"))
    out["summary_to_object"] = [{"key": s.Object().key, "content_type": s.Object().content_type} for s in summaries]

    deleted = bucket.objects.filter(Prefix="logs/").delete()
    out["batch_delete_logs"] = [sorted(d["Key"] for d in response.get("Deleted", [])) for response in deleted]
    out["after_delete"] = [s.key for s in bucket.objects.all()]
    out["after_delete_count"] = len(out["after_delete"])
    out["batch_delete_none"] = bucket.objects.filter(Prefix="logs/").delete()

    out["buckets"] = sorted(b.name for b in s3.buckets.all() if b.name.startswith(prefix))

    versioned = s3.create_bucket(Bucket=prefix + "-versions")
    versioned.Versioning().enable()
    out["versioning_status"] = versioned.Versioning().status
    versioned.put_object(Key="v.txt", Body=b"one")
    versioned.put_object(Key="v.txt", Body=b"two!!")
    versioned.Object("v.txt").delete()
    versions = []
    for v in versioned.object_versions.all():
        versions.append({"bucket_name": v.bucket_name, "object_key": v.object_key, "key": v.key, "size": v.size,
                         "e_tag": v.e_tag, "is_latest": v.is_latest, "has_id": bool(v.id)})
    # Delete markers (no size) first, then by size: the listing order of equal timestamps is not fixed.
    out["versions"] = sorted(versions, key=lambda v: (v["size"] is not None, v["size"] or 0))
    deleted = versioned.object_versions.delete()
    out["versions_batch_delete"] = [len(response.get("Deleted", [])) for response in deleted]
    out["versions_after_delete"] = len(list(versioned.object_versions.all()))
    versioned.delete()

    bucket.objects.all().delete()
    bucket.delete()
    bucket.wait_until_not_exists()
    out["buckets_after_cleanup"] = sorted(b.name for b in s3.buckets.all() if b.name.startswith(prefix))
    return out


def message_view(message):
    return {"queue_url": message.queue_url, "body": message.body, "md5_of_body": message.md5_of_body,
            "message_attributes": normalize(message.message_attributes),
            "md5_of_message_attributes": message.md5_of_message_attributes,
            "attributes": message.attributes, "has_receipt_handle": bool(message.receipt_handle),
            "has_message_id": bool(message.message_id)}


def sqs_scenario(sqs, prefix):
    out = {}
    name = prefix + "-queue"
    queue = sqs.create_queue(QueueName=name, Attributes={"VisibilityTimeout": "45", "DelaySeconds": "0"})
    out["queue_url"] = queue.url
    out["by_name_equal"] = sqs.get_queue_by_name(QueueName=name) == queue
    out["listed"] = sorted(q.url for q in sqs.queues.filter(QueueNamePrefix=prefix))
    attributes = queue.attributes
    out["attributes"] = {k: attributes.get(k) for k in
                         ["VisibilityTimeout", "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
                          "ReceiveMessageWaitTimeSeconds", "QueueArn", "ApproximateNumberOfMessages"]}

    sent = []
    for i in range(MESSAGES):
        response = queue.send_message(MessageBody="message %d" % i, MessageAttributes={
            "index": {"DataType": "Number", "StringValue": str(i)},
            "kind": {"DataType": "String", "StringValue": "even" if i % 2 == 0 else "odd"},
            "blob": {"DataType": "Binary", "BinaryValue": bytes([i, 255 - i, 7])},
        })
        sent.append({"md5_of_body": response["MD5OfMessageBody"],
                     "md5_of_message_attributes": response.get("MD5OfMessageAttributes"),
                     "has_message_id": bool(response.get("MessageId"))})
    out["sent"] = sent
    batch = queue.send_messages(Entries=[{"Id": "e%d" % i, "MessageBody": "batch %d" % i} for i in range(BATCH_MESSAGES)])
    out["sent_batch"] = sorted(({"id": e["Id"], "md5_of_body": e["MD5OfMessageBody"]} for e in batch.get("Successful", [])),
                               key=lambda e: e["id"])
    out["sent_batch_failed"] = batch.get("Failed", [])
    queue.reload()
    out["approximate_after_send"] = queue.attributes["ApproximateNumberOfMessages"]

    received = []
    for _ in range(20):
        if len(received) >= MESSAGES + BATCH_MESSAGES:
            break
        messages = queue.receive_messages(MaxNumberOfMessages=10, MessageAttributeNames=["All"],
                                          AttributeNames=["ApproximateReceiveCount"], WaitTimeSeconds=0)
        for message in messages:
            received.append(message_view(message))
            message.delete()
    out["received"] = sorted(received, key=lambda m: m["body"])
    out["received_count"] = len(received)
    out["empty_receive"] = len(queue.receive_messages(MaxNumberOfMessages=10, WaitTimeSeconds=0))

    queue.set_attributes(Attributes={"VisibilityTimeout": "60"})
    queue.reload()
    out["visibility_after_set"] = queue.attributes["VisibilityTimeout"]
    out["approximate_after_delete"] = queue.attributes["ApproximateNumberOfMessages"]
    queue.delete()
    out["listed_after_delete"] = sorted(q.url for q in sqs.queues.filter(QueueNamePrefix=prefix))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint-url", required=True)
    parser.add_argument("--prefix", required=True)
    args = parser.parse_args()
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                    region_name="us-east-1")
    s3 = session.resource("s3", endpoint_url=args.endpoint_url)
    sqs = session.resource("sqs", endpoint_url=args.endpoint_url)
    result = {"s3": s3_scenario(s3, args.prefix), "sqs": sqs_scenario(sqs, args.prefix)}
    json.dump(result, sys.stdout, sort_keys=True, indent=1, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
