import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ActForRequest, DevLoginRequest, ErrorBody, Me, SessionToken, VerifyRequest, WechatLoginRequest } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import { checkRealNameInput } from '../../auth/real-name';
import { sessionsRepository } from '../../auth/sessions';
import { WechatLoginError } from '../../auth/wechat';
import { DEMO_CITIZENS } from '../../demo/citizens';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import { appendAccessLog } from '../../privacy/access-log';
import { personsRepository } from '../../self-service/persons';
import { representedEntities, subjectOf } from '../../self-service/subject';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody, 503: ErrorBody };

export default async function authRoutes(fastify: FastifyInstance, opts: { devIdentity: boolean }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const sessions = sessionsRepository(app.db);
  const persons = personsRepository(app.db, app.personalData);

  app.post(
    '/auth/wechat',
    {
      onRequest: app.rateLimit('login', LIMITS.login),
      schema: {
        tags: ['identity'],
        summary: '微信登录',
        description: '用 wx.login() 的 code 换取会话。还需实名认证后才能查看本人信息。',
        body: WechatLoginRequest,
        response: { 200: SessionToken, ...errors },
      },
    },
    async (request) => {
      if (!app.wechat) throw new AppError(503, 'WECHAT_NOT_CONFIGURED', '微信登录暂未开通，请稍后再试。');
      let openid: string;
      try {
        ({ openid } = await app.wechat.code2session(request.body.code));
      } catch (error) {
        if (error instanceof WechatLoginError) {
          const status = error.code === 'UNAVAILABLE' ? 503 : error.code === 'RATE_LIMITED' ? 429 : 400;
          throw new AppError(status, `WECHAT_${error.code}`, error.message);
        }
        throw error;
      }
      const openidHash = app.personalData.lookupHash(`wechat:${openid}`);
      const personId = await persons.personForWechat(openidHash);
      const created = await sessions.create({ kind: 'citizen', personId, provider: 'wechat', openidHash });
      return { token: created.token, verified: personId !== null, idleMinutes: created.idleMinutes };
    },
  );

  app.post(
    '/auth/verify',
    {
      onRequest: [app.requireSession, app.rateLimit('verify', LIMITS.verify)],
      schema: {
        tags: ['identity'],
        summary: '实名认证',
        description: '姓名、身份证号和实名核验平台的结果。身份证号只在请求体中传输，加密保存，不会返回。',
        body: VerifyRequest,
        response: { 200: SessionToken, ...errors },
      },
    },
    async (request) => {
      const session = request.session;
      if (session?.kind !== 'citizen') throw new AppError(403, 'FORBIDDEN', '这个功能只对本人开放。');
      const checked = checkRealNameInput(request.body, app.today());
      if (!checked.ok) throw new AppError(400, checked.code, checked.message);
      if (!app.realName) throw new AppError(503, 'REALNAME_NOT_CONFIGURED', '实名认证暂未开通，请稍后再试。');
      const input = { ticket: request.body.ticket, name: checked.name, idNumber: checked.idNumber };
      const result = await app.realName.verify(input);
      if (!result.verified) throw new AppError(result.code === 'UNAVAILABLE' ? 503 : 400, `REALNAME_${result.code}`, result.message);
      const personId = await persons.findOrCreate(input.idNumber, input.name);
      const { rows } = await app.db.query<{ openid_hash: Uint8Array | null }>('SELECT openid_hash FROM sessions WHERE id = $1', [
        session.id,
      ]);
      const openidHash = rows[0]?.openid_hash ? Buffer.from(rows[0].openid_hash) : null;
      if (openidHash) await persons.linkWechat(openidHash, personId);
      // A new token once the person is known, so a token seen before verification never reaches personal data.
      await sessions.end(session.id);
      const created = await sessions.create({ kind: 'citizen', personId, provider: session.provider, openidHash });
      return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
    },
  );

  if (opts.devIdentity) {
    app.post(
      '/auth/dev-login',
      {
        onRequest: app.rateLimit('login', LIMITS.login),
        schema: {
          tags: ['identity'],
          summary: '开发用登录（仅开发环境）',
          description: `以示例公民身份登录，只在本地开发和测试中可用；生产环境不会注册这个接口。可选：${Object.keys(DEMO_CITIZENS).join('、')}`,
          body: DevLoginRequest,
          response: { 200: SessionToken, ...errors },
        },
      },
      async (request) => {
        const key = request.body.citizen;
        const citizen = Object.hasOwn(DEMO_CITIZENS, key) ? DEMO_CITIZENS[key as keyof typeof DEMO_CITIZENS] : undefined;
        if (!citizen) throw new AppError(404, 'NOT_FOUND', `没有这个示例公民。可选：${Object.keys(DEMO_CITIZENS).join('、')}`);
        const personId = await persons.findOrCreate(citizen.idNumber, citizen.name, true);
        const created = await sessions.create({ kind: 'citizen', personId, provider: 'development' });
        return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
      },
    );
  }

  app.post(
    '/auth/logout',
    {
      onRequest: app.requireSession,
      schema: { tags: ['identity'], summary: '退出登录', response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      if (request.session) await sessions.end(request.session.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.requireSession,
      schema: { tags: ['self-service'], summary: '当前登录的人（脱敏）', response: { 200: Me, ...errors } },
    },
    async (request) => {
      const session = request.session;
      if (!session?.personId) return { verified: false, nameMasked: null, idMasked: null, actingFor: null, canActFor: [] };
      return app.db.transaction(async (tx) => {
        const person = await personsRepository(tx, app.personalData).masked(session.personId as number);
        const canActFor = await representedEntities(tx, session.personId as number);
        await appendAccessLog(tx, {
          actorKind: 'subject',
          actorId: session.personId,
          actorRole: '本人',
          actorLabel: '本人',
          subjectPersonId: session.personId,
          action: 'read',
          purpose: '查看本人账户信息',
          fields: ['姓名（脱敏）', '身份证号（脱敏）', '代办企业'],
          requestId: String(request.id),
        });
        const acting = canActFor.find((e) => e.id === session.actingEntityId) ?? null;
        const strip = (e: { code: string; name: string; basis: string }) => ({ code: e.code, name: e.name, basis: e.basis });
        return {
          verified: true,
          nameMasked: person.nameMasked,
          idMasked: person.idMasked,
          actingFor: acting && strip(acting),
          canActFor: canActFor.map(strip),
        };
      });
    },
  );

  app.post(
    '/me/acting',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '切换为代办企业或回到本人',
        body: ActForRequest,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.session);
      const code = (request.body as Static<typeof ActForRequest>).entityCode;
      if (code === null) {
        await sessions.actFor(request.session?.id as number, null);
        return reply.status(204).send(null);
      }
      const entity = (await representedEntities(app.db, subject.personId)).find((e) => e.code === code.toUpperCase());
      if (!entity) throw new AppError(403, 'NOT_REPRESENTATIVE', '您不是这家企业登记的法定代表人或经营者，也没有登记的授权，不能代办。');
      await sessions.actFor(request.session?.id as number, entity.id);
      return reply.status(204).send(null);
    },
  );
}
