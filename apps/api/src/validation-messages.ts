/**
 * Turns JSON-schema validation errors (Fastify's ajv and TypeBox share the shape) into one Chinese
 * sentence a person can act on. Field names stay as written, so a person can find them.
 */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Human labels for enum values, so a message lists choices people recognise. */
export type ValueLabels = Record<string, Record<string, string>>;

export function describeSchemaError(error: SchemaError, labels: ValueLabels = {}): string {
  const field = fieldName(error.instancePath);
  const where = field ? `“${field}”` : '请求';
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params.requiredProperties as string[] | undefined) ?? [error.params.missingProperty as string];
      return `${where}缺少必填项：${missing.join('、')}。`;
    }
    case 'additionalProperties':
      return `${where}中有无法识别的项“${String(error.params.additionalProperty ?? (error.params.additionalProperties as string[] | undefined)?.join('、') ?? '')}”，请删除后重试。`;
    case 'enum': {
      const allowed = (error.params.allowedValues as string[] | undefined) ?? [];
      const names = labels[lastSegment(error.instancePath)] ?? {};
      return `${where}的值无效。可选：${allowed.map((v) => (names[v] ? `${v}（${names[v]}）` : v)).join('、')}。`;
    }
    case 'type':
      return `${where}的格式不对，应为${typeName(String(error.params.type))}。`;
    case 'minLength':
      return `${where}太短，至少需要 ${error.params.limit} 个字符。`;
    case 'maxLength':
      return `${where}太长，最多 ${error.params.limit} 个字符。`;
    case 'pattern':
      return `${where}的格式不对，请检查后重试。`;
    case 'minimum':
    case 'maximum':
      return `${where}超出允许范围（${error.keyword === 'minimum' ? '最小' : '最大'} ${error.params.limit}）。`;
    case 'minItems':
      return `${where}至少需要 ${error.params.limit} 项。`;
    case 'anyOf':
    case 'oneOf':
      return `${where}不符合任何一种允许的写法，请对照说明检查。`;
    default:
      return `${where}的内容无效，请检查后重试。`;
  }
}

function fieldName(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).join('.');
}

function lastSegment(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).pop() ?? '';
}

function typeName(type: string): string {
  return (
    ({ string: '文字', integer: '整数', number: '数字', boolean: '是或否', array: '列表', object: '对象' } as Record<string, string>)[
      type
    ] ?? type
  );
}
