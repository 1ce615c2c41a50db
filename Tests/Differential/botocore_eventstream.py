#!/usr/bin/env python3
"""Parses event stream bytes with botocore 1.43's EventStream, for EventStreamDifferentialTests.

usage: botocore_eventstream.py SERVICE OPERATION FILE

Prints one JSON document: {"events": [...], "error": {"code", "message"} or null}. Bytes become
{"$blob": base64}, datetimes {"$ts": epoch seconds}, so the Swift side can compare exactly.
"""
import base64
import datetime
import json
import sys

import botocore.session
from botocore.eventstream import EventStream
from botocore.exceptions import EventStreamError
from botocore.parsers import create_parser


class RawStream:
    def __init__(self, data):
        self._data = data

    def stream(self):
        # Odd chunk sizes, as a socket would hand them over.
        sizes, index, start = [1, 7, 13, 64, 3], 0, 0
        while start < len(self._data):
            size = sizes[index % len(sizes)]
            yield self._data[start:start + size]
            start += size
            index += 1


def plain(value):
    if isinstance(value, (bytes, bytearray)):
        return {'$blob': base64.b64encode(bytes(value)).decode()}
    if isinstance(value, datetime.datetime):
        return {'$ts': value.timestamp()}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def main():
    service, operation, path = sys.argv[1:4]
    model = botocore.session.get_session().get_service_model(service)
    output = model.operation_model(operation).output_shape
    stream_shape = output.members[output.event_stream_name]
    parser = create_parser(model.metadata['protocol'])._event_stream_parser
    with open(path, 'rb') as handle:
        data = handle.read()
    events, error = [], None
    try:
        for event in EventStream(RawStream(data), stream_shape, parser, operation):
            events.append(plain(event))
    except EventStreamError as exc:
        error = {'code': exc.response['Error']['Code'], 'message': exc.response['Error']['Message']}
    print(json.dumps({'events': events, 'error': error}, sort_keys=True))


if __name__ == '__main__':
    main()
