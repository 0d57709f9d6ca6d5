#!/usr/bin/env python3
"""Regenerates the expected outputs of the conformance corpus with CPython 3.11.

Usage: scripts/regen-expected.py [--check] [PATH ...]

Each program is run as `python3 NAME.py` from its own directory (so sys.path[0] is the
program's folder and imports of neighbouring modules work), with stdin from /dev/null,
twice, under two different PYTHONHASHSEED values; the two runs must agree exactly
(stdout, last stderr line, exit code), otherwise the program is reported as
nondeterministic and nothing is written for it.

Written per program (see runtime/src/test/resources/conformance/README.md):
  NAME.out   stdout, always
  NAME.err   last line of stderr, only when the exit code is not 0
  NAME.exit  the exit code, only when it is not 0
With --check nothing is written; the command exits 1 if any expected file is stale.
"""
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                     'runtime', 'src', 'test', 'resources', 'conformance'))
SEEDS = ('0', '4242')
TIMEOUT = 30


def is_program(rel):
    """<topic>/<name>.py is a program; deeper files are programs only if named main*.py."""
    parts = rel.split(os.sep)
    if not parts[-1].endswith('.py'):
        return False
    if len(parts) == 2:
        return True
    return len(parts) > 2 and parts[-1].startswith('main')


def programs(paths):
    found = []
    for base in paths:
        base = os.path.abspath(base)
        if os.path.isfile(base):
            found.append(base)
            continue
        for d, dirs, files in os.walk(base):
            dirs[:] = sorted(x for x in dirs if x != '__pycache__')
            for f in sorted(files):
                full = os.path.join(d, f)
                if is_program(os.path.relpath(full, ROOT)):
                    found.append(full)
    return found


def run(prog, seed):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = seed
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env.pop('PYTHONPATH', None)
    env['PYTHONIOENCODING'] = 'utf-8'
    try:
        p = subprocess.run(['python3', os.path.basename(prog)], cwd=os.path.dirname(prog),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT,
                           env=env)
    except subprocess.TimeoutExpired:
        return None
    err_lines = p.stderr.decode('utf-8', 'replace').rstrip('\n').split('\n')
    return p.stdout, err_lines[-1] if p.stderr else '', p.returncode


def expected_files(prog, result):
    out, last, code = result
    stem = prog[:-3]
    files = {stem + '.out': out}
    if code != 0:
        files[stem + '.err'] = (last + '\n').encode('utf-8')
        files[stem + '.exit'] = (str(code) + '\n').encode('utf-8')
    return files


def main(argv):
    check = '--check' in argv
    paths = [a for a in argv if a != '--check'] or [ROOT]
    bad = 0
    progs = programs(paths)
    for prog in progs:
        first = run(prog, SEEDS[0])
        second = run(prog, SEEDS[1])
        rel = os.path.relpath(prog, ROOT)
        if first is None or second is None:
            print('TIMEOUT', rel)
            bad += 1
            continue
        if first != second:
            print('NONDETERMINISTIC', rel)
            bad += 1
            continue
        want = expected_files(prog, first)
        stem = prog[:-3]
        for extra in (stem + '.err', stem + '.exit'):
            if extra not in want and os.path.exists(extra):
                if check:
                    print('STALE', os.path.relpath(extra, ROOT))
                    bad += 1
                else:
                    os.remove(extra)
        for path, data in want.items():
            old = open(path, 'rb').read() if os.path.exists(path) else None
            if old != data:
                if check:
                    print('STALE', os.path.relpath(path, ROOT))
                    bad += 1
                else:
                    with open(path, 'wb') as f:
                        f.write(data)
        if first[2] != 0:
            print('exit %d  %-45s %s' % (first[2], rel, first[1]))
    print('%d programs, %d problems' % (len(progs), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
