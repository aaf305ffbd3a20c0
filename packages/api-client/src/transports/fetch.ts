import { type Transport, TransportError, type TransportRequest } from '../transport';

/**
 * Browsers (the site's live islands): fetch, so a page ships no HTTP library. Same-origin credentials only; a
 * timeout aborts the request.
 */
export function fetchTransport(fetchFn: typeof fetch = (...args) => globalThis.fetch(...args)): Transport {
  return {
    async request(req) {
      const abort = new AbortController();
      const timer = req.timeoutMs ? setTimeout(() => abort.abort(), req.timeoutMs) : undefined;
      const form = typeof FormData !== 'undefined' && req.data instanceof FormData;
      const json = req.data !== undefined && !form;
      let response: Response;
      try {
        response = await fetchFn(urlOf(req), {
          method: req.method,
          headers: { Accept: 'application/json', ...(json ? { 'Content-Type': 'application/json' } : {}), ...req.headers },
          body: form ? (req.data as FormData) : json ? JSON.stringify(req.data) : undefined,
          signal: abort.signal,
          credentials: 'same-origin',
        });
      } catch {
        throw new TransportError(abort.signal.aborted ? 'timeout' : 'connection');
      } finally {
        clearTimeout(timer);
      }
      let data: unknown;
      try {
        data = await readBody(response);
      } catch {
        data = undefined;
      }
      return { status: response.status, data, header: (name) => response.headers.get(name) ?? undefined };
    },
  };
}

function urlOf(req: TransportRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(req.params ?? {})) if (value !== undefined && value !== null) query.append(key, String(value));
  const qs = query.toString();
  return `${req.baseURL}${req.url}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}
