import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorBody } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The OpenAPI document is generated from the route schemas, which all come from @xinyong/contract. */
export default fp(async (app: FastifyInstance, opts: { version: string }) => {
  app.addSchema(ErrorBody);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '信用山东公共服务 API',
        description: '公共信用信息查询、信易+ 目录和个人信用自助服务。个人信息只对本人可见，每次读取都有记录。',
        version: opts.version,
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { session: { type: 'http', scheme: 'bearer', description: '登录后得到的会话令牌' } } },
      tags: [
        { name: 'system', description: '运行状态' },
        { name: 'benefits', description: '信易+ 守信激励目录' },
        { name: 'entities', description: '企业等市场主体的公共信用信息（不含个人）' },
        { name: 'lists', description: '失信惩戒措施清单和公共信用信息数据目录' },
        { name: 'identity', description: '登录、实名认证、退出' },
        { name: 'self-service', description: '本人信用信息（需登录并实名认证；每次读取都有记录）' },
        { name: 'staff', description: '部门审核（异议和信用修复）；查看个人信息必须写明目的并留痕' },
        { name: 'reports', description: '专项信用报告（信用代证）的领域和核验；核验不含任何个人信息' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: true,
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
