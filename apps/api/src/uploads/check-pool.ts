import { Worker } from 'node:worker_threads';

export type PdfVerdict =
  | { ok: true; pages: number }
  | { ok: false; reason: 'unreadable' | 'encrypted' | 'empty' | 'active'; detail?: string };

/** What the worker found in a file's bytes. */
export interface ByteChecks {
  sha256: Buffer;
  /** Why the file also reads as something else (markup, an archive, a PDF inside a picture), or null. */
  disguise: string | null;
  /** The PDF's parse, for a PDF that is not disguised; null otherwise. */
  pdf: PdfVerdict | null;
}

/** A check that did not finish: its worker took too long or died, or too many files were waiting. */
export class CheckNotDone extends Error {
  override name = 'CheckNotDone';
  constructor(readonly reason: 'timeout' | 'crash' | 'busy' | 'closed') {
    super(`upload check not done: ${reason}`);
  }
}

export interface UploadChecks {
  check(bytes: Buffer, type: string): Promise<ByteChecks>;
  close(): Promise<void>;
}

export interface CheckPoolOptions {
  /** Workers started on first use and kept: one per core leaves the main thread free to serve. */
  workers?: number;
  /** How long one file may take; a worker that overruns is replaced (a crafted PDF must not hold one for good). */
  timeoutMs?: number;
  /** Files waiting beyond those being checked; more are refused at once rather than held in memory. */
  maxQueued?: number;
  /** The worker's module; tests give a stand-in. */
  workerUrl?: URL;
  /** Heap cap of each worker: a file that makes the parser balloon kills its worker, not the API. */
  workerHeapMb?: number;
}

interface Job {
  id: number;
  bytes: Buffer;
  type: string;
  resolve: (result: ByteChecks) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A small, fixed pool of worker threads for the checks that read every byte of an upload. The main thread only
 * copies the bytes over (a memcpy) and reads back a few fields, so a burst of 5 MB uploads leaves lookups served.
 */
export function uploadCheckPool(options: CheckPoolOptions = {}): UploadChecks {
  const {
    workers = 2,
    timeoutMs = 15_000,
    maxQueued = 16,
    workerUrl = new URL('./check-worker.mjs', import.meta.url),
    workerHeapMb = 128,
  } = options;
  const slots: Slot[] = Array.from({ length: Math.max(1, workers) }, () => ({ worker: null, job: null, timer: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    return job;
  };

  const start = (slot: Slot): Worker => {
    const worker = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    // An idle pool must not keep a CLI or a test process alive.
    worker.unref();
    worker.on('message', (message: { id: number; sha256: Uint8Array; disguise: string | null; pdf: PdfVerdict | null }) => {
      const job = slot.job?.id === message.id ? finish(slot) : null;
      job?.resolve({ sha256: Buffer.from(message.sha256), disguise: message.disguise, pdf: message.pdf });
      dispatch();
    });
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      // A timeout terminates the worker after rejecting its job; any other exit is a crash.
      finish(slot)?.reject(new CheckNotDone('crash'));
      dispatch();
    });
    return worker;
  };

  function dispatch() {
    for (const slot of slots) {
      if (closed || slot.job || queue.length === 0) continue;
      const job = queue.shift() as Job;
      slot.job = job;
      slot.worker ??= start(slot);
      const worker = slot.worker;
      slot.timer = setTimeout(() => {
        finish(slot)?.reject(new CheckNotDone('timeout'));
        slot.worker = null;
        void worker.terminate();
        dispatch();
      }, timeoutMs);
      worker.postMessage({ id: job.id, bytes: job.bytes, type: job.type });
    }
  }

  return {
    check(bytes, type) {
      if (closed) return Promise.reject(new CheckNotDone('closed'));
      const busy = slots.every((s) => s.job) && queue.length >= maxQueued;
      if (busy) return Promise.reject(new CheckNotDone('busy'));
      return new Promise<ByteChecks>((resolve, reject) => {
        queue.push({ id: nextId++, bytes, type, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new CheckNotDone('closed'));
      await Promise.all(
        slots.map(async (slot) => {
          finish(slot)?.reject(new CheckNotDone('closed'));
          const worker = slot.worker;
          slot.worker = null;
          await worker?.terminate();
        }),
      );
    },
  };
}
