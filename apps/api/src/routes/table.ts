import * as contract from '@xinyong/contract';
import {
  ROUTE_DOCS,
  ROUTES,
  type RouteBody,
  type RouteDoc,
  type RouteHeaders,
  type RouteName,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
  type RouteSpec,
  type SchemaName,
} from '@xinyong/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteHandlerMethod } from 'fastify';
import { Type } from 'typebox';

/**
 * Routes are registered from the contract's route table: method, path, schemas, guard, idempotency (ROUTES) and
 * the reference texts and access-log declaration (ROUTE_DOCS) come from there; a route module adds only its handler (and extra onRequest hooks such as
 * rate limits). A new route is written once, in the table, and gets a handler here.
 */
export interface RouteHandler<K extends RouteName> {
  onRequest?: onRequestHookHandler[];
  /** Appended to the table's description (for facts only the server knows, such as the demo identities on offer). */
  note?: string;
  /** A larger body than the server's default (a file sent in the body). */
  bodyLimit?: number;
  handler: (
    request: FastifyRequest<{ Params: RouteParams<K>; Querystring: RouteQuery<K>; Body: RouteBody<K>; Headers: RouteHeaders<K> }>,
    reply: FastifyReply,
  ) => Promise<RouteResponse<K> | FastifyReply>;
}

/** A module's handlers; null: the route is not offered in this configuration (development login in production). */
export type Handlers = { [K in RouteName]?: RouteHandler<K> | null };

export const defineHandlers = <H extends Handlers>(handlers: H): H => handlers;

// biome-ignore lint/performance/noDynamicNamespaceImportAccess: the server needs every schema; the table names them
const schema = (name: SchemaName) => contract[name];

function schemaOf(spec: RouteSpec, doc: RouteDoc, note?: string) {
  const response: Record<number, unknown> = {};
  for (const [status, name] of Object.entries(spec.responses)) response[Number(status)] = name === 'none' ? Type.Null() : schema(name);
  for (const status of spec.errors) response[status] = contract.ErrorBody;
  return {
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description || note ? { description: [doc.description, note].filter(Boolean).join('') } : {}),
    ...(spec.params ? { params: schema(spec.params) } : {}),
    ...(spec.query ? { querystring: schema(spec.query) } : {}),
    ...(spec.idempotent ? { headers: contract.IdempotentHeaders } : spec.headers ? { headers: schema(spec.headers) } : {}),
    ...(spec.body ? { body: schema(spec.body) } : {}),
    ...(spec.multipart ? { consumes: ['multipart/form-data'] } : {}),
    ...(spec.auth === 'public' ? {} : { security: [{ session: [] }] }),
    response,
    ...(doc.personal ? { 'x-personal-data': doc.personal } : {}),
    ...(spec.idempotent ? { 'x-idempotent': true } : {}),
  };
}

/** Registers every route of the table that these handlers serve, in the scope given (its plugins apply to them). */
export function registerRoutes(scope: FastifyInstance, handlers: Handlers): RouteName[] {
  const guards: Record<RouteSpec['auth'], onRequestHookHandler[]> = {
    public: [],
    session: [scope.requireSession],
    citizen: [scope.requireVerified],
    staff: [scope.requireStaff],
  };
  const served: RouteName[] = [];
  for (const name of Object.keys(handlers) as RouteName[]) {
    const spec: RouteSpec = ROUTES[name];
    const doc: RouteDoc = ROUTE_DOCS[name];
    const entry = handlers[name] as RouteHandler<RouteName> | null | undefined;
    served.push(name);
    if (!entry) continue;
    scope.route({
      method: spec.method,
      url: spec.path,
      schema: schemaOf(spec, doc, entry.note),
      config: { spec, personal: doc.personal },
      onRequest: [...guards[spec.auth], ...(entry.onRequest ?? [])],
      ...(entry.bodyLimit ? { bodyLimit: entry.bodyLimit } : {}),
      handler: entry.handler as unknown as RouteHandlerMethod,
    });
  }
  return served;
}

/** Every route of the table has exactly one handler entry: a route without one would silently not exist. */
export function checkCoverage(served: RouteName[]): void {
  const seen = new Set<RouteName>();
  for (const name of served) {
    if (seen.has(name)) throw new Error(`route ${name} has two handlers`);
    seen.add(name);
  }
  const missing = (Object.keys(ROUTES) as RouteName[]).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`routes without a handler: ${missing.join(', ')}`);
}
