#!/usr/bin/env python3
"""The first-load budget of the open pages, against a running server: the wasm and JS the browser
fetches for the start page, an article, search, a clinic page and find care, in bytes as sent
(brotli): the main bundle, the modules its scripts import, and the chunk of each lazy island the
page shows (with the chunks that chunk needs). Prints a table; exits 1 when a page is over the
budget.

Usage: first-load-budget.py BASE_URL [BUDGET_BYTES]
"""
import re, sys, urllib.parse, urllib.request

base = sys.argv[1]
budget = int(sys.argv[2]) if len(sys.argv) > 2 else 250_000
PAGES = ["/", "/artikel/ont-i-ryggen", "/sok?q=ont+i+ryggen", "/mottagning/SE232100012-00001", "/hitta-vard"]

def get(url, encoding="identity"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request) as response:
        sent = response.headers.get("Content-Encoding", "identity")
        if encoding != "identity" and sent != encoding:
            sys.exit(f"{url} was sent as {sent}, not {encoding}: the figures would be wrong")
        return response.read()

def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()

def lazy_chunks(js, islands):
    """The chunks the split loader `js` fetches for the lazy islands named in `islands`."""
    loads = dict(re.findall(r"__wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*"
                            r"const src = fetch\(new URL\(\"([^\"]+)\"", js))
    return [file for split, file in loads.items()
            if any(split.startswith(snake(island) + "_loader_") for island in islands)]

def first_load(path):
    """Every /pkg script and wasm the page names, the modules those scripts import, and the
    chunks of the lazy islands on the page."""
    html = get(base + path).decode()
    islands = {name for name in re.findall(r'<leptos-island data-component="([A-Za-z]+)_\d+"', html)}
    todo = set(re.findall(r"/pkg/[^\"' )]+\.(?:js|wasm)", html))
    seen = set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        if url.endswith(".js"):
            js = get(base + url).decode()
            for spec in re.findall(r"""(?:from|import\()\s*['"]([^'"]+\.(?:js|wasm))['"]""", js):
                todo.add(urllib.parse.urljoin(url, spec))
            for chunk in lazy_chunks(js, islands):
                todo.add(urllib.parse.urljoin(url, chunk))
    return sorted(seen)

over = False
print(f"{'page':<34} {'js':>9} {'wasm':>9} {'total':>9}  (brotli bytes as sent; budget {budget:,})")
for path in PAGES:
    sizes = {"js": 0, "wasm": 0}
    for url in first_load(path):
        sizes[url.rsplit(".", 1)[1]] += len(get(base + url, "br"))
    total = sizes["js"] + sizes["wasm"]
    over |= total > budget
    print(f"{path:<34} {sizes['js']:>9,} {sizes['wasm']:>9,} {total:>9,}  {'OVER' if total > budget else 'ok'}")
sys.exit(1 if over else 0)
