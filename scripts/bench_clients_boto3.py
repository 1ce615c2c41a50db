#!/usr/bin/env python3
"""boto3's side of `aws-bench clients`: what a first client costs in boto3, per service.

Each creation uses a fresh botocore Session (so its loader has nothing cached: the service model,
endpoint rule set and partitions are read and parsed, as in a new process), with fake env
credentials, region us-east-1 and no config files. Prints one JSON line:
  {"bench": "boto3_clients", "results": {"client_cold_s3": {"cpu_us_per_op": [...]}, ...},
   "available_services_cold": {...}}

  python3 scripts/bench_clients_boto3.py --services s3,sqs,ec2 --rounds 3 --operations 3
"""
import argparse
import json
import os
import time

os.environ.update({
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": "/tmp/bench-no-such-aws-config",
    "AWS_SHARED_CREDENTIALS_FILE": "/tmp/bench-no-such-aws-credentials",
})
for name in [key for key in os.environ if key.startswith("AWS_ENDPOINT_URL") or key in ("AWS_PROFILE", "AWS_DATA_PATH")]:
    os.environ.pop(name)

import boto3  # noqa: E402  (after the environment is set)
import botocore.session  # noqa: E402


def measure(body, operations, rounds):
    body()  # warm-up: Python bytecode, page cache
    cpu, wall = [], []
    for _ in range(rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(operations):
            body()
        c1, w1 = time.process_time(), time.perf_counter()
        cpu.append((c1 - c0) * 1e6 / operations)
        wall.append((w1 - w0) * 1e6 / operations)
    return {"cpu_us_per_op": cpu, "wall_us_per_op": wall}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--services", default="s3,sqs,ec2")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--operations", type=int, default=3)
    args = parser.parse_args()
    results = {}
    results["available_services_cold"] = measure(
        lambda: boto3.session.Session().get_available_services(), 20, args.rounds)
    for service in args.services.split(","):
        results["client_cold_" + service] = measure(
            lambda: botocore.session.get_session().create_client(service, region_name="us-east-1"),
            args.operations, args.rounds)
    print(json.dumps({"bench": "boto3_clients", "boto3": boto3.__version__, "results": results}))


if __name__ == "__main__":
    main()
