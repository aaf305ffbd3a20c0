/**
 * What the client needs from a runtime: send one request, hand back status, body and headers. Each runtime has an
 * adapter in transports/ (axios for Node and the Taro mini-program, fetch for browsers); everything else — retries,
 * error classes, the personal-data safeguards — lives above this line, once.
 */
export interface TransportRequest {
  method: 'GET' | 'POST';
  /** Origin plus prefix, e.g. https://xinyong.example.cn/api/v1 or /api/v1. */
  baseURL: string;
  /** Path under baseURL, already encoded. */
  url: string;
  /** Query parameters (undefined values already dropped). */
  params?: Record<string, unknown>;
  /** A JSON value, or FormData for an upload. */
  data?: unknown;
  headers: Record<string, string>;
  timeoutMs: number;
}

export interface TransportResponse {
  status: number;
  /** The parsed JSON body, or undefined when there is none. */
  data: unknown;
  header(name: string): string | undefined;
}

/** No answer arrived: the request timed out, or the connection failed (offline, refused, DNS). */
export class TransportError extends Error {
  constructor(readonly kind: 'timeout' | 'connection') {
    super(kind === 'timeout' ? 'timeout exceeded' : 'network error');
    this.name = 'TransportError';
  }
}

export interface Transport {
  /** Resolves for every HTTP status; rejects only with TransportError. */
  request(request: TransportRequest): Promise<TransportResponse>;
}
