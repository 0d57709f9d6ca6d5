import threading

results = {}

def work(name, n, scale=1):
    results[name] = sum(range(n)) * scale

threads = []
for i in range(4):
    t = threading.Thread(target=work, args=("t%d" % i, 1000 * (i + 1)), kwargs={"scale": 2})
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(all(not t.is_alive() for t in threads))
print(threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())
print(threading.active_count())

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

c = Counter(100)
print(c.name, c.is_alive())
c.start()
c.join()
print(c.name, c.total, c.is_alive())
print(isinstance(c.ident, int), c.daemon)
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
