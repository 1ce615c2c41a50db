#!/usr/bin/env python3
"""Compares this SDK's requests with botocore's, case by case, and reports every mismatch.

Usage: compare_requests.py CASES.jsonl BOTOCORE.jsonl OURS.jsonl [--per-service] [--examples N]
                           [--list-known-gaps]

Each case ends in one of:
  identical      no difference after the documented normalizations (README.md)
  both-rejected  both SDKs refused the input before sending (validation agrees)
  skipped        botocore refused for a reason that is not about the input's validity here
                 (a checksum algorithm needing awscrt, ...): counted by reason, never compared
  known-gap      every difference is explained by an entry of known_gaps.KNOWN_GAPS
  mismatch       anything else: printed grouped by kind, with one example each

Exits 1 when any case is a mismatch, 0 otherwise.
"""
import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import botocore.session
except ImportError:
    sys.exit("compare_requests.py: botocore is not installed for this python3")

import known_gaps  # noqa: E402
import request_diff  # noqa: E402
from request_diff import Difference  # noqa: E402


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rejection_difference(theirs, ours):
    """A Difference when exactly one side rejected the input, else None."""
    if theirs["outcome"] == "rejected" and ours["outcome"] == "request":
        return Difference("accepted-by-ours", theirs["error_type"], short_message(theirs["message"]))
    if theirs["outcome"] == "request" and ours["outcome"] == "rejected":
        return Difference("rejected-by-ours", ours["error_type"], short_message(ours["message"]))
    return None


def short_message(message):
    return " ".join(message.split())[:300]


class Report:
    def __init__(self):
        self.outcomes = Counter()
        self.modes = Counter()
        self.per_service = defaultdict(Counter)
        self.skips = Counter()
        self.skip_examples = {}
        self.gap_cases = Counter()
        self.gap_alone = Counter()
        self.gap_examples = {}
        self.kinds = Counter()
        self.kind_services = defaultdict(set)
        self.kind_examples = {}
        self.normalizations = Counter()
        self.protocols = Counter()

    def add(self, case, outcome):
        self.outcomes[outcome] += 1
        self.modes[case["mode"]] += 1
        self.per_service[case["service"]][outcome] += 1


def compare(cases, theirs_by_id, ours_by_id, session, report):
    models = {}
    for case in cases:
        case_id = case["id"]
        service = case["service"]
        if service not in models:
            models[service] = session.get_service_model(service)
        report.protocols[models[service].resolved_protocol] += 1
        theirs, ours = theirs_by_id.get(case_id), ours_by_id.get(case_id)
        if theirs is None or ours is None:
            report.add(case, "mismatch")
            kind = ("missing-record", "botocore" if theirs is None else "ours")
            report.kinds[kind] += 1
            report.kind_examples.setdefault(kind, (case_id, "no record for this case"))
            continue
        if theirs["outcome"] == "rejected" and not known_gaps.is_validation_rejection(theirs):
            reason = known_gaps.skip_reason(theirs)
            report.skips[reason] += 1
            report.skip_examples.setdefault(reason, (case_id, short_message(theirs["message"])))
            report.add(case, "skipped")
            continue
        if theirs["outcome"] == "rejected" and ours["outcome"] == "rejected":
            if ours["error_type"] == "ParamValidationError":
                report.add(case, "both-rejected")
                continue
            # Both refused, but this SDK not with ParamValidationError: callers catch that one.
            diffs = [Difference("rejected-differently", ours["error_type"], short_message(ours["message"]))]
            record_mismatch(report, case, diffs)
            continue
        operation_model = models[service].operation_model(case["operation"])
        rejection = rejection_difference(theirs, ours)
        if rejection is not None:
            diffs = [rejection]
        else:
            diffs = request_diff.differences(case, theirs, ours, operation_model, report.normalizations)
        if not diffs:
            report.add(case, "identical")
            continue
        context = known_gaps.Context(case, operation_model, theirs, ours)
        unexplained = []
        gaps_hit = set()
        for diff in diffs:
            gap = known_gaps.explain(diff, context)
            if gap is None:
                unexplained.append(diff)
            else:
                gaps_hit.add(gap.name)
        for name in gaps_hit:
            report.gap_cases[name] += 1
            if len(gaps_hit) == 1 and not unexplained:
                report.gap_alone[name] += 1
            report.gap_examples.setdefault(name, (case_id, next(repr(d) for d in diffs if known_gaps.explain(d, context)
                                                                and known_gaps.explain(d, context).name == name)))
        if not unexplained:
            report.add(case, "known-gap")
            continue
        record_mismatch(report, case, unexplained)


def record_mismatch(report, case, differences):
    report.add(case, "mismatch")
    for diff in differences:
        kind = (diff.kind, diff.key)
        report.kinds[kind] += 1
        report.kind_services[kind].add(case["service"])
        report.kind_examples.setdefault(kind, (case["id"], diff.detail))


def print_report(report, args, elapsed, cases):
    total = sum(report.outcomes.values())
    services = {case["service"] for case in cases}
    print(f"== differential requests: {total} cases over {len(services)} services "
          f"({', '.join(f'{mode} {count}' for mode, count in sorted(report.modes.items()))}), compared in {elapsed:.1f} s")
    print("  protocols (botocore's choice): " + ", ".join(f"{name} {count}" for name, count in sorted(report.protocols.items())))
    for outcome in ("identical", "both-rejected", "known-gap", "skipped", "mismatch"):
        print(f"  {outcome:14} {report.outcomes[outcome]}")
    if report.skips:
        print("-- skipped: botocore refused before sending (README.md: why these are not compared)")
        for reason, count in report.skips.most_common():
            example = report.skip_examples[reason]
            print(f"  {count:6}  {reason}  e.g. {example[0]}: {example[1][:160]}")
    print("-- known gaps (known_gaps.py; each is owned elsewhere and leaves this list when fixed):"
          " cases it covered, and of those, cases it alone kept from matching")
    for gap in known_gaps.KNOWN_GAPS:
        count = report.gap_cases.get(gap.name, 0)
        example = report.gap_examples.get(gap.name)
        line = f"  {count:6} {report.gap_alone.get(gap.name, 0):6}  {gap.name} [{gap.owner}]"
        if example and args.examples:
            line += f"  e.g. {example[0]}: {example[1][:200]}"
        print(line)
    print("-- normalizations applied (README.md)")
    for name, text in request_diff.NORMALIZATIONS.items():
        print(f"  {report.normalizations.get(name, 0):6}  {name}: {text}")
    if args.per_service:
        print("-- per service: identical / both-rejected / known-gap / skipped / mismatch")
        for service in sorted(report.per_service):
            c = report.per_service[service]
            print(f"  {service:32} {c['identical']:5} {c['both-rejected']:5} {c['known-gap']:5} {c['skipped']:5} {c['mismatch']:5}")
    if report.kinds:
        print(f"-- unexplained mismatches: {report.outcomes['mismatch']} cases; by kind (occurrences, services, one example)")
        for kind, count in sorted(report.kinds.items(), key=lambda item: (-item[1], item[0])):
            case_id, detail = report.kind_examples[kind]
            services = report.kind_services.get(kind, set())
            print(f"  {count:6}  {kind[0]} {kind[1]} ({len(services)} services)\n          e.g. {case_id}: {detail[:400]}")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases")
    parser.add_argument("botocore")
    parser.add_argument("ours")
    parser.add_argument("--per-service", action="store_true", help="print counts per service")
    parser.add_argument("--examples", type=int, default=1, help="0: no example per known gap")
    parser.add_argument("--variants", help="the protocol variants folder botocore_requests.py wrote")
    args = parser.parse_args(argv)
    started = time.monotonic()
    cases = read_lines(args.cases)
    theirs = {record["id"]: record for record in read_lines(args.botocore)}
    ours = {record["id"]: record for record in read_lines(args.ours)}
    report = Report()
    session = botocore.session.get_session()
    if args.variants:
        session.set_config_variable("data_path", os.path.abspath(args.variants))
    compare(cases, theirs, ours, session, report)
    print_report(report, args, time.monotonic() - started, cases)
    return 1 if report.outcomes["mismatch"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
