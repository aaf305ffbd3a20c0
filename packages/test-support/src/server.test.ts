import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaNight } from './clock';
import { freePort } from './ports';
import { READY_LINE, startServer } from './server';

// A tiny server that behaves as the API does at start-up: listens on PORT, prints the ready line, stops on SIGINT.
const TINY = `
const http = require('node:http');
const server = http.createServer((q, r) => r.end(JSON.stringify({ now: new Date().toISOString() })));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening\\n${READY_LINE}'));
process.on('SIGINT', () => server.close(() => process.exit(0)));
`;

describe('startServer', () => {
  it('waits for the ready line, serves on the chosen port, and stops with the exit code', async () => {
    const server = await startServer({ args: ['-e', TINY], cwd: process.cwd() });
    expect(server.output()).toContain(READY_LINE);
    expect((await fetch(server.origin)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    expect(await server.stop()).toBe(0);
  });

  it('rejects with what the process printed when it exits before it is ready', async () => {
    await expect(startServer({ args: ['-e', 'console.error("no database"); process.exit(3)'], cwd: process.cwd() })).rejects.toThrow(
      /exited with 3 before it was ready:\n.*no database/s,
    );
  });

  it('keeps only the tail of a long output when asked', async () => {
    const noisy = `console.log('x'.repeat(5000)); ${TINY}`;
    const server = await startServer({ args: ['-e', noisy], cwd: process.cwd(), keepTail: 100 });
    expect(server.output().length).toBeLessThanOrEqual(100);
    expect(server.output()).toContain(READY_LINE);
    await server.stop();
  });
});

describe('freePort', () => {
  it('gives a port that can be listened on at once', async () => {
    const port = await freePort();
    const server = await startServer({ args: ['-e', TINY], cwd: process.cwd(), port });
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    await server.stop();
  });
});

describe('the night instant', () => {
  it('is 02:30 China time on the China date of the given instant', () => {
    expect(chinaNight(new Date('2026-05-19T20:00:00Z')).toISOString()).toBe('2026-05-19T18:30:00.000Z');
    expect(chinaNight(new Date('2026-05-20T03:00:00+08:00')).toISOString()).toBe('2026-05-19T18:30:00.000Z');
    expect(chinaDateOf(new Date('2026-05-19T18:30:00Z'))).toBe('2026-05-20');
  });
});
