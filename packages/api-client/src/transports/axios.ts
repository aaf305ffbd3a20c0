import axios, { type AxiosInstance, isAxiosError } from 'axios';
import { type Transport, TransportError } from '../transport';

/**
 * Node, and the Taro mini-program: in a weapp build @tarojs/plugin-http gives axios an XMLHttpRequest on top of
 * wx.request, so the same adapter serves both (files go through Taro.uploadFile with attachments.uploadTarget()).
 */
export function axiosTransport(instance: AxiosInstance = axios.create()): Transport {
  return {
    async request(req) {
      try {
        const response = await instance.request({
          method: req.method,
          baseURL: req.baseURL,
          url: req.url,
          params: req.params,
          data: req.data,
          headers: { Accept: 'application/json', ...req.headers },
          // An injected instance keeps its own timeout, as it did when the client used it directly.
          timeout: instance.defaults?.timeout || req.timeoutMs,
          // Every status is an answer; the client decides what it means.
          validateStatus: () => true,
        });
        return {
          status: response.status,
          data: response.data === '' ? undefined : response.data,
          header: (name) => headerValue(response.headers, name),
        };
      } catch (error) {
        // An injected instance may still reject on a status (its own validateStatus): that is an answer too.
        if (isAxiosError(error) && error.response) {
          const answer = error.response;
          return {
            status: answer.status,
            data: answer.data === '' ? undefined : answer.data,
            header: (name) => headerValue(answer.headers, name),
          };
        }
        if (isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')) throw new TransportError('timeout');
        throw new TransportError('connection');
      }
    },
  };
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : h[name];
  return value == null ? undefined : String(value);
}
