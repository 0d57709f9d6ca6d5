"""A Richards-style operating-system simulation: a priority scheduler running an idle task,
a work task, two handler tasks and two device tasks that pass packets through queues. Much
method dispatch, attribute access and small-object traffic, little arithmetic.

bench(n) runs the idle task for n ticks and returns the scheduler's counters.
Run:  python3 richards.py N
"""
import sys

IDLE, WORK, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Appends self at the end of the queue headed by `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None   # waits for a packet
        self.held = False

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        pkt = self.queue
        self.queue = pkt.link
        pkt.link = None
        return pkt

    def step(self):
        """Runs one turn; returns the task to schedule next (None: the highest runnable)."""
        if self.waiting and self.queue is not None:
            self.waiting = False
            return self.work(self.take())
        return self.work(None)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = False
        self.count = count
        self.seed = 1

    def work(self, pkt):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.sched.release(DEVICE_B)
        self.seed >>= 1
        return self.sched.release(DEVICE_A)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def work(self, pkt):
        if pkt is None:
            self.waiting = True
            return None
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.dest = self.dest
        pkt.count = 0
        for i in range(DATA_SIZE):
            self.letter = (self.letter + 1) % 26
            pkt.data[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.works = None
        self.devices = None

    def work(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.works = pkt.append_to(self.works)
            else:
                self.devices = pkt.append_to(self.devices)
        if self.works is not None:
            w = self.works
            if w.count >= DATA_SIZE:
                self.works = w.link
                return self.sched.send(w)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.count = w.data[w.count]
                w.count += 1
                return self.sched.send(d)
        self.waiting = True
        return None


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def work(self, pkt):
        if pkt is None:
            if self.pending is None:
                self.waiting = True
                return None
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = pkt
        self.sched.holds += 1
        self.held = True
        return None


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.holds = 0
        self.sends = 0
        self.current = None

    def add(self, task):
        self.tasks[task.ident] = task

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def send(self, pkt):
        self.sends += 1
        t = self.tasks[pkt.dest]
        pkt.dest = self.current.ident   # a reply goes back to the sender
        was_empty = t.queue is None
        t.queue = pkt.append_to(t.queue)
        if was_empty and t.waiting and not t.held and t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        by_priority = sorted(self.tasks, key=lambda t: -t.priority)
        nxt = None
        while True:
            if nxt is None or not nxt.runnable():
                nxt = None
                for t in by_priority:
                    if t.runnable():
                        nxt = t
                        break
                if nxt is None:
                    return
            self.current = nxt
            nxt = nxt.step()


def bench(n):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, n))
    work_queue = Packet(Packet(None, WORK, KIND_WORK), WORK, KIND_WORK)
    s.add(WorkTask(s, WORK, 1000, work_queue))
    dev_a = Packet(Packet(Packet(None, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE)
    s.add(HandlerTask(s, HANDLER_A, 2000, dev_a))
    dev_b = Packet(Packet(Packet(None, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE)
    s.add(HandlerTask(s, HANDLER_B, 3000, dev_b))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.run()
    return "holds=%d sends=%d" % (s.holds, s.sends)


if __name__ == '__main__':
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
