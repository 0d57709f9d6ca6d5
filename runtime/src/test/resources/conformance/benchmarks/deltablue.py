# A DeltaBlue-style incremental constraint solver: strengths, planning, chains and projections.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NAMES = ['required', 'strongPreferred', 'preferred', 'strongDefault', 'normal', 'weakDefault', 'weakest']

def stronger(a, b):
    return a < b

class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True
    def __repr__(self):
        return f'{self.name}={self.value}'

class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def add(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)
    def satisfy(self, mark, planner):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError('could not satisfy a required constraint')
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError('cycle encountered')
        out.mark = mark
        return overridden
    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()

class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add(planner)
    def add_to_graph(self):
        self.my_output.constraints.append(self)
        self.satisfied = False
    def choose_method(self, mark):
        self.satisfied = self.my_output.mark != mark and stronger(self.strength, self.my_output.walk_strength)
    def is_satisfied(self):
        return self.satisfied
    def mark_inputs(self, mark):
        pass
    def output(self):
        return self.my_output
    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.satisfied = False
    def inputs_known(self, mark):
        return True
    def remove_from_graph(self):
        if self in self.my_output.constraints:
            self.my_output.constraints.remove(self)
        self.satisfied = False
    def is_input(self):
        return False

class StayConstraint(UnaryConstraint):
    def execute(self):
        pass

class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True
    def execute(self):
        pass

class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = None
        self.add(planner)
    def choose_method(self, mark):
        if self.v1.mark == mark:
            self.direction = 'fwd' if self.v2.mark != mark and stronger(self.strength, self.v2.walk_strength) else None
        elif self.v2.mark == mark:
            self.direction = 'bwd' if self.v1.mark != mark and stronger(self.strength, self.v1.walk_strength) else None
        elif self.v1.walk_strength > self.v2.walk_strength or (self.v1.walk_strength == self.v2.walk_strength and False):
            self.direction = 'bwd' if stronger(self.strength, self.v1.walk_strength) else None
        else:
            self.direction = 'fwd' if stronger(self.strength, self.v2.walk_strength) else None
    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = None
    def is_satisfied(self):
        return self.direction is not None
    def mark_inputs(self, mark):
        self.input().mark = mark
    def input(self):
        return self.v1 if self.direction == 'fwd' else self.v2
    def output(self):
        return self.v2 if self.direction == 'fwd' else self.v1
    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.direction = None
    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None
    def remove_from_graph(self):
        for v in (self.v1, self.v2):
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = None
    def is_input(self):
        return False

class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value

class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength, planner)
    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)
    def remove_from_graph(self):
        super().remove_from_graph()
        for v in (self.scale, self.offset):
            if self in v.constraints:
                v.constraints.remove(self)
    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark
    def execute(self):
        if self.direction == 'fwd':
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value
    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

class Plan(list):
    def execute(self):
        for c in self:
            c.execute()

class Planner:
    def __init__(self):
        self.current_mark = 0
    def new_mark(self):
        self.current_mark += 1
        return self.current_mark
    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)
    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for s in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == s:
                    self.incremental_add(u)
    def extract_plan_from(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)
    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan
    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True
    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied
    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

def change(planner, v, new_value):
    edit = EditConstraint(v, PREFERRED, planner)
    plan = planner.extract_plan_from([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy(planner)

def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable('v%d' % i)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED, planner)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT, planner)
    edit = EditConstraint(first, PREFERRED, planner)
    plan = planner.extract_plan_from([edit])
    results = []
    for i in range(5):
        first.value = i * 7
        plan.execute()
        results.append(last.value)
    return results

def projection_test(n):
    planner = Planner()
    scale = Variable('scale', 10)
    offset = Variable('offset', 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable('src%d' % i, i)
        dst = Variable('dst%d' % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    r1 = dst.value
    change(planner, dst, 1050)
    r2 = src.value
    change(planner, scale, 5)
    r3 = [d.value for d in dests[:5]]
    change(planner, offset, 2000)
    r4 = [d.value for d in dests[:5]]
    return r1, r2, r3, r4

print(chain_test(50))
print(projection_test(40))
print(NAMES[REQUIRED], NAMES[WEAKEST])
