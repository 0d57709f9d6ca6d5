# re and json from several threads at once: shared compiled patterns, the module cache, encoders
import json
import re
import threading

shared = re.compile(r'(?P<key>\w+)=(?P<val>\d+)')
results = {}
lock = threading.Lock()

def worker(n):
    out = []
    for i in range(200):
        text = "a%d=%d b%d=%d" % (n, i, n, i * 2)
        pairs = {m['key']: int(m['val']) for m in shared.finditer(text)}
        # the module-level cache is filled by all threads at once
        again = re.findall(r'b%d=(\d+)' % (i % 7), "b%d=%d" % (i % 7, i))
        doc = json.loads(json.dumps({"n": n, "i": i, "pairs": pairs}, sort_keys=True))
        out.append((doc["pairs"]["b%d" % n] == i * 2, again == [str(i)], re.sub(r'\d', '#', text).count('#') > 0))
    with lock:
        results[n] = out

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, len(results[n]), all(all(x) for x in results[n]))
