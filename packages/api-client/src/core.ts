import axios, { type AxiosInstance, type AxiosRequestConfig, isAxiosError } from 'axios';
import { ApiClientError, AuthenticationError, ConnectionError, errorForStatus, TimeoutError } from './errors';
import { assertNoIdentifiersInUrl, redact } from './privacy';

export interface ClientOptions {
  /** Origin plus prefix, e.g. https://xinyong.example.cn/api/v1 */
  baseURL: string;
  timeoutMs?: number;
  /** Extra attempts for safe requests after the first one. */
  maxRetries?: number;
  /** Base delay of the exponential backoff; tests set 0. */
  retryBaseDelayMs?: number;
  /** Injected axios instance (tests, or a runtime adapter). */
  axiosInstance?: AxiosInstance;
  /** Called when the server says the session is over (expired, ended, invalid). */
  onSessionEnded?: (code: string) => void;
}

/** Error codes that mean the session can no longer be used. */
const SESSION_OVER = new Set(['SESSION_EXPIRED', 'SESSION_ENDED', 'INVALID_TOKEN', 'UNAUTHORIZED']);

/** A random idempotency key: create one when a form opens and reuse it for every retry of that form. */
export const newIdempotencyKey = () => {
  const bytes = new Uint8Array(16);
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Personal data must never cross a network in clear text; localhost is the only exception (development). */
export function assertSecureBaseURL(baseURL: string): void {
  if (baseURL.startsWith('/')) return; // same origin as the page that loaded us
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new ApiClientError(`服务地址无效：${baseURL}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    throw new ApiClientError('只能通过 https 连接服务，以保护您的信息');
  }
}

export class HttpCore {
  private readonly http: AxiosInstance;
  private readonly maxRetries: number;
  private readonly retryBaseDelayMs: number;
  private readonly onSessionEnded?: (code: string) => void;
  /** The session token: held in this object's memory only, never in any storage. */
  private token: string | null = null;

  constructor(options: ClientOptions) {
    assertSecureBaseURL(options.baseURL);
    this.http =
      options.axiosInstance ??
      axios.create({ baseURL: options.baseURL, timeout: options.timeoutMs ?? 15_000, headers: { Accept: 'application/json' } });
    if (options.axiosInstance) this.http.defaults.baseURL = options.baseURL;
    this.maxRetries = options.maxRetries ?? 2;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 300;
    this.onSessionEnded = options.onSessionEnded;
  }

  setToken(token: string | null) {
    this.token = token;
  }

  get hasToken() {
    return this.token !== null;
  }

  get baseURL(): string {
    return this.http.defaults.baseURL ?? '';
  }

  authHeaders(): Record<string, string> {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  async get<T>(url: string, params?: Record<string, unknown>): Promise<T> {
    return this.send<T>({ method: 'GET', url, params: dropUndefined(params) }, true);
  }

  async getWithHeaders<T>(url: string, headers: Record<string, string>): Promise<T> {
    return this.send<T>({ method: 'GET', url, headers }, true);
  }

  /** A POST that creates something carries an idempotency key, so retrying it can never file twice. */
  async post<T>(url: string, body: unknown, options: { idempotent?: boolean; key?: string } = {}): Promise<T> {
    const headers = options.idempotent ? { 'Idempotency-Key': options.key ?? newIdempotencyKey() } : undefined;
    return this.send<T>({ method: 'POST', url, data: body, headers }, options.idempotent === true);
  }

  async delete<T>(url: string): Promise<T> {
    return this.send<T>({ method: 'DELETE', url }, false);
  }

  private async send<T>(config: AxiosRequestConfig, retryable: boolean): Promise<T> {
    assertNoIdentifiersInUrl(config.url ?? '', config.params);
    const request = { ...config, headers: { ...config.headers, ...this.authHeaders() } };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.http.request<T>(request);
        return response.data;
      } catch (error) {
        const mapped = toClientError(error);
        if (mapped instanceof AuthenticationError && SESSION_OVER.has(mapped.code) && this.token) {
          this.token = null;
          this.onSessionEnded?.(mapped.code);
        }
        const canRetry = retryable && attempt < this.maxRetries && isRetryable(mapped);
        if (!canRetry) throw mapped;
        await sleep(backoffMs(attempt, this.retryBaseDelayMs, mapped));
      }
    }
  }
}

function dropUndefined(params?: Record<string, unknown>) {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
}

function isRetryable(error: ApiClientError): boolean {
  if (error instanceof ConnectionError) return true;
  return 'status' in error && RETRYABLE_STATUS.has((error as { status: number }).status);
}

function backoffMs(attempt: number, base: number, error: ApiClientError): number {
  const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs;
  if (retryAfter !== undefined) return Math.min(retryAfter, 10_000);
  return base * 2 ** attempt + Math.floor(Math.random() * base);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function toClientError(error: unknown): ApiClientError {
  if (error instanceof ApiClientError) return error;
  if (isAxiosError(error)) {
    if (error.response) {
      const body = error.response.data as { error?: { code?: string; message?: string; requestId?: string } } | undefined;
      const status = error.response.status;
      const requestId = body?.error?.requestId ?? headerValue(error.response.headers, 'x-request-id');
      const mapped = errorForStatus(
        status,
        body?.error?.code ?? `HTTP_${status}`,
        redact(body?.error?.message ?? (status >= 500 ? '服务暂时不可用，请稍后重试' : '请求未成功，请检查后重试')),
        requestId,
      );
      const retryAfter = Number(headerValue(error.response.headers, 'retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) Object.assign(mapped, { retryAfterMs: retryAfter * 1000 });
      return mapped;
    }
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return new TimeoutError();
    return new ConnectionError();
  }
  return new ApiClientError('发生了意外错误，请稍后重试');
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : h[name];
  return value == null ? undefined : String(value);
}
