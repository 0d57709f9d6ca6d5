# A Richards-style operating-system scheduler simulation: tasks, packets, a work queue.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, sched, ident, prio, queue, state):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = state == 'wait'
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)
    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            self.waiting = False
            if self.prio > current.prio:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current
    def take_packet(self):
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
            pkt.link = None
        return pkt

class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        super().__init__(sched, ident, prio, None, 'run')
        self.control = 1
        self.count = count
    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)

class WorkerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        super().__init__(sched, ident, prio, queue, 'wait')
        self.dest = HANDLER_A
        self.count = 0
    def run(self, pkt):
        if pkt is None:
            return self.sched.wait_self()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord('A') + self.count - 1
        return self.sched.queue_packet(pkt)

class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        super().__init__(sched, ident, prio, queue, 'wait')
        self.work = None
        self.device = None
    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        if self.work is not None:
            w = self.work
            i = w.datum
            if i >= 4:
                self.work = w.link
                return self.sched.queue_packet(w)
            if self.device is not None:
                d = self.device
                self.device = d.link
                d.datum = w.data[i]
                w.datum = i + 1
                return self.sched.queue_packet(d)
        return self.sched.wait_self()

class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        super().__init__(sched, ident, prio, None, 'wait')
        self.pending = None
    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait_self()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = pkt
        self.sched.output.append(chr(pkt.datum))
        return self.sched.hold_self()

class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.output = []
    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current
    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link
    def wait_self(self):
        self.current.waiting = True
        return self.current
    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)
    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            if self.current.runnable():
                pkt = self.current.take_packet() if not self.current.waiting or self.current.queue else None
                if self.current.waiting and pkt is None and self.current.queue is None:
                    self.current = self.current.link
                    continue
                self.current.waiting = False
                self.current = self.current.run(pkt)
            else:
                self.current = self.current.link

def run(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    wq = Packet(None, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wq)
    wq = Packet(None, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wq)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s

for count in (100, 1000, 5000):
    s = run(count)
    print(count, s.queue_count, s.hold_count, ''.join(s.output[:30]), len(s.output))
