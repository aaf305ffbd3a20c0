import {
  ROUTES,
  type RouteBody,
  type RouteHeaders,
  type RouteName,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
} from '@xinyong/contract';
import { ApiClientError, AuthenticationError, ConnectionError, errorForStatus, TimeoutError } from './errors';
import { assertNoIdentifiersInUrl, redact } from './privacy';
import { type Transport, TransportError, type TransportResponse } from './transport';

export interface CoreOptions {
  /** Origin plus prefix, e.g. https://xinyong.example.cn/api/v1 */
  baseURL: string;
  timeoutMs?: number;
  /** Extra attempts for safe requests after the first one. */
  maxRetries?: number;
  /** Base delay of the exponential backoff; tests set 0. */
  retryBaseDelayMs?: number;
  /** How requests leave this runtime; each entry point has its default (transports/). */
  transport?: Transport;
  /** Called when the server says the session is over (expired, ended, invalid). */
  onSessionEnded?: (code: string) => void;
}

/** What a call of a route of the contract's table takes; every part is typed from the table. */
export type CallInput<K extends RouteName> = (RouteParams<K> extends undefined ? { params?: undefined } : { params: RouteParams<K> }) &
  (RouteQuery<K> extends undefined ? { query?: undefined } : { query?: RouteQuery<K> }) &
  (RouteBody<K> extends undefined ? { body?: FormData } : { body: RouteBody<K> }) &
  (RouteHeaders<K> extends undefined ? { headers?: undefined } : { headers: RouteHeaders<K> }) & {
    /** For an idempotent route: reuse one key for every retry of one form (newIdempotencyKey() when it opens). */
    idempotencyKey?: string;
  };

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
  private readonly transport: Transport;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseDelayMs: number;
  private readonly onSessionEnded?: (code: string) => void;
  /** The session token: held in this object's memory only, never in any storage. */
  private token: string | null = null;
  readonly baseURL: string;

  constructor(options: CoreOptions & { transport: Transport }) {
    assertSecureBaseURL(options.baseURL);
    this.baseURL = options.baseURL;
    this.transport = options.transport;
    this.timeoutMs = options.timeoutMs ?? 15_000;
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

  authHeaders(): Record<string, string> {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  /**
   * Calls a route of the contract's table. Path parameters are encoded into the path; a GET is retried, a POST
   * only when the route is idempotent (it then carries the same Idempotency-Key on every attempt).
   */
  async call<K extends RouteName>(
    name: K,
    ...[input]: Record<never, never> extends CallInput<K> ? [CallInput<K>?] : [CallInput<K>]
  ): Promise<RouteResponse<K>> {
    const spec = ROUTES[name];
    const given = (input ?? {}) as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
      headers?: Record<string, string>;
      idempotencyKey?: string;
    };
    const url = spec.path.replace(/:(\w+)/g, (_m, p: string) => encodeURIComponent(String(given.params?.[p] ?? '')));
    const idempotent = 'idempotent' in spec && spec.idempotent === true;
    const headers: Record<string, string> = { ...given.headers };
    if (idempotent) headers['Idempotency-Key'] = given.idempotencyKey ?? newIdempotencyKey();
    // A POST always carries a body (an empty object when the route takes none), as the server expects JSON.
    const data = given.body ?? (spec.method === 'POST' ? {} : undefined);
    return this.send(spec.method, url, dropUndefined(given.query), data, headers, spec.method === 'GET' || idempotent) as Promise<
      RouteResponse<K>
    >;
  }

  private async send(
    method: 'GET' | 'POST',
    url: string,
    params: Record<string, unknown> | undefined,
    data: unknown,
    headers: Record<string, string>,
    retryable: boolean,
  ): Promise<unknown> {
    assertNoIdentifiersInUrl(url, params);
    const request = {
      method,
      baseURL: this.baseURL,
      url,
      params,
      data,
      headers: { ...headers, ...this.authHeaders() },
      timeoutMs: this.timeoutMs,
    };
    for (let attempt = 0; ; attempt++) {
      let mapped: ApiClientError;
      try {
        const response = await this.transport.request(request);
        if (response.status >= 200 && response.status < 300) return response.data;
        mapped = errorOf(response);
      } catch (error) {
        mapped =
          error instanceof TransportError ? (error.kind === 'timeout' ? new TimeoutError() : new ConnectionError()) : toClientError(error);
      }
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

/** The API's error shape (or whatever a proxy answered) as the client's error class, its message redacted. */
function errorOf(response: TransportResponse): ApiClientError {
  const body = response.data as { error?: { code?: string; message?: string; requestId?: string } } | undefined;
  const status = response.status;
  const requestId = body?.error?.requestId ?? response.header('x-request-id');
  const mapped = errorForStatus(
    status,
    body?.error?.code ?? `HTTP_${status}`,
    redact(body?.error?.message ?? (status >= 500 ? '服务暂时不可用，请稍后重试' : '请求未成功，请检查后重试')),
    requestId,
  );
  const retryAfter = Number(response.header('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) Object.assign(mapped, { retryAfterMs: retryAfter * 1000 });
  return mapped;
}

export function toClientError(error: unknown): ApiClientError {
  if (error instanceof ApiClientError) return error;
  return new ApiClientError('发生了意外错误，请稍后重试');
}
