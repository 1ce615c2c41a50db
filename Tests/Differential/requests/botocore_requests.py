#!/usr/bin/env python3
"""Draws inputs for every operation and records the request botocore would send for each.

Usage:
  botocore_requests.py --cases CASES.jsonl --botocore BOTOCORE.jsonl
                       [--services s3,sqs | --services-file FILE] [--seed N]
                       [--modes required,full,edge] [--sample] [--second-region REGION]

CASES.jsonl gets one line per case: {"id", "service", "operation", "mode", "region", "params"},
the params in typed_json's encoding (what `aws-conformance requests` reads). BOTOCORE.jsonl gets
botocore's outcome per case: {"id", "outcome": "request", "request": {method, url, headers,
body_b64}, "tokens": {member: generated idempotency token}} or {"id", "outcome": "rejected",
"error_type", "message"} when botocore raised before sending.

botocore runs with fixed fake credentials, the case's region, no config files and no AWS_*
environment. Its request is captured at `before-send` (after signing, as it would go on the
wire) and a private exception stops the call there, so nothing is sent and nothing is retried.

Every case's generator is seeded with "seed:service:operation:mode:region", so a case draws the
same input in a sample run and in a full run. `--sample` keeps one operation per service
(seeded), which covers every service and so every protocol.
"""
import argparse
import json
import os
import random
import sys
import time
import warnings

CREDENTIALS = ("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
DEFAULT_REGION = "us-east-1"


def clean_environment():
    """No AWS_* variable or config file may change botocore's behaviour."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name.startswith("BOTO"):
            del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config"
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials"
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"


clean_environment()
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import botocore
    import botocore.session
    from botocore import xform_name
    from botocore.awsrequest import AWSResponse
    from botocore.exceptions import ParamValidationError
except ImportError:
    sys.exit("botocore_requests.py: botocore is not installed for this python3 "
             "(python3 -m pip install botocore, or boto3)")

from input_values import MODES, GenerationError, InputGenerator  # noqa: E402
from protocol_variants import write_protocol_variants  # noqa: E402
import typed_json  # noqa: E402


class Captured(Exception):
    """Raised by the before-send handler: carries the request, stops the call."""

    def __init__(self, request, event_name):
        super().__init__("captured")
        self.request = request
        self.event_name = event_name


DISCOVERED_HOST = "discovered.endpoint.example"


class _Body:
    def __init__(self, data):
        self._data = data

    def stream(self, **_):
        yield self._data


def make_capture(state):
    def capture(request, event_name=None, **_):
        # Endpoint discovery (timestream): botocore first asks DescribeEndpoints; answer it, so
        # the operation itself is sent (to the discovered host) and captured next.
        if event_name and event_name.endswith(".DescribeEndpoints") and state["operation"] != "DescribeEndpoints":
            body = json.dumps({"Endpoints": [{"Address": DISCOVERED_HOST, "CachePeriodInMinutes": 1}]}).encode()
            return AWSResponse(request.url, 200, {"Content-Type": "application/x-amz-json-1.0"}, _Body(body))
        raise Captured(request, event_name)
    return capture


def body_bytes(body):
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if hasattr(body, "read"):
        position = body.tell() if hasattr(body, "tell") else None
        data = body.read()
        if position is not None and hasattr(body, "seek"):
            body.seek(position)
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(f"unexpected body type {type(body).__name__}")


def wire_text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def record_request(request):
    import base64
    return {
        "method": request.method,
        "url": request.url,
        # botocore holds non-ASCII header values as their UTF-8 bytes, which is what goes on the
        # wire (this SDK's transports write a String header value as UTF-8 too).
        "headers": [[wire_text(name), wire_text(value)] for name, value in request.headers.items()],
        "body_b64": base64.b64encode(body_bytes(request.body)).decode("ascii"),
    }


def select_operations(service_model, seed, sample):
    names = sorted(service_model.operation_names)
    if not sample:
        return names
    return [random.Random(f"{seed}:{service_model.service_name}:sample").choice(names)]


def make_client(session, service, region):
    client = session.create_client(service, region_name=region, aws_access_key_id=CREDENTIALS[0],
                                   aws_secret_access_key=CREDENTIALS[1])
    tokens = {}
    state = {"operation": None}  # the operation being called, set by run_case

    def remember_tokens(params, model, **_):
        if model.name != state["operation"]:
            return  # a call botocore makes on its own first (DescribeEndpoints)
        tokens.clear()
        for name in model.idempotent_members:
            if name in params:
                tokens[name] = params[name]

    client.meta.events.register("before-send", make_capture(state))
    client.meta.events.register_last("before-parameter-build", remember_tokens)
    return client, tokens, state


def run_case(client, tokens, state, operation_model, params):
    state["operation"] = operation_model.name
    tokens.clear()
    method = getattr(client, xform_name(operation_model.name), None)
    if method is None:
        return {"outcome": "rejected", "error_type": "NoClientMethod",
                "message": f"botocore's client has no method for {operation_model.name} (an event stream input)"}
    try:
        method(**params)
    except Captured as captured:
        sent = captured.event_name.rsplit(".", 1)[-1] if captured.event_name else operation_model.name
        if sent != operation_model.name:  # DescribeEndpoints asked for itself: captured as itself
            return {"outcome": "rejected", "error_type": "SentAnotherOperation",
                    "message": f"botocore sent {sent} instead"}
        result = {"outcome": "request", "request": record_request(captured.request)}
        if operation_model.idempotent_members:
            result["tokens"] = {name: tokens[name] for name in operation_model.idempotent_members
                                if name in tokens and name not in params}
        return result
    except ParamValidationError as error:
        return {"outcome": "rejected", "error_type": "ParamValidationError", "message": str(error)}
    except Exception as error:  # botocore refused before sending: a skip, counted by reason
        return {"outcome": "rejected", "error_type": type(error).__name__, "message": str(error)[:500]}
    return {"outcome": "rejected", "error_type": "NoRequest", "message": "the call returned without sending"}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", required=True, help="where to write the cases (JSON lines)")
    parser.add_argument("--botocore", required=True, help="where to write botocore's requests (JSON lines)")
    parser.add_argument("--services", help="comma-separated service names (default: every service botocore has)")
    parser.add_argument("--services-file", help="a file of service names, one a line")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--sample", action="store_true", help="one seeded operation per service")
    parser.add_argument("--variants", help="a folder to write protocol variants into (protocol_variants.py): "
                        "copies of services under the other protocols they list; give both SDKs this folder on their data path")
    parser.add_argument("--second-region", default="eu-central-1",
                        help="also run each service's first selected operation in `required` mode in this region ('' for none)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_arguments(argv)
    warnings.simplefilter("ignore")
    session = botocore.session.get_session()
    available = session.get_available_services()
    services = available
    if args.services or args.services_file:
        wanted = args.services.split(",") if args.services else open(args.services_file).read().split()
        unknown = sorted(set(wanted) - set(available))
        if unknown:
            print(f"botocore {botocore.__version__} has no service {', '.join(unknown)}; left out", file=sys.stderr)
        services = [name for name in available if name in set(wanted)]
    if args.variants:
        variants = write_protocol_variants(session, services, args.variants)
        session = botocore.session.get_session()
        session.set_config_variable("data_path", os.path.abspath(args.variants))
        services = services + variants
    modes = [mode for mode in args.modes.split(",") if mode]
    for mode in modes:
        if mode not in MODES:
            sys.exit(f"unknown mode {mode!r}: use {', '.join(MODES)}")

    started = time.monotonic()
    counts = {"cases": 0, "request": 0, "rejected": 0, "generation_failed": 0}
    with open(args.cases, "w") as cases_file, open(args.botocore, "w") as botocore_file:
        for service in services:
            service_model = session.get_service_model(service)
            operations = select_operations(service_model, args.seed, args.sample)
            plan = [(op, mode, DEFAULT_REGION) for op in operations for mode in modes]
            if args.second_region and "required" in modes:
                plan.append((operations[0], "required", args.second_region))
            clients = {}
            for operation, mode, region in plan:
                if region not in clients:
                    clients[region] = make_client(session, service, region)
                client, tokens, state = clients[region]
                operation_model = client.meta.service_model.operation_model(operation)
                case_id = f"{service}/{operation}/{mode}/{region}"
                rng = random.Random(f"{args.seed}:{service}:{operation}:{mode}:{region}")
                try:
                    params = InputGenerator(rng, mode, operation_model, region).parameters()
                except GenerationError as error:
                    counts["generation_failed"] += 1
                    print(f"{case_id}: no input: {error}", file=sys.stderr)
                    continue
                encoded = typed_json.encode(params)
                cases_file.write(json.dumps({"id": case_id, "service": service, "operation": operation, "mode": mode,
                                             "region": region, "params": encoded}, ensure_ascii=False) + "\n")
                outcome = run_case(client, tokens, state, operation_model, typed_json.decode(encoded))
                outcome["id"] = case_id
                botocore_file.write(json.dumps(outcome, ensure_ascii=False) + "\n")
                counts["cases"] += 1
                counts[outcome["outcome"]] += 1
    elapsed = time.monotonic() - started
    print(f"botocore {botocore.__version__}: {counts['cases']} cases over {len(services)} services, "
          f"{counts['request']} requests, {counts['rejected']} rejected by botocore, "
          f"{counts['generation_failed']} without input, {elapsed:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
