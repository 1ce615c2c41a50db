"""boto3's side of scripts/bench-transfers: upload_file and download_file of one large file, and
a threaded loop of upload_file over a folder of small files, all with boto3's default
TransferConfig (the Swift side uses the same defaults). Prints one JSON line per measurement:
wall and CPU seconds (resource.getrusage(RUSAGE_SELF), all threads), and both per GiB."""
import argparse
import json
import os
import resource
import time
from concurrent.futures import ThreadPoolExecutor

import boto3
from boto3.s3.transfer import TransferConfig


def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(name, size, body):
    wall, used = time.monotonic(), cpu()
    body()
    wall, used = time.monotonic() - wall, cpu() - used
    gib = size / float(1 << 30)
    print(json.dumps({"bench": "transfers", "side": "boto3", "name": name, "bytes": size, "wall_s": round(wall, 3),
                      "cpu_s": round(used, 3), "wall_s_per_gib": round(wall / gib, 3), "cpu_s_per_gib": round(used / gib, 3)}),
          flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint-url", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--bucket", default="bench-transfers-boto3")
    args = parser.parse_args()
    s3 = boto3.client("s3", region_name="us-east-1", endpoint_url=args.endpoint_url,
                      aws_access_key_id="testing", aws_secret_access_key="testing")
    try:
        s3.create_bucket(Bucket=args.bucket)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    config = TransferConfig()
    size = os.path.getsize(args.file)
    names = sorted(os.listdir(args.folder))
    folder_bytes = sum(os.path.getsize(os.path.join(args.folder, n)) for n in names)
    target = args.file + ".boto3-download"

    measure("upload_file", size, lambda: s3.upload_file(args.file, args.bucket, "large.bin", Config=config))
    measure("download_file", size, lambda: s3.download_file(args.bucket, "large.bin", target, Config=config))

    def upload_all():
        with ThreadPoolExecutor(max_workers=config.max_concurrency) as pool:
            list(pool.map(lambda n: s3.upload_file(os.path.join(args.folder, n), args.bucket, "dir/" + n, Config=config), names))

    measure("upload_directory", folder_bytes, upload_all)
    os.remove(target)
    s3.delete_object(Bucket=args.bucket, Key="large.bin")


if __name__ == "__main__":
    main()
