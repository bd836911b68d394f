"""Uploads files to the running release server as the upload island does (one file per
multipart POST to /bilagor, streamed from disk by this client) and prints, per file kind and
run: the time, the rate, and the server's resident memory (VmRSS of PID, sampled every 2 ms
while the upload runs): its peak above what it was just before, and what is left afterwards.
The first upload of each kind is a warm-up and is not printed. Asserts nothing.

Usage: upload-bench.py BASE_URL SESSION_COOKIE HSA_ID SERVER_PID DIR"""

import http.client
import os
import random
import statistics
import sys
import threading
import time
import urllib.parse

MB = 1024 * 1024
LIMIT = 20 * MB


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def big_pdf(path, size):
    """A valid PDF of `size` bytes: one page, and one large stream of random bytes."""
    header = b"%PDF-1.4\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>",
    ]
    tail_room = 400
    stream_len = size - len(header) - sum(len(o) + 20 for o in objects) - 60 - tail_room
    with open(path, "wb") as out:
        offsets = []
        out.write(header)
        for i, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        offsets.append(out.tell())
        out.write(b"4 0 obj\n<< /Length %d >>\nstream\n" % stream_len)
        rest = stream_len
        while rest:
            n = min(rest, MB)
            out.write(random.randbytes(n))
            rest -= n
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 5\n0000000000 65535 f \n")
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def upload(base, cookie, hsa, path, name, pid):
    url = urllib.parse.urlsplit(base)
    boundary = "samla-bench-%d" % random.getrandbits(48)
    head = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"mottagning\"\r\n\r\n{hsa}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"tjanst\"\r\n\r\nkontakta\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"{name}\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = os.path.getsize(path)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    before = rss_kib(pid)
    peak = [before]
    running = [True]

    def sample():
        while running[0]:
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    conn.putrequest("POST", "/bilagor")
    conn.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    conn.putheader("Content-Length", str(len(head) + size + len(tail)))
    conn.putheader("Cookie", cookie)
    conn.putheader("Origin", base)
    conn.endheaders()
    conn.send(head)
    with open(path, "rb") as f:
        while chunk := f.read(256 * 1024):
            try:
                conn.send(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break  # The server stopped reading at the limit, as it should.
    try:
        conn.send(tail)
        response = conn.getresponse()
        status, body = response.status, response.read().decode(errors="replace")
    except (BrokenPipeError, ConnectionResetError):
        status, body = "closed", ""
    elapsed = time.perf_counter() - start
    running[0] = False
    sampler.join()
    time.sleep(0.2)
    after = rss_kib(pid)
    conn.close()
    return status, body.splitlines()[0] if body else "", size, elapsed, (peak[0] - before) / 1024, (after - before) / 1024


def main():
    base, cookie, hsa, pid, folder = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    pdf = os.path.join(folder, "just-under-20-mb.pdf")
    big_pdf(pdf, LIMIT - 4096)
    other = os.path.join(folder, "twenty-mb.bin")  # streamed whole, then refused by type
    with open(other, "wb") as out:
        out.write(random.randbytes(LIMIT - 4096))
    over = os.path.join(folder, "twenty-one-mb.pdf")
    big_pdf(over, 21 * MB)
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    print(f"{'file':<44} {'status':>6} {'MB':>6} {'s':>7} {'MB/s':>7} {'peak +MB':>9} {'after +MB':>9}")
    for label, path in [
        ("PDF just under 20 MB (stored, parsed)", pdf),
        ("20 MB, not a taken type (streamed, refused)", other),
        ("PDF of 21 MB (reading stops at 20 MB)", over),
    ]:
        rates, peaks, afters = [], [], []
        for run in range(runs + 1):
            status, first, size, elapsed, peak, after = upload(base, cookie, hsa, path, os.path.basename(path), pid)
            if run == 0:
                continue
            rates.append(size / MB / elapsed)
            peaks.append(peak)
            afters.append(after)
            print(f"{label:<44} {status:>6} {size / MB:>6.1f} {elapsed:>7.3f} {size / MB / elapsed:>7.1f} {peak:>9.1f} {after:>9.1f}")
        print(f"{'  median':<44} {'':>6} {'':>6} {'':>7} {statistics.median(rates):>7.1f} {statistics.median(peaks):>9.1f} {statistics.median(afters):>9.1f}")


main()
