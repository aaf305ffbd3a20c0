import { maskIdentifiers } from '@xinyong/domain';
import type { FastifyRequest } from 'fastify';
import type { Config } from './config';

/**
 * The request log as Fastify writes it, with what a person typed into an address masked: an ID number searched
 * without JavaScript, or pasted into a path, reaches the log as 3***************37 (domain maskIdentifiers).
 * Credentials are never written.
 */
export function loggerOptions(config: Pick<Config, 'env'>) {
  return {
    level: config.env === 'production' ? 'info' : 'warn',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskIdentifiers(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
