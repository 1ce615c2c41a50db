"""Copies of services under another protocol, so that every protocol a model lists is exercised.

botocore picks a service's protocol from its `protocols` list in its own priority order, which
puts `json` before `smithy-rpc-v2-cbor`: the nine services that offer CBOR are sent as JSON by
both SDKs, and CBOR would go untested. For each, this writes `<service>-rpcv2cbor` (its
service-2.json with `protocols` reduced to CBOR, and its endpoint rule set) into a data folder
that both botocore (its `data_path`) and this SDK (`AWS_DATA_PATH`) read. Signing name, endpoint
prefix and service id stay the service's own, so the request differs only by protocol.
"""
import json
import os

SUFFIX = "-rpcv2cbor"
CBOR = "smithy-rpc-v2-cbor"


def write_cbor_variants(session, services, folder):
    """Writes the variants of `services` that list CBOR without botocore choosing it; returns their names."""
    loader = session.get_component("data_loader")
    names = []
    for service in services:
        model = session.get_service_model(service)
        protocols = model.metadata.get("protocols") or []
        if CBOR not in protocols or model.resolved_protocol == CBOR:
            continue
        version = model.api_version
        data = loader.load_service_model(service, "service-2", version)
        data = json.loads(json.dumps(data))  # a copy
        data["metadata"]["protocols"] = [CBOR]
        data["metadata"]["protocol"] = CBOR
        target = os.path.join(folder, service + SUFFIX, version)
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "service-2.json"), "w") as handle:
            json.dump(data, handle)
        rules = loader.load_service_model(service, "endpoint-rule-set-1", version)
        with open(os.path.join(target, "endpoint-rule-set-1.json"), "w") as handle:
            json.dump(rules, handle)
        names.append(service + SUFFIX)
    return names
