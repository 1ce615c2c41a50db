#!/usr/bin/env python3
"""boto3's side of the soak (scripts/soak): the same run as `aws-bench soak`, through one shared
boto3 client (boto3 clients are thread-safe) driven by a pool of as many threads as the Swift run
has concurrent tasks. 1 KiB S3 PutObject calls against the same canned keep-alive server, path
addressing, retries off (total_max_attempts=1), max_pool_connections = the concurrency. Prints
calls per second, resident memory after the first calls and after all of them, and open file
descriptors before, after the run and after the client is closed; then in-flight calls that the
server never answers, abandoned: botocore cannot cancel a call in flight, so the figure is the time
its read timeout takes to end them (the Swift run cancels its tasks instead).

Usage: bench_soak_boto3.py --endpoint-url http://127.0.0.1:PORT [--calls N] [--warm-calls N]
                           [--concurrency N] [--cancelled N]
"""
import argparse
import concurrent.futures
import os
import time
import urllib.parse

import boto3
import botocore.config


def resident_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def open_descriptors():
    return len(os.listdir("/proc/self/fd")) - 1


def mib(value):
    return "%.1f MiB" % (value / 1048576)


def put_calls(s3, count, concurrency, body):
    if count <= 0:
        return
    workers = min(concurrency, count)

    def worker(number):
        share = count // workers + (1 if number < count % workers else 0)
        for index in range(share):
            output = s3.put_object(Bucket="soak", Key="w%d/k%d" % (number, index), Body=body)
            if "ETag" not in output:
                raise RuntimeError("PutObject output has no ETag: %r" % output)

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(worker, number) for number in range(workers)]:
            future.result()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint-url", required=True)
    parser.add_argument("--calls", type=int, default=10000)
    parser.add_argument("--warm-calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--cancelled", type=int, default=1000)
    parser.add_argument("--abandon-timeout", type=float, default=2.0)
    args = parser.parse_args()
    if urllib.parse.urlparse(args.endpoint_url).hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("refusing non-loopback endpoint %s" % args.endpoint_url)

    fds_before = open_descriptors()
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                    region_name="us-east-1")
    config = botocore.config.Config(read_timeout=60, max_pool_connections=args.concurrency,
                                    s3={"addressing_style": "path"}, retries={"total_max_attempts": 1})
    s3 = session.client("s3", endpoint_url=args.endpoint_url, config=config)
    body = b"a" * 1024
    start = time.perf_counter()
    put_calls(s3, args.warm_calls, args.concurrency, body)
    rss_warm = resident_bytes()
    put_calls(s3, args.calls - args.warm_calls, args.concurrency, body)
    seconds = time.perf_counter() - start
    rss_run = resident_bytes()
    fds_run = open_descriptors()
    s3.close()
    fds_close = open_descriptors()

    # Abandoned calls: botocore has no cancellation, so each call ends at its read timeout.
    slow_config = config.merge(botocore.config.Config(read_timeout=args.abandon_timeout))
    slow = session.client("s3", endpoint_url=args.endpoint_url, config=slow_config)
    abandon_start = time.perf_counter()
    ended = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        futures = [pool.submit(slow.get_object, Bucket="slow", Key="k%d" % index) for index in range(args.cancelled)]
        for future in futures:
            if future.exception() is not None:
                ended += 1
    abandon_seconds = time.perf_counter() - abandon_start
    slow.close()

    print("### soak: %d S3 PutObject calls, one client (boto3, %d threads)" % (args.calls, args.concurrency))
    print("| figure | value |")
    print("|---|---|")
    print("| calls per second | %.0f |" % (args.calls / max(seconds, 1e-9)))
    print("| RSS after the first calls | %s |" % mib(rss_warm))
    print("| RSS after all calls | %s (%+.1f MiB) |" % (mib(rss_run), (rss_run - rss_warm) / 1048576))
    print("| open fds: before, after the run, after close | %d, %d, %d |" % (fds_before, fds_run, fds_close))
    print("| in-flight calls abandoned (no cancellation: each waits out a %.0f s read timeout, %d threads) | %d ended with an error in %.2f s |"
          % (args.abandon_timeout, args.concurrency, ended, abandon_seconds))
    print("| after the abandoned calls: RSS, open fds | %s, %d |" % (mib(resident_bytes()), open_descriptors()))


if __name__ == "__main__":
    main()
