"""Writes boto3-names.json: every member name boto3 gives the bundled resource models.

Run from the repository root: python3 Tests/AWSResourcesTests/Fixtures/boto3_names.py
(boto3 and botocore as pinned by the repository; the output is committed).
"""
import glob
import json
import os

import botocore.session
from boto3.resources.model import ResourceModel

# Members boto3 injects after naming (boto3.ec2.deletetags), which our model carries as data.
INJECTED_ACTIONS = {("ec2", "Instance"): ["delete_tags"]}

root = os.path.dirname(os.path.abspath(__file__))
session = botocore.session.get_session()
result = {}
for path in sorted(glob.glob("ResourceModels/*/*/resources-1.json")):
    service = path.split("/")[1]
    with open(path) as f:
        document = json.load(f)
    service_model = session.get_service_model(service)
    definitions = document["resources"]
    entries = {}
    for name, definition in [(service, document["service"])] + list(definitions.items()):
        model = ResourceModel(name, definition, definitions)
        shape = service_model.shape_for(definition["shape"]) if definition.get("shape") else None
        model.load_rename_map(shape)
        entries[name] = {
            "identifiers": [i.name for i in model.identifiers],
            "actions": [a.name for a in model.actions] + INJECTED_ACTIONS.get((service, name), []),
            "batchActions": [a.name for a in model.batch_actions],
            "subresources": [s.name for s in model.subresources],
            "references": [r.name for r in model.references],
            "collections": [c.name for c in model.collections],
            "waiters": [w.name for w in model.waiters],
            "attributes": list(model.get_attributes(shape).keys()) if shape is not None else [],
        }
    result[service] = entries
with open(os.path.join(root, "boto3-names.json"), "w") as f:
    json.dump(result, f, indent=1, sort_keys=True)
    f.write("\n")
