"""Logs in with the test e-ID as a script would with a browser and a phone, ROUNDS times, and
prints the time of the whole round trip (start the order, read the QR code, scan it in the
simulated app, approve, collect into a session) without the citizen's own pauses or the 2 s
poll interval; then prints a session cookie for the load test. Asserts nothing beyond the
flow working.

Usage: login-roundtrip.py BASE_URL ROUNDS [THREADS]"""

import http.client
import re
import sys
import threading
import time
import urllib.parse


def post(conn, path, form, cookies, host):
    body = urllib.parse.urlencode(form)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "text/html",
        "Origin": f"http://{host}",
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
    }
    conn.request("POST", path, body, headers)
    return read(conn, cookies)


def get(conn, path, cookies):
    conn.request("GET", path, headers={"Accept": "text/html",
                                       "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())})
    return read(conn, cookies)


def read(conn, cookies):
    response = conn.getresponse()
    body = response.read().decode()
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            if val:
                cookies[key] = val
            else:
                cookies.pop(key, None)
    return response.status, response.getheader("Location", ""), body


def one_login(host, persona):
    browser = http.client.HTTPConnection(host)
    phone = http.client.HTTPConnection(host)
    cookies, phone_cookies = {}, {}
    started = time.perf_counter()
    post(browser, "/api/start_login", {"eid": "bankid", "device": "annan", "next": "/inkorg"}, cookies, host)
    _, _, page = get(browser, "/logga-in/vantar", cookies)
    code = re.search(r"bankid\.[0-9a-f]+\.\d+\.[0-9a-f]+", page).group(0)
    _, to, _ = post(phone, "/api/test_eid_scan", {"code": code}, phone_cookies, host)
    order = to.split("order=")[1]
    post(phone, "/api/test_eid_approve", {"order": order, "person": persona, "personnummer": ""}, phone_cookies, host)
    status, to, _ = post(browser, "/api/check_login", {}, cookies, host)
    took = (time.perf_counter() - started) * 1000
    assert to == "/inkorg" and "__Host-samla-session" in cookies, (status, to)
    return took, cookies["__Host-samla-session"]


def main():
    base, rounds = sys.argv[1], int(sys.argv[2])
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    host = base.removeprefix("http://").rstrip("/")
    conn = http.client.HTTPConnection(host)
    get(conn, "/logga-in", {})
    # The first persona of the picker, Anna Lindqvist.
    phone = {}
    browser = {}
    post(conn, "/api/start_login", {"eid": "bankid", "device": "denna", "next": "/"}, browser, host)
    _, _, page = get(conn, "/logga-in/vantar", browser)
    token = re.search(r'name="token" value="([0-9a-f]+)"', page).group(1)
    _, to, _ = post(conn, "/api/test_eid_open", {"token": token}, phone, host)
    _, _, identify = get(conn, to, phone)
    persona = re.search(r'name="person" value="(\d{12})"', identify).group(1)

    times, session = [], None
    lock = threading.Lock()

    def work(n):
        nonlocal session
        for _ in range(n):
            took, s = one_login(host, persona)
            with lock:
                times.append(took)
                session = s

    per = max(1, rounds // threads)
    pool = [threading.Thread(target=work, args=(per,)) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"login round trip (6 requests), {len(times)} logins on {threads} threads: "
          f"p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms, max {times[-1]:.1f} ms")
    print(f"SESSION {session}")


main()
