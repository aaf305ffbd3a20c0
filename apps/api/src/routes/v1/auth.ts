import type { FastifyInstance } from 'fastify';
import { checkRealNameInput } from '../../auth/real-name';
import { WechatLoginError } from '../../auth/wechat';
import { DEMO_CITIZENS } from '../../demo/citizens';
import { AppError } from '../../errors';
import { subjectOf } from '../../plugins/app/auth';
import { LIMITS } from '../../plugins/app/rate-limit';
import { defineHandlers } from '../table';

export const authHandlers = (app: FastifyInstance, opts: { devIdentity: boolean }) =>
  defineHandlers({
    'auth.wechat': {
      onRequest: [app.rateLimit('login', LIMITS.login)],
      handler: async (request) => {
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
        const personId = await request.repos.persons.personForWechat(openidHash);
        const created = await request.repos.sessions.create({ kind: 'citizen', personId, provider: 'wechat', openidHash });
        return { token: created.token, verified: personId !== null, idleMinutes: created.idleMinutes };
      },
    },

    'auth.verify': {
      onRequest: [app.rateLimit('verify', LIMITS.verify)],
      handler: async (request) => {
        const session = request.session;
        if (session?.kind !== 'citizen') throw new AppError(403, 'FORBIDDEN', '这个功能只对本人开放。');
        const checked = checkRealNameInput(request.body, app.today());
        if (!checked.ok) throw new AppError(400, checked.code, checked.message);
        if (!app.realName) throw new AppError(503, 'REALNAME_NOT_CONFIGURED', '实名认证暂未开通，请稍后再试。');
        const input = { ticket: request.body.ticket, name: checked.name, idNumber: checked.idNumber };
        const result = await app.realName.verify(input);
        if (!result.verified) throw new AppError(result.code === 'UNAVAILABLE' ? 503 : 400, `REALNAME_${result.code}`, result.message);
        const { persons, sessions } = request.repos;
        const personId = await persons.findOrCreate(input.idNumber, input.name);
        const openidHash = await sessions.openidHash(session.id);
        if (openidHash) await persons.linkWechat(openidHash, personId);
        // A new token once the person is known, so a token seen before verification never reaches personal data.
        await sessions.end(session.id);
        const created = await sessions.create({ kind: 'citizen', personId, provider: session.provider, openidHash });
        return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
      },
    },

    'auth.devLogin': opts.devIdentity
      ? {
          onRequest: [app.rateLimit('login', LIMITS.login)],
          note: `可选：${Object.keys(DEMO_CITIZENS).join('、')}`,
          handler: async (request) => {
            const key = request.body.citizen;
            const citizen = Object.hasOwn(DEMO_CITIZENS, key) ? DEMO_CITIZENS[key as keyof typeof DEMO_CITIZENS] : undefined;
            if (!citizen) throw new AppError(404, 'NOT_FOUND', `没有这个示例公民。可选：${Object.keys(DEMO_CITIZENS).join('、')}`);
            const personId = await request.repos.persons.findOrCreate(citizen.idNumber, citizen.name, true);
            const created = await request.repos.sessions.create({ kind: 'citizen', personId, provider: 'development' });
            return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
          },
        }
      : null,

    'auth.logout': {
      handler: async (request, reply) => {
        if (request.session) await request.repos.sessions.end(request.session.id);
        return reply.status(204).send(null);
      },
    },

    'me.get': {
      handler: async (request) => {
        const session = request.session;
        if (!session?.personId) return { verified: false, nameMasked: null, idMasked: null, actingFor: null, canActFor: [] };
        const person = await request.repos.persons.masked(session.personId);
        const canActFor = await request.repos.entities.representedBy(session.personId);
        const acting = canActFor.find((e) => e.id === session.actingEntityId) ?? null;
        const strip = (e: { code: string; name: string; basis: string }) => ({ code: e.code, name: e.name, basis: e.basis });
        return {
          verified: true,
          nameMasked: person.nameMasked,
          idMasked: person.idMasked,
          actingFor: acting && strip(acting),
          canActFor: canActFor.map(strip),
        };
      },
    },

    'me.actFor': {
      handler: async (request, reply) => {
        const subject = subjectOf(request.session);
        const code = request.body.entityCode;
        const sessionId = request.session?.id as number;
        if (code === null) {
          await request.repos.sessions.actFor(sessionId, null);
          return reply.status(204).send(null);
        }
        const entity = (await request.repos.entities.representedBy(subject.personId)).find((e) => e.code === code.toUpperCase());
        if (!entity) throw new AppError(403, 'NOT_REPRESENTATIVE', '您不是这家企业登记的法定代表人或经营者，也没有登记的授权，不能代办。');
        await request.repos.sessions.actFor(sessionId, entity.id);
        return reply.status(204).send(null);
      },
    },
  });
