#!/usr/bin/env python3
"""cpu-sampler.py <cmd...>: runs cmd, samples CPU time by process kind (descendants only) every 0.5 s."""
import os, sys, time, subprocess, collections
HZ = os.sysconf('SC_CLK_TCK')
def kind(cmd):
    c = cmd
    if 'chromium' in c: return 'chromium'
    if 'workerProcessEntry' in c: return 'pw-worker'
    if 'next-server' in c or 'worker.mjs' in c or 'start.mjs' in c: return 'server'
    if 'playwright' in c: return 'pw-runner'
    if 'tsc' in c: return 'tsc'
    if 'eslint' in c: return 'eslint'
    if 'prettier' in c: return 'prettier'
    if 'next build' in c or 'next-build' in c or 'turbopack' in c: return 'build'
    if 'durability' in c: return 'durability'
    if '--test' in c or 'unit-tests' in c: return 'unit'
    return 'other:' + c[:60]
def children_map():
    m = collections.defaultdict(list)
    info = {}
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            st = open(f'/proc/{p}/stat').read()
            rp = st.rfind(')'); f = st[rp+2:].split()
            ppid = int(f[1]); t = int(f[11]) + int(f[12])
            cmd = open(f'/proc/{p}/cmdline','rb').read().replace(b'\0',b' ').decode(errors='replace')
            m[ppid].append(int(p)); info[int(p)] = (t, cmd)
        except Exception: pass
    return m, info
proc = subprocess.Popen(sys.argv[1:])
last = {}; total = collections.Counter(); kinds = {}
t0 = time.time()
while proc.poll() is None:
    m, info = children_map()
    stack = [proc.pid]; seen = set()
    while stack:
        p = stack.pop()
        if p in seen: continue
        seen.add(p); stack.extend(m.get(p, []))
        if p in info:
            t, cmd = info[p]
            k = kinds.setdefault(p, kind(cmd)) if cmd.strip() else kinds.get(p, 'other')
            total[k] += t - last.get(p, 0); last[p] = t
    time.sleep(0.5)
wall = time.time() - t0
print(f"\n[cpu] wall {wall:.1f} s; CPU by kind (s):", file=sys.stderr)
agg = collections.Counter()
for k, v in total.items(): agg[k if not k.startswith('other:') else 'other'] += v
for k, v in agg.most_common(): print(f"[cpu]   {k:12} {v/HZ:8.1f}", file=sys.stderr)
print(f"[cpu]   total        {sum(agg.values())/HZ:8.1f}", file=sys.stderr)
sys.exit(proc.returncode)
