// A process monitor loaded into a process under measurement with `node --import ./bench/monitor/preload.mjs …`,
// so a benchmark sees the process from inside without any change to that process's own code.
//
// Every SOAK_MONITOR_INTERVAL_MS (60 s by default) it appends one JSON line to the file in SOAK_MONITOR_FILE, and a
// last one (final: true) when the process exits. Each line covers the time since the previous one:
// - memory (rss, heapUsed, heapTotal, external, arrayBuffers): the value at the sample and the maximum seen, read
//   every second, so a peak between two samples is not lost;
// - event-loop delay from monitorEventLoopDelay at 10 ms resolution (max, p99, mean, in ms), reset each line;
// - event-loop utilization over the interval;
// - GC pauses from a PerformanceObserver: count, total and longest (ms), by kind;
// - stalls: every gap over 500 ms between the beats of a 100 ms timer, with when it ended (epoch ms), so a stall
//   can be matched with the requests in flight at that moment.
// - scheduler: the main thread's CPU time and the time it waited for a CPU (/proc/self/schedstat), per line and per
//   stall, so a stall caused by other work on the machine is told apart from one the process caused itself;
// SIGUSR2 closes the current line as minute 0 (start-up and whatever the benchmark did before its load) and
// starts the minutes afresh from that moment, so they line up with the benchmark's own.
// Without SOAK_MONITOR_FILE it does nothing.
import { appendFileSync, readFileSync } from 'node:fs';
import { constants, monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.SOAK_MONITOR_FILE;
// Worker threads inherit --import (execArgv): the process's own loop is the main thread's, and a worker writing
// lines of its own would be read as the process's.
if (file && isMainThread) start(file, Number(process.env.SOAK_MONITOR_INTERVAL_MS ?? 60_000));

function start(file, intervalMs) {
  const MiB = 1024 * 1024;
  const round = (x) => Math.round(x * 100) / 100;
  const GC_KINDS = {
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let elu = performance.eventLoopUtilization();
  let gc = { count: 0, totalMs: 0, longestMs: 0, byKind: {} };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[entry.detail?.kind] ?? String(entry.detail?.kind);
      gc.count++;
      gc.totalMs += entry.duration;
      gc.longestMs = Math.max(gc.longestMs, entry.duration);
      gc.byKind[kind] ??= { count: 0, longestMs: 0 };
      const k = gc.byKind[kind];
      k.count++;
      k.longestMs = Math.max(k.longestMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });

  const memory = () => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
  };
  let peak = memory();
  const memoryTimer = setInterval(() => {
    const m = memory();
    for (const key of Object.keys(m)) peak[key] = Math.max(peak[key], m[key]);
  }, 1000);
  memoryTimer.unref();

  // Linux only: the thread group leader's line is the main thread's. Elsewhere the figures are null.
  const schedstat = () => {
    try {
      const [cpuNs, waitNs] = readFileSync('/proc/self/schedstat', 'utf8').split(' ').map(Number);
      return { cpuMs: cpuNs / 1e6, waitMs: waitNs / 1e6 };
    } catch {
      return null;
    }
  };
  let lineSched = schedstat();
  let beatSched = lineSched;
  let stalls = [];
  let beat = performance.now();
  const beatTimer = setInterval(() => {
    const now = performance.now();
    const gap = now - beat;
    const sched = schedstat();
    if (gap > 500)
      stalls.push({
        endedAt: Math.round(performance.timeOrigin + now),
        ms: Math.round(gap),
        // Of the gap: how long the main thread ran, and how long it was ready but waited for a CPU.
        ranMs: sched && beatSched ? Math.round(sched.cpuMs - beatSched.cpuMs) : null,
        waitedForCpuMs: sched && beatSched ? Math.round(sched.waitMs - beatSched.waitMs) : null,
      });
    beat = now;
    beatSched = sched;
  }, 100);
  beatTimer.unref();

  const startedAt = Date.now();
  let lineStartedAt = startedAt;
  let minute = 0;
  const write = (final, phase = final ? 'final' : 'load') => {
    const now = memory();
    const e = performance.eventLoopUtilization(elu);
    elu = performance.eventLoopUtilization();
    const line = {
      minute: phase === 'before-load' ? 0 : final ? minute : ++minute,
      final,
      phase,
      pid: process.pid,
      from: new Date(lineStartedAt).toISOString(),
      at: new Date().toISOString(),
      memoryMiB: Object.fromEntries(Object.entries(now).map(([k, v]) => [k, round(v / MiB)])),
      memoryMaxMiB: Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, round(Math.max(v, now[k]) / MiB)])),
      loopDelayMs: {
        max: round(delay.max / 1e6),
        p99: round(delay.percentile(99) / 1e6),
        mean: round(delay.mean / 1e6),
      },
      elu: Math.round(e.utilization * 1000) / 1000,
      gc: { count: gc.count, totalMs: round(gc.totalMs), longestMs: round(gc.longestMs), byKind: gc.byKind },
      stalls,
      scheduler: (() => {
        const sched = schedstat();
        return sched && lineSched
          ? { cpuMs: Math.round(sched.cpuMs - lineSched.cpuMs), waitedForCpuMs: Math.round(sched.waitMs - lineSched.waitMs) }
          : null;
      })(),
    };
    // Synchronous on purpose: the last line is written from the 'exit' event, where nothing asynchronous runs.
    appendFileSync(file, `${JSON.stringify(line)}\n`);
    delay.reset();
    gc = { count: 0, totalMs: 0, longestMs: 0, byKind: {} };
    peak = now;
    stalls = [];
    lineSched = schedstat();
    lineStartedAt = Date.now();
  };
  let lineTimer = setInterval(() => write(false), intervalMs);
  lineTimer.unref();
  process.on('SIGUSR2', () => {
    write(false, 'before-load');
    minute = 0;
    clearInterval(lineTimer);
    lineTimer = setInterval(() => write(false), intervalMs);
    lineTimer.unref();
  });
  process.once('exit', () => write(true));
}
