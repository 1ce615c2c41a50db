#!/usr/bin/env python3
"""Checks that the comparison finds what it must find, and that normalizations hide only what
README.md says they hide. scripts/differential runs this before comparing anything.

Usage: python3 test_request_diff.py
"""
import base64
import datetime
import json
import os
import sys
import unittest
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import botocore.session  # noqa: E402
from botocore.auth import SigV4Auth, S3SigV4Auth  # noqa: E402
from botocore.awsrequest import AWSRequest  # noqa: E402
from botocore.credentials import Credentials  # noqa: E402

import body_diff  # noqa: E402
import cbor_tree  # noqa: E402
import input_values  # noqa: E402
import pattern_strings  # noqa: E402
import known_gaps  # noqa: E402
import request_diff  # noqa: E402
import sigv4_check  # noqa: E402
import typed_json  # noqa: E402

SESSION = botocore.session.get_session()
CREDENTIALS = Credentials("AKIDEXAMPLE", request_diff.SECRET_KEY)


def signed(method, url, headers, body=b"", service="sqs", region="us-east-1", s3=False):
    request = AWSRequest(method=method, url=url, headers=headers, data=body)
    (S3SigV4Auth if s3 else SigV4Auth)(CREDENTIALS, service, region).add_auth(request)
    return {"outcome": "request", "request": {
        "method": method, "url": url,
        "headers": [[k, v.decode() if isinstance(v, bytes) else v] for k, v in request.headers.items()],
        "body_b64": base64.b64encode(body).decode()}}


def diff(theirs, ours, service="sqs", operation="SendMessage"):
    model = SESSION.get_service_model(service).operation_model(operation)
    case = {"id": "t", "service": service, "operation": operation, "mode": "full", "params": {}}
    return request_diff.differences(case, theirs, ours, model, Counter())


def kinds(differences):
    return sorted((d.kind, d.key) for d in differences)


class SignatureTests(unittest.TestCase):
    def test_botocore_signatures_verify_and_tampering_is_caught(self):
        record = signed("POST", "https://sqs.us-east-1.amazonaws.com/a%20b/?x=1&y=%2F", {"Content-Type": "text/plain"}, b"{}")
        problems, rule = sigv4_check.check(record["request"], b"{}", request_diff.SECRET_KEY)
        self.assertEqual(problems, [])
        self.assertEqual(rule, "ascii-whitespace")
        problems, _ = sigv4_check.check(record["request"], b"{ }", request_diff.SECRET_KEY)
        self.assertEqual(problems, ["signature does not verify"])

    def test_s3_paths_are_not_double_encoded(self):
        record = signed("GET", "https://b.s3.amazonaws.com/a%2Fb%20c", {}, service="s3", s3=True)
        self.assertEqual(sigv4_check.check(record["request"], b"", request_diff.SECRET_KEY)[0], [])

    def test_a_side_with_a_bad_signature_is_a_difference(self):
        theirs = signed("POST", "https://sqs.us-east-1.amazonaws.com/", {"Content-Type": "a"}, b"{}")
        ours = json.loads(json.dumps(theirs))
        ours["request"]["headers"] = [[k, v if k != "Content-Type" else "b"] for k, v in ours["request"]["headers"]]
        found = kinds(diff(theirs, ours))
        self.assertIn(("signature-invalid-ours", "signature does not verify"), found)
        self.assertIn(("header-value", "content-type"), found)


class HeaderAndURLTests(unittest.TestCase):
    def setUp(self):
        self.base = signed("POST", "https://sqs.us-east-1.amazonaws.com/q/a~b?x=1&x=2", {"X-A": "1"}, b"{}")

    def variant(self, url=None, headers=None):
        record = json.loads(json.dumps(self.base))
        request = record["request"]
        new_url = url or request["url"]
        new_headers = headers if headers is not None else dict((k, v) for k, v in request["headers"] if k.lower() != "authorization")
        return signed(request["method"], new_url, new_headers, base64.b64decode(request["body_b64"]))

    def test_identical_requests_have_no_difference(self):
        self.assertEqual(diff(self.base, self.variant()), [])

    def test_equivalent_encodings_of_unreserved_characters_are_normalized(self):
        self.assertEqual(diff(self.base, self.variant(url="https://sqs.us-east-1.amazonaws.com/q/a%7eb?x=2&x=1")), [])

    def test_reserved_characters_are_not(self):
        found = kinds(diff(self.base, self.variant(url="https://sqs.us-east-1.amazonaws.com/q%2Fa~b?x=1&x=2")))
        self.assertEqual(found, [("path", "")])

    def test_query_values_are_a_multimap(self):
        found = kinds(diff(self.base, self.variant(url="https://sqs.us-east-1.amazonaws.com/q/a~b?x=1&x=3")))
        self.assertEqual(found, [("query-value", "x")])

    def test_missing_and_extra_headers(self):
        found = kinds(diff(self.base, self.variant(headers={"X-B": "1"})))
        self.assertIn(("header-missing-ours", "x-a"), found)
        self.assertIn(("header-extra-ours", "x-b"), found)


class BodyTests(unittest.TestCase):
    def test_json_numbers_compare_by_value_but_values_differ(self):
        self.assertEqual(body_diff.compare_trees({"a": 1, "b": [1.5]}, {"a": 1, "b": [1.50]}, "$", "json"), [])
        form = body_diff.compare_trees({"a": 1}, {"a": 1.0}, "$", "json")
        self.assertEqual([d.kind for d in form], ["json-number-form"])
        found = body_diff.compare_trees({"a": "x", "b": [1, 2]}, {"a": "y", "b": [2, 1]}, "$", "json")
        self.assertEqual([d.kind for d in found], ["json-value", "json-value", "json-value"])

    def test_cbor_keeps_float_width_and_tags(self):
        half = bytes([0xA1, 0x61, 0x66, 0xFA]) + bytes.fromhex("3fc00000")   # {"f": float32 1.5}
        double = bytes([0xA1, 0x61, 0x66, 0xFB]) + bytes.fromhex("3ff8000000000000")  # {"f": float64 1.5}
        found = body_diff.compare_trees(cbor_tree.decode(half), cbor_tree.decode(double), "$", "cbor")
        self.assertEqual([d.kind for d in found], ["cbor-float-width"])
        tagged = cbor_tree.decode(bytes([0xC1, 0x01]))
        self.assertEqual([d.kind for d in body_diff.compare_trees(tagged, 1, "$", "cbor")], ["cbor-value"])

    def test_xml_list_order_counts_member_order_does_not(self):
        from xml.etree import ElementTree as ET
        a = ET.fromstring("<R><A>1</A><L><m>1</m><m>2</m></L></R>")
        b = ET.fromstring("<R><L><m>1</m><m>2</m></L><A>1</A></R>")
        c = ET.fromstring("<R><A>1</A><L><m>2</m><m>1</m></L></R>")
        self.assertEqual(body_diff.compare_xml(a, b, ""), [])
        self.assertEqual([d.kind for d in body_diff.compare_xml(a, c, "")], ["xml-text", "xml-text"])

    def test_form_bodies_decode_plus_and_percent_alike(self):
        self.assertEqual(body_diff.compare_form(b"A=a+b&B=1", b"B=1&A=a%20b"), [])
        self.assertEqual([d.kind for d in body_diff.compare_form(b"A=a%2Bb", b"A=a+b")], ["form-value"])

    def test_aws_chunked_bodies_unchunk(self):
        body = b"5\r\nhello\r\n0\r\nx-amz-checksum-crc32:abc=\r\n\r\n"
        self.assertEqual(body_diff.aws_unchunk(body), (b"hello", ["x-amz-checksum-crc32:abc="]))


class KnownGapTests(unittest.TestCase):
    def context(self, service, operation):
        model = SESSION.get_service_model(service).operation_model(operation)
        return known_gaps.Context({"id": "t", "service": service, "operation": operation}, model, {}, {})

    def test_gaps_explain_only_what_their_handler_touches(self):
        sqs = self.context("sqs", "SendMessage")
        explained = known_gaps.explain(request_diff.Difference("header-missing-ours", "amz-sdk-request", ""), sqs)
        self.assertEqual(explained.name, "retry-headers")
        self.assertIsNone(known_gaps.explain(request_diff.Difference("header-missing-ours", "x-amz-target", ""), sqs))
        self.assertIsNone(known_gaps.explain(request_diff.Difference("header-missing-ours", "accept", ""), sqs))
        apigateway = self.context("apigateway", "GetRestApis")
        self.assertEqual(known_gaps.explain(request_diff.Difference("header-missing-ours", "accept", ""), apigateway).name,
                         "apigateway-accept")

    def test_sigv4a_is_explained_only_where_botocore_signed_sigv4(self):
        def record(authorization):
            return {"request": {"headers": [["Authorization", authorization]]}}
        sigv4a, sigv4 = "AWS4-ECDSA-P256-SHA256 Credential=AKID/20260517/x/aws4_request", "AWS4-HMAC-SHA256 Credential=AKID/x"
        model = SESSION.get_service_model("sustainability").operation_model("GetEstimatedCarbonEmissions")
        case = {"id": "t", "service": "sustainability", "operation": "GetEstimatedCarbonEmissions"}
        extra = request_diff.Difference("header-extra-ours", "x-amz-region-set", "*")
        fallback = known_gaps.Context(case, model, record(sigv4), record(sigv4a))
        self.assertEqual(known_gaps.explain(extra, fallback).name, "sigv4a-without-awscrt")
        self.assertIsNone(known_gaps.explain(request_diff.Difference("header-extra-ours", "x-amz-target", ""), fallback))
        both = known_gaps.Context(case, model, record(sigv4a), record(sigv4a))
        self.assertIsNone(known_gaps.explain(extra, both))

    def test_every_gap_names_its_owner(self):
        names = [gap.name for gap in known_gaps.KNOWN_GAPS]
        self.assertEqual(len(names), len(set(names)))
        for gap in known_gaps.KNOWN_GAPS:
            self.assertTrue(gap.owner and gap.description, gap.name)


class InputTests(unittest.TestCase):
    def test_typed_json_round_trips_blobs_timestamps_and_floats(self):
        value = {"b": b"\x00\xff", "t": datetime.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=datetime.timezone.utc),
                 "f": 1.0, "i": 1, "l": [5e-324]}
        encoded = json.loads(json.dumps(typed_json.encode(value)))
        self.assertEqual(encoded["t"]["epochMicros"], -500000)
        self.assertEqual(typed_json.decode(encoded), value)
        self.assertIsInstance(typed_json.decode(encoded)["f"], float)

    def test_generation_is_seeded_and_inputs_pass_botocore_validation(self):
        from botocore.validate import ParamValidator
        import random
        model = SESSION.get_service_model("s3").operation_model("PutObject")
        for mode in input_values.MODES:
            first = input_values.InputGenerator(random.Random("x"), mode, model, "us-east-1").parameters()
            again = input_values.InputGenerator(random.Random("x"), mode, model, "us-east-1").parameters()
            self.assertEqual(first, again)
            report = ParamValidator().validate(first, model.input_shape)
            self.assertFalse(report.has_errors(), report.generate_report())

    def test_simple_patterns_are_honoured(self):
        import random
        text = pattern_strings.pattern_string(r"^[a-z]{3}-\d{2,4}$", random.Random(1), 0, 100)
        self.assertRegex(text, r"^[a-z]{3}-\d{2,4}$")
        self.assertIsNone(pattern_strings.pattern_string(r"^\p{L}+$", random.Random(1), 0, 100))


if __name__ == "__main__":
    unittest.main()
