/** The routes of the served OpenAPI document, reduced to what the fuzzer needs to build requests. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  nullable?: boolean;
  additionalProperties?: boolean;
  maxItems?: number;
}

export interface Field {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Route {
  method: 'GET' | 'POST';
  /** OpenAPI path, e.g. /api/v1/me/objections/{id} */
  path: string;
  tags: string[];
  params: Field[];
  query: Field[];
  headers: Field[];
  body: JsonSchema | null;
  multipart: boolean;
}

interface Operation {
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  consumes?: string[];
}

export function routesOf(doc: { paths: Record<string, Record<string, Operation>> }): Route[] {
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const upper = method.toUpperCase();
      if (upper !== 'GET' && upper !== 'POST') continue;
      const fields = (where: string) =>
        (op.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} }));
      const content = op.requestBody?.content ?? {};
      routes.push({
        method: upper,
        path,
        tags: op.tags ?? [],
        params: fields('path'),
        query: fields('query'),
        headers: fields('header'),
        body: content['application/json']?.schema ?? null,
        multipart:
          Boolean(content['multipart/form-data']) || (op.consumes ?? []).includes('multipart/form-data') || path.endsWith('/attachments'),
      });
    }
  }
  return routes;
}
