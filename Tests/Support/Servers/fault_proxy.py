#!/usr/bin/env python3
"""A fault-injecting HTTP/1.1 reverse proxy for the reliability tests (standard library only).

Usage: fault_proxy.py WORKDIR UPSTREAM_URL

Listens on a free 127.0.0.1 port, forwards every request to UPSTREAM_URL (a moto_server) and
hands back its answer, with keep-alive on the client side (so a test can make the client reuse
a connection, then reset it). Writes WORKDIR/ready.json ({"port": N}) once listening.

Faults are armed per scope: a scope is any text, and a request belongs to it when the text occurs
in its request line or body (tests use a unique bucket or queue name). Armed faults are used up
one per request, in order; a request with no fault left is forwarded unchanged.

  POST /__faults   {"scope": S, "faults": [FAULT, ...]}   arms faults (appends to the scope's queue)
  GET  /__stats?scope=S                                  {"requests": [{"line", "reused", "fault"}]}

FAULT is an object with "kind":
  respond        answer {"status", "headers": {name: value}, "body": text} without forwarding
  reset          read the request, then reset the connection (RST) with no response byte
  close_mid_body forward, send the head and half the body, then reset the connection
  truncate_length forward, send the head (full Content-Length) and half the body, then close (FIN)
  truncate_chunked forward, send the body chunked, stop after the first half (no last chunk), close
  delay          read the request, wait "seconds", then close without answering (nothing forwarded)
  stall_body     forward, send the head and half the body, wait "seconds", then close
  garbage        forward, then answer the upstream status with "body" (text) as the body
The process runs until killed (the test harness kills it when the tests end).
"""
import json
import os
import socket
import struct
import sys
import threading
import time
import http.client
from urllib.parse import urlsplit, parse_qs

LOCK = threading.Lock()
FAULTS = {}    # scope -> [fault, ...]
RECORDS = []   # {"line", "reused", "fault", "scopes"}
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"}


def read_head(conn, buffer):
    """Reads up to the blank line; returns (head bytes, rest) or (None, rest) at EOF."""
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None, buffer
        buffer += data
        if len(buffer) > 1 << 20:
            return None, b""
    head, _, rest = buffer.partition(b"\r\n\r\n")
    return head, rest


def read_exact(conn, buffer, count):
    while len(buffer) < count:
        data = conn.recv(65536)
        if not data:
            raise ConnectionError("client closed mid-body")
        buffer += data
    return buffer[:count], buffer[count:]


def read_chunked(conn, buffer):
    body = b""
    while True:
        while b"\r\n" not in buffer:
            data = conn.recv(65536)
            if not data:
                raise ConnectionError("client closed mid-chunk")
            buffer += data
        line, _, buffer = buffer.partition(b"\r\n")
        size = int(line.split(b";")[0].strip() or b"0", 16)
        if size == 0:
            # Trailers up to the blank line.
            while b"\r\n\r\n" not in b"\r\n" + buffer:
                data = conn.recv(65536)
                if not data:
                    break
                buffer += data
            if buffer.startswith(b"\r\n"):
                return body, buffer[2:]
            _, _, buffer = buffer.partition(b"\r\n\r\n")
            return body, buffer
        chunk, buffer = read_exact(conn, buffer, size + 2)
        body += chunk[:size]


def take_fault(line, body):
    with LOCK:
        for scope, queue in FAULTS.items():
            if queue and (scope.encode() in line or scope.encode() in body):
                return scope, queue.pop(0)
    return None, None


def record(line, reused, fault, body):
    with LOCK:
        RECORDS.append({"line": line.decode("latin-1"), "reused": reused,
                        "fault": fault["kind"] if fault else None, "body": body.decode("latin-1")})


def reset(conn):
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def forward(upstream, method, target, headers, body):
    parts = urlsplit(upstream)
    client = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        sent = {k: v for k, v in headers if k.lower() not in HOP_BY_HOP and k.lower() != "content-length"}
        if body or method in ("POST", "PUT", "PATCH"):
            sent["Content-Length"] = str(len(body))
        client.request(method, target, body=body, headers=sent)
        response = client.getresponse()
        payload = response.read()
        return response.status, response.reason, response.getheaders(), payload
    finally:
        client.close()


def head_bytes(status, reason, headers, length=None, chunked=False):
    lines = ["HTTP/1.1 %d %s" % (status, reason or "Status")]
    for name, value in headers:
        if name.lower() in HOP_BY_HOP or (name.lower() == "content-length" and (length is not None or chunked)):
            continue
        lines.append("%s: %s" % (name, value))
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    elif length is not None:
        lines.append("Content-Length: %d" % length)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def serve_control(conn, method, target, body):
    url = urlsplit(target)
    if method == "POST" and url.path == "/__faults":
        spec = json.loads(body or b"{}")
        with LOCK:
            FAULTS.setdefault(spec["scope"], []).extend(spec.get("faults", []))
        payload = b"{}"
    else:
        scope = parse_qs(url.query).get("scope", [""])[0]
        with LOCK:
            selected = [r for r in RECORDS if scope in r["line"] or scope in r["body"]]
            payload = json.dumps({"requests": [{k: r[k] for k in ("line", "reused", "fault")} for r in selected],
                                  "armed": len(FAULTS.get(scope, []))}).encode()
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload)


def handle(conn, upstream):
    buffer = b""
    served = 0
    try:
        while True:
            head, buffer = read_head(conn, buffer)
            if head is None:
                conn.close()
                return
            lines = head.split(b"\r\n")
            line = lines[0]
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers = []
            for raw in lines[1:]:
                name, _, value = raw.decode("latin-1").partition(":")
                headers.append((name.strip(), value.strip()))
            lowered = {k.lower(): v for k, v in headers}
            if lowered.get("expect", "").lower() == "100-continue":
                conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            if "chunked" in lowered.get("transfer-encoding", "").lower():
                body, buffer = read_chunked(conn, buffer)
            else:
                body, buffer = read_exact(conn, buffer, int(lowered.get("content-length", "0") or "0"))
            reused = served > 0
            served += 1
            if target.startswith("/__faults") or target.startswith("/__stats"):
                serve_control(conn, method, target, body)
                continue
            _, fault = take_fault(line, body)
            record(line, reused, fault, body)
            kind = fault["kind"] if fault else None
            if kind == "reset":
                reset(conn)
                return
            if kind == "delay":
                time.sleep(float(fault.get("seconds", 5)))
                conn.close()
                return
            if kind == "respond":
                payload = fault.get("body", "").encode()
                extra = list(fault.get("headers", {}).items())
                conn.sendall(head_bytes(int(fault["status"]), "Fault", extra, len(payload)) + payload)
                continue
            status, reason, response_headers, payload = forward(upstream, method, target, headers, body)
            keep = lowered.get("connection", "").lower() != "close"
            if kind == "garbage":
                payload = fault.get("body", "").encode()
                conn.sendall(head_bytes(status, reason, response_headers, len(payload)) + payload)
            elif kind in ("close_mid_body", "truncate_length", "stall_body"):
                half = payload[: len(payload) // 2]
                conn.sendall(head_bytes(status, reason, response_headers, len(payload)) + half)
                if kind == "stall_body":
                    time.sleep(float(fault.get("seconds", 5)))
                if kind == "close_mid_body":
                    reset(conn)
                else:
                    conn.close()
                return
            elif kind == "truncate_chunked":
                half = payload[: len(payload) // 2]
                conn.sendall(head_bytes(status, reason, response_headers, chunked=True)
                             + b"%x\r\n" % len(half) + half + b"\r\n")
                conn.close()
                return
            else:
                if method == "HEAD":
                    # Keep the upstream's Content-Length: a HEAD answer has none of the body it describes.
                    conn.sendall(head_bytes(status, reason, response_headers))
                else:
                    conn.sendall(head_bytes(status, reason, response_headers, len(payload)) + payload)
            if not keep:
                conn.close()
                return
    except (ConnectionError, OSError, ValueError):
        try:
            conn.close()
        except OSError:
            pass


def main():
    workdir, upstream = sys.argv[1], sys.argv[2]
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)
    ready = os.path.join(workdir, "ready.json")
    with open(ready + ".tmp", "w") as out:
        json.dump({"port": listener.getsockname()[1]}, out)
    os.rename(ready + ".tmp", ready)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn, upstream), daemon=True).start()


if __name__ == "__main__":
    main()
