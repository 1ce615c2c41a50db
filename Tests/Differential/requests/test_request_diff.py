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
import time
import unittest
from collections import Counter
from unittest import mock
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import botocore.session  # noqa: E402
from botocore.auth import SigV2Auth, SigV4Auth, SigV4QueryAuth, S3SigV4Auth  # noqa: E402
from botocore.awsrequest import AWSRequest  # noqa: E402
from botocore.credentials import Credentials  # noqa: E402

import body_diff  # noqa: E402
import cbor_tree  # noqa: E402
import input_values  # noqa: E402
import pattern_strings  # noqa: E402
import known_gaps  # noqa: E402
import presigned_url_diff  # noqa: E402
import request_diff  # noqa: E402
import sigv2_check  # noqa: E402
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


def sigv2_signed(params, at, url="https://sdb.amazonaws.com/"):
    """A SimpleDB request signed by botocore's SigV2Auth at the moment `at` (a struct_time)."""
    request = AWSRequest(method="POST", url=url, data=dict(params),
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    with mock.patch("time.gmtime", return_value=at):
        SigV2Auth(CREDENTIALS).add_auth(request)
    body = request.prepare().body
    body = body.encode() if isinstance(body, str) else body
    return {"outcome": "request", "request": {
        "method": "POST", "url": url, "headers": [["Content-Type", request.headers["Content-Type"]]],
        "body_b64": base64.b64encode(body).decode()}}


def sigv2_body(record):
    return base64.b64decode(record["request"]["body_b64"])


class SigV2Tests(unittest.TestCase):
    PARAMS = {"Action": "PutAttributes", "Version": "2009-04-15", "DomainName": "d", "ItemName": "a b/~\u00e9",
              "Attribute.1.Name": "n", "Attribute.1.Value": "100% +1"}

    def test_botocore_signatures_verify_and_tampering_is_caught(self):
        record = sigv2_signed(self.PARAMS, time.gmtime(0))
        body = sigv2_body(record)
        self.assertEqual(sigv2_check.check("POST", record["request"]["url"], body, request_diff.SECRET_KEY), [])
        tampered_value = body.replace(b"ItemName=a", b"ItemName=b")
        self.assertEqual(sigv2_check.check("POST", record["request"]["url"], tampered_value, request_diff.SECRET_KEY),
                         ["signature does not verify"])
        other_host = sigv2_check.check("POST", "https://sdb.eu-west-1.amazonaws.com/", body, request_diff.SECRET_KEY)
        self.assertEqual(other_host, ["signature does not verify"])
        wrong_key = sigv2_check.check("POST", record["request"]["url"], body, "not-the-secret")
        self.assertEqual(wrong_key, ["signature does not verify"])

    def test_hmac_sha1_is_verified_with_sha1_and_unknown_methods_are_flagged(self):
        pairs = [("Action", "ListDomains"), ("AWSAccessKeyId", "AKIDEXAMPLE"), ("SignatureVersion", "2"),
                 ("SignatureMethod", "HmacSHA1"), ("Timestamp", "2020-01-02T03:04:05Z")]
        signature = sigv2_check.expected_signature("POST", "https://sdb.amazonaws.com/", pairs, request_diff.SECRET_KEY)
        self.assertEqual(len(base64.b64decode(signature)), 20)
        body = "&".join(f"{n}={v}" for n, v in pairs).encode() + b"&Signature=" + quote(signature).encode()
        self.assertEqual(sigv2_check.check("POST", "https://sdb.amazonaws.com/", body, request_diff.SECRET_KEY), [])
        as_sha256 = body.replace(b"HmacSHA1", b"HmacSHA256")
        self.assertEqual(sigv2_check.check("POST", "https://sdb.amazonaws.com/", as_sha256, request_diff.SECRET_KEY),
                         ["signature does not verify"])
        unknown = sigv2_check.check("POST", "https://sdb.amazonaws.com/", body.replace(b"HmacSHA1", b"HmacMD5"),
                                    request_diff.SECRET_KEY)
        self.assertEqual(unknown, ["SignatureMethod 'HmacMD5' is neither HmacSHA256 nor HmacSHA1"])

    def test_requests_signed_at_different_moments_are_identical_but_a_bad_signature_is_not(self):
        theirs = sigv2_signed(self.PARAMS, time.gmtime(0))
        ours = sigv2_signed(self.PARAMS, time.gmtime(86_400 * 400 + 7))
        self.assertNotEqual(sigv2_body(theirs), sigv2_body(ours))
        self.assertEqual(diff(theirs, ours, service="sdb", operation="PutAttributes"), [])
        tampered = json.loads(json.dumps(ours))
        body = sigv2_body(ours)
        start = body.index(b"Signature=") + len(b"Signature=")
        forged = body[:start] + (b"A" if body[start:start + 1] != b"A" else b"B") + body[start + 1:]
        tampered["request"]["body_b64"] = base64.b64encode(forged).decode()
        self.assertEqual(kinds(diff(theirs, tampered, service="sdb", operation="PutAttributes")),
                         [("signature-invalid-ours", "sigv2: signature does not verify")])

    def test_a_malformed_timestamp_and_other_parameters_still_differ(self):
        theirs = sigv2_signed(self.PARAMS, time.gmtime(0))
        ours = sigv2_signed(dict(self.PARAMS, DomainName="e"), time.gmtime(0))
        self.assertEqual(kinds(diff(theirs, ours, service="sdb", operation="PutAttributes")), [("form-value", "DomainName")])
        bad = json.loads(json.dumps(ours))
        bad["request"]["body_b64"] = base64.b64encode(sigv2_body(ours).replace(b"T00%3A00%3A00Z", b"T00%3A00%3A00")).decode()
        found = kinds(diff(theirs, bad, service="sdb", operation="PutAttributes"))
        self.assertIn(("signature-invalid-ours", "sigv2: Timestamp missing or not YYYY-MM-DDTHH:MM:SSZ: '1970-01-01T00:00:00'"), found)


def presigned(url, at, service="ec2", region="eu-west-2"):
    """A URL presigned by botocore's SigV4QueryAuth at the moment `at` (a datetime)."""
    request = AWSRequest(method="GET", url=url)
    with mock.patch("botocore.auth.get_current_datetime", return_value=at):
        SigV4QueryAuth(CREDENTIALS, service, region, expires=3600).add_auth(request)
    return request.url


class PresignedURLTests(unittest.TestCase):
    SOURCE = "https://ec2.eu-west-2.amazonaws.com/?Action=CopySnapshot&Version=2016-11-15&SourceRegion=eu-west-2&SourceSnapshotId=snap-1&DestinationRegion=us-east-1"
    EARLY = datetime.datetime(2020, 1, 2, 3, 4, 5)
    LATE = datetime.datetime(2021, 6, 7, 8, 9, 10)

    def test_botocore_presigned_urls_verify_and_tampering_is_caught(self):
        url = presigned(self.SOURCE, self.EARLY)
        self.assertEqual(sigv4_check.check_presigned(url, request_diff.SECRET_KEY), [])
        self.assertEqual(sigv4_check.check_presigned(url.replace("snap-1", "snap-2"), request_diff.SECRET_KEY),
                         ["signature does not verify"])
        self.assertEqual(sigv4_check.check_presigned(url, request_diff.SECRET_KEY, method="POST"), ["signature does not verify"])

    def test_urls_signed_at_different_moments_compare_equal(self):
        a, b = presigned(self.SOURCE, self.EARLY), presigned(self.SOURCE, self.LATE)
        self.assertNotEqual(a, b)
        self.assertEqual(presigned_url_diff.compare("PresignedUrl", a, b, request_diff.SECRET_KEY), [])
        form_a = b"Action=CopySnapshot&PresignedUrl=" + quote(a, safe="").encode()
        form_b = b"Action=CopySnapshot&PresignedUrl=" + quote(b, safe="").encode()
        used = Counter()
        self.assertEqual(body_diff.compare_form(form_a, form_b, used), [])
        self.assertEqual(used["presigned-url"], 1)

    def test_other_parameters_regions_and_signatures_still_differ(self):
        a = presigned(self.SOURCE, self.EARLY)
        other_snapshot = presigned(self.SOURCE.replace("snap-1", "snap-2"), self.LATE)
        found = kinds(presigned_url_diff.compare("PresignedUrl", a, other_snapshot, request_diff.SECRET_KEY))
        self.assertEqual(found, [("presigned-url", "PresignedUrl SourceSnapshotId")])
        other_region = presigned(self.SOURCE, self.LATE, region="eu-west-1")
        found = kinds(presigned_url_diff.compare("PresignedUrl", a, other_region, request_diff.SECRET_KEY))
        self.assertEqual(found, [("presigned-url", "PresignedUrl X-Amz-Credential")])
        forged = a[:-1] + ("0" if a[-1] != "0" else "1")
        found = kinds(presigned_url_diff.compare("PresignedUrl", a, forged, request_diff.SECRET_KEY))
        self.assertEqual(found, [("signature-invalid-ours", "PresignedUrl: signature does not verify")])


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

    def test_aws_chunked_bodies_must_be_chunked_alike(self):
        model = SESSION.get_service_model("s3").operation_model("PutObject")
        trailer = b"0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n"

        def side(body):
            return request_diff.Side({"method": "PUT", "url": "https://b.s3.amazonaws.com/k",
                                      "headers": [["Content-Encoding", "aws-chunked"]], "body_b64": base64.b64encode(body).decode()})
        one = side(b"5\r\nhello\r\n" + trailer)
        two = side(b"2\r\nhe\r\n3\r\nllo\r\n" + trailer)
        self.assertEqual(body_diff.aws_chunk_sizes(two.body), [2, 3, 0])
        self.assertEqual(body_diff.compare_bodies(one, side(one.body), model, Counter()), [])
        self.assertEqual([d.kind for d in body_diff.compare_bodies(one, two, model, Counter())], ["aws-chunked-framing"])


class FramingTests(unittest.TestCase):
    MODEL = SESSION.get_service_model("s3").operation_model("PutObject")

    @staticmethod
    def side(headers, body=b"hello"):
        return request_diff.Side({"method": "PUT", "url": "https://b.s3.amazonaws.com/k", "headers": headers,
                                  "body_b64": base64.b64encode(body).decode()})

    def test_chunked_transfer_coding_and_a_content_length_frame_the_same_content(self):
        used = Counter()
        found = request_diff.compare_headers(self.side([["Transfer-Encoding", "chunked"]]),
                                             self.side([["Content-Length", "5"]]), self.MODEL, used)
        self.assertEqual(found, [])
        self.assertEqual(used["message-framing"], 1)
        self.assertEqual(request_diff.compare_headers(self.side([["Transfer-Encoding", "chunked"]]), self.side([]),
                                                      self.MODEL, Counter()), [])

    def test_expect_continue_is_left_out_of_small_s3_uploads_only(self):
        small, large = b"x" * 10, b"x" * (1 << 20)
        used = Counter()
        found = request_diff.compare_headers(self.side([["Expect", "100-continue"]], small), self.side([], small), self.MODEL, used)
        self.assertEqual(found, [])
        self.assertEqual(used["s3-expect-continue"], 1)
        missing = request_diff.compare_headers(self.side([["Expect", "100-continue"]], large), self.side([], large), self.MODEL, Counter())
        self.assertEqual(kinds(missing), [("header-missing-ours", "expect")])
        extra = request_diff.compare_headers(self.side([], small), self.side([["Expect", "100-continue"]], small), self.MODEL, Counter())
        self.assertEqual(kinds(extra), [("header-extra-ours", "expect")])
        other = SESSION.get_service_model("s3").operation_model("PutObjectTagging")
        elsewhere = request_diff.compare_headers(self.side([["Expect", "100-continue"]], small), self.side([], small), other, Counter())
        self.assertEqual(kinds(elsewhere), [("header-missing-ours", "expect")])
        # An aws-chunked upload is measured by its payload, not its framing.
        chunked = self.side([["X-Amz-Decoded-Content-Length", str(1 << 20)]], small)
        theirs = self.side([["Expect", "100-continue"], ["X-Amz-Decoded-Content-Length", str(1 << 20)]], small)
        self.assertEqual(kinds(request_diff.compare_headers(theirs, chunked, self.MODEL, Counter())), [("header-missing-ours", "expect")])

    def test_a_wrong_length_or_another_transfer_coding_still_differs(self):
        wrong = request_diff.compare_headers(self.side([["Transfer-Encoding", "chunked"]]),
                                             self.side([["Content-Length", "6"]]), self.MODEL, Counter())
        self.assertEqual(kinds(wrong), [("content-length", "ours")])
        other = request_diff.compare_headers(self.side([["Transfer-Encoding", "chunked"]]),
                                             self.side([["Transfer-Encoding", "gzip, chunked"]]), self.MODEL, Counter())
        self.assertEqual(kinds(other), [("header-value", "transfer-encoding")])


class KnownGapTests(unittest.TestCase):
    def context(self, service, operation):
        model = SESSION.get_service_model(service).operation_model(operation)
        return known_gaps.Context({"id": "t", "service": service, "operation": operation}, model, {}, {})

    def test_nothing_is_explained_without_a_gap(self):
        # Every gap has been fixed: a difference, even the kind a gap once covered, is a mismatch.
        host = request_diff.Difference("host", "", "botocore https://discovered.endpoint.example, ours https://x")
        self.assertIsNone(known_gaps.explain(host, self.context("timestream-query", "Query")))
        self.assertIsNone(known_gaps.explain(request_diff.Difference("path", "", ""), self.context("sqs", "SendMessage")))

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
