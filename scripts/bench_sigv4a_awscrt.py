#!/usr/bin/env python3
"""The awscrt side of scripts/bench-sigv4a: CPU per ECDSA P-256 signature (awscrt.crypto.EC,
aws-lc underneath) and per SigV4a / SigV4 request signing (awscrt.auth.aws_sign_request, what
botocore[crt]'s CrtS3SigV4AsymAuth calls) of the same S3 multi-region access point GET as
`aws-bench signing`. Prints the same Markdown table and JSON lines."""
import datetime
import hashlib
import json
import sys
import time

try:
    from awscrt import auth, crypto, http
except ImportError:
    sys.exit("bench_sigv4a_awscrt.py needs awscrt (pip install awscrt==0.32.2)")

OPS = int(sys.argv[sys.argv.index("--operations") + 1]) if "--operations" in sys.argv else 2000
ROUNDS = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
CREDS = auth.AwsCredentialsProvider.new_static("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
DATE = datetime.datetime(2026, 5, 17, 12, 34, 56, tzinfo=datetime.timezone.utc)
HOST = "mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com"


def config(algorithm, region):
    return auth.AwsSigningConfig(algorithm=algorithm, signature_type=auth.AwsSignatureType.HTTP_REQUEST_HEADERS,
                                 credentials_provider=CREDS, region=region, service="s3", date=DATE,
                                 use_double_uri_encode=False, should_normalize_uri_path=False,
                                 signed_body_value="UNSIGNED-PAYLOAD",
                                 signed_body_header_type=auth.AwsSignedBodyHeaderType.X_AMZ_CONTENT_SHA_256)


def measure(name, body):
    for _ in range(50):
        body()
    cpu = []
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(OPS):
            body()
        cpu.append((time.process_time() - start) / OPS * 1e6)
    return name, sorted(cpu)


def main():
    key = crypto.EC.new_generate(crypto.ECType.P_256)
    digest = hashlib.sha256(b"AWS4-ECDSA-P256-SHA256").digest()
    v4a, v4 = config(auth.AwsSigningAlgorithm.V4_ASYMMETRIC, "*"), config(auth.AwsSigningAlgorithm.V4, "us-east-1")

    def sign_request(cfg):
        request = http.HttpRequest(method="GET", path="/key.txt", headers=http.HttpHeaders([("Host", HOST)]))
        auth.aws_sign_request(request, cfg).result()

    rows = [measure("awscrt_ecdsa_p256_sign", lambda: key.sign(digest)),
            measure("awscrt_sigv4a_sign_request", lambda: sign_request(v4a)),
            measure("awscrt_sigv4_sign_request", lambda: sign_request(v4))]
    print("\n### awscrt from Python (CPU per signature)\n")
    print("| benchmark | ops/round | rounds | CPU µs/op |")
    print("|---|---|---|---|")
    for name, cpu in rows:
        print(f"| {name} | {OPS} | {ROUNDS} | {cpu[len(cpu) // 2]:.1f} ({cpu[0]:.1f}–{cpu[-1]:.1f}) |")
    for name, cpu in rows:
        print(json.dumps({"bench": name, "ops_per_round": OPS, "cpu_us_per_op_median": round(cpu[len(cpu) // 2], 2),
                          "cpu_us_per_op": [round(c, 2) for c in cpu]}))


if __name__ == "__main__":
    main()
