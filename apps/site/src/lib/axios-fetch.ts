/**
 * The part of axios that @xinyong/api-client uses, on top of fetch. The site's browser bundle maps `axios` here
 * (astro.config.mjs), so the live islands keep the shared client (its retries, error classes and Chinese messages)
 * without shipping 63 kB of axios. Only what the client's core calls is here: create, request, defaults, isAxiosError.
 */
export interface RequestConfig {
  method?: string;
  url?: string;
  baseURL?: string;
  params?: Record<string, unknown>;
  data?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

export interface FetchResponse<T = unknown> {
  data: T;
  status: number;
  headers: Headers;
}

export class AxiosError extends Error {
  readonly isAxiosError = true;
  constructor(
    message: string,
    readonly code: string,
    readonly response?: FetchResponse,
  ) {
    super(message);
  }
}

export function isAxiosError(error: unknown): error is AxiosError {
  return error instanceof AxiosError;
}

function buildURL(config: RequestConfig): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(config.params ?? {}))
    if (value !== undefined && value !== null) query.append(key, String(value));
  const qs = query.toString();
  return `${config.baseURL ?? ''}${config.url ?? ''}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

export function create(defaults: RequestConfig = {}) {
  const instance = {
    defaults: { ...defaults },
    async request<T>(config: RequestConfig): Promise<FetchResponse<T>> {
      const merged = { ...instance.defaults, ...config, headers: { ...instance.defaults.headers, ...config.headers } };
      const abort = new AbortController();
      const timer = merged.timeout ? setTimeout(() => abort.abort(), merged.timeout) : undefined;
      const hasBody = merged.data !== undefined;
      let response: Response;
      try {
        response = await fetch(buildURL(merged), {
          method: merged.method ?? 'GET',
          headers: hasBody ? { 'Content-Type': 'application/json', ...merged.headers } : merged.headers,
          body: hasBody ? JSON.stringify(merged.data) : undefined,
          signal: abort.signal,
          credentials: 'same-origin',
        });
      } catch {
        // Same codes as axios, so the client's own mapping to TimeoutError and ConnectionError applies unchanged.
        throw abort.signal.aborted ? new AxiosError('timeout exceeded', 'ECONNABORTED') : new AxiosError('Network Error', 'ERR_NETWORK');
      } finally {
        clearTimeout(timer);
      }
      let data: unknown;
      try {
        data = await readBody(response);
      } catch {
        data = undefined;
      }
      const result = { data: data as T, status: response.status, headers: response.headers };
      if (!response.ok) throw new AxiosError(`Request failed with status code ${response.status}`, 'ERR_BAD_RESPONSE', result);
      return result;
    },
  };
  return instance;
}

export default { create, isAxiosError };
