#!/usr/bin/env python3
"""botocore's side of scripts/bench-eventstream: parses the same event stream bytes as
`aws-bench eventstream --file FILE`, fed in 64 KiB chunks, two ways:

- botocore_framing: botocore.eventstream.EventStreamBuffer (split into messages, both CRCs checked);
- botocore_events:  botocore.eventstream.EventStream with the rest-xml event stream parser and
  S3 SelectObjectContent's output shape (the dicts `select_object_content` yields).

Prints a JSON line per case (MB/s and CPU µs per event, medians over the rounds).
"""
import json
import sys
import time

import botocore
import botocore.session
from botocore.eventstream import EventStream, EventStreamBuffer
from botocore.parsers import create_parser

CHUNK = 64 * 1024


class RawStream:
    """What EventStream reads: an object whose stream() yields the body's chunks."""

    def __init__(self, data):
        self._data = data

    def stream(self):
        data = self._data
        for start in range(0, len(data), CHUNK):
            yield data[start:start + CHUNK]


def framing(data):
    buffer = EventStreamBuffer()
    count = 0
    for start in range(0, len(data), CHUNK):
        buffer.add_data(data[start:start + CHUNK])
        for _ in buffer:
            count += 1
    return count


def events(data, shape, parser):
    count = 0
    payload = 0
    for event in EventStream(RawStream(data), shape, parser, 'SelectObjectContent'):
        count += 1
        records = event.get('Records')
        if records:
            payload += len(records['Payload'])
    if payload == 0:
        raise SystemExit('no Records payload decoded')
    return count


def median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def main():
    path = sys.argv[sys.argv.index('--file') + 1]
    rounds = int(sys.argv[sys.argv.index('--rounds') + 1]) if '--rounds' in sys.argv else 5
    with open(path, 'rb') as handle:
        data = handle.read()
    model = botocore.session.get_session().get_service_model('s3')
    shape = model.operation_model('SelectObjectContent').output_shape.members['Payload']
    parser = create_parser('rest-xml')._event_stream_parser
    for name, run in (('botocore_framing', lambda: framing(data)), ('botocore_events', lambda: events(data, shape, parser))):
        cpu, wall, count = [], [], 0
        for round_number in range(rounds + 1):
            cpu0, wall0 = time.process_time(), time.perf_counter()
            count = run()
            if round_number:
                cpu.append(time.process_time() - cpu0)
                wall.append(time.perf_counter() - wall0)
        print(json.dumps({
            'bench': 'eventstream', 'sdk': 'botocore', 'botocore': botocore.__version__, 'case': name,
            'events': count, 'bytes': len(data),
            'mb_per_s': round(len(data) / 1e6 / median(wall), 1),
            'cpu_us_per_event': round(median(cpu) * 1e6 / count, 3),
            'wall_s': [round(value, 4) for value in wall], 'cpu_s': [round(value, 4) for value in cpu],
        }))


if __name__ == '__main__':
    main()
