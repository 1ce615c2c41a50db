"""Copies of services under the other protocols their model lists, so each of those is exercised.

botocore picks a service's protocol from its `protocols` list in its own priority order (json,
rest-json, rest-xml, smithy-rpc-v2-cbor, query, ec2): the services that offer CBOR, and cloudwatch,
which offers CBOR, JSON and query, go out as JSON from both SDKs, and CBOR would go untested. For
each protocol a service lists and botocore does not choose, this writes `<service>-<suffix>` (its
service-2.json with `protocols` reduced to that one, and its endpoint rule set) into a data folder
that both botocore (its `data_path`) and this SDK (`AWS_DATA_PATH`) read. Signing name, endpoint
prefix and service id stay the service's own, so the requests differ only by protocol.
"""
import json
import os

SUFFIXES = {"smithy-rpc-v2-cbor": "rpcv2cbor", "query": "query", "json": "json", "rest-json": "restjson",
            "rest-xml": "restxml", "ec2": "ec2"}


def write_protocol_variants(session, services, folder):
    """Writes the variants of `services`; returns their names."""
    loader = session.get_component("data_loader")
    names = []
    for service in services:
        model = session.get_service_model(service)
        for protocol in model.metadata.get("protocols") or []:
            if protocol == model.resolved_protocol or protocol not in SUFFIXES:
                continue
            name = f"{service}-{SUFFIXES[protocol]}"
            version = model.api_version
            data = json.loads(json.dumps(loader.load_service_model(service, "service-2", version)))
            data["metadata"]["protocols"] = [protocol]
            data["metadata"]["protocol"] = protocol
            target = os.path.join(folder, name, version)
            os.makedirs(target, exist_ok=True)
            with open(os.path.join(target, "service-2.json"), "w") as handle:
                json.dump(data, handle)
            rules = loader.load_service_model(service, "endpoint-rule-set-1", version)
            with open(os.path.join(target, "endpoint-rule-set-1.json"), "w") as handle:
                json.dump(rules, handle)
            names.append(name)
    return names
