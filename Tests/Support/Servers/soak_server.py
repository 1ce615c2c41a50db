#!/usr/bin/env python3
"""A canned keep-alive HTTP/1.1 server for the soak benchmark and tests (standard library only).

Usage: soak_server.py WORKDIR

Listens on a free 127.0.0.1 port and writes WORKDIR/ready.json ({"port": N}) once listening.
  any path          reads the body (after a 100 Continue if the request expects one), answers 200 with an S3-style empty success (ETag, request id)
  /slow...          reads the body, then holds the request for 120 s without answering (for
                    cancellation); the connection closes when the client goes away or time is up
  GET /__stats      {"requests": N, "slow": N, "open": N}: requests answered, slow requests
                    received, connections open now
The process runs until killed.
"""
import json
import os
import select
import socket
import sys
import threading

LOCK = threading.Lock()
STATS = {"requests": 0, "slow": 0, "open": 0}
OK = (b"HTTP/1.1 200 OK\r\nx-amz-request-id: SOAK\r\nETag: \"d41d8cd98f00b204e9800998ecf8427e\"\r\n"
      b"Content-Length: 0\r\n\r\n")


def bump(name, amount=1):
    with LOCK:
        STATS[name] += amount


def handle(conn):
    bump("open")
    buffer = b""
    try:
        while True:
            while b"\r\n\r\n" not in buffer:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            target = lines[0].split(b" ")[1]
            length = 0
            close = False
            expects_continue = False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
                elif name.strip().lower() == b"connection" and value.strip().lower() == b"close":
                    close = True
                elif name.strip().lower() == b"expect" and value.strip().lower() == b"100-continue":
                    expects_continue = True
            if expects_continue and len(buffer) < length:
                # As S3 does: the interim answer that lets the client send the body now (botocore
                # sends Expect with every PutObject body and otherwise waits a second for it).
                conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            while len(buffer) < length:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            buffer = buffer[length:]
            if target.startswith(b"/__stats"):
                with LOCK:
                    payload = json.dumps(STATS).encode()
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload)
            elif target.startswith(b"/slow"):
                bump("slow")
                # Wait for the client to go away (readable: EOF or reset), at most 120 s.
                select.select([conn], [], [], 120)
                return
            else:
                conn.sendall(OK)
                bump("requests")
            if close:
                return
    except (ConnectionError, OSError, ValueError):
        pass
    finally:
        bump("open", -1)
        try:
            conn.close()
        except OSError:
            pass


def main():
    workdir = sys.argv[1]
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1024)
    ready = os.path.join(workdir, "ready.json")
    with open(ready + ".tmp", "w") as out:
        json.dump({"port": listener.getsockname()[1]}, out)
    os.rename(ready + ".tmp", ready)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
