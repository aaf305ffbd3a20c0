import { describe, expect, it } from 'vitest';
import {
  dropAllForms,
  finishForm,
  formDraft,
  hasDraft,
  markFormsResumable,
  onFileReleased,
  type PendingFile,
  uploadsBlock,
  uploadsSummary,
} from './forms';

const file = (key: string, state: PendingFile['state']): PendingFile => ({
  key,
  name: `${key}.png`,
  path: `blob:${key}`,
  size: 10,
  kind: 'image',
  state,
});
const done = (key: string) => file(key, { status: 'done', attachment: { id: key, mediaType: 'image/png', byteSize: 10 } });

describe('form drafts', () => {
  it('keep one idempotency key from the first tap until the form succeeds', () => {
    const draft = formDraft('objection', 'penalty-1');
    const key = draft.get().submitKey;
    draft.set((d) => ({ ...d, text: '罚款已缴清，记录写成未缴。' }));
    // Reopened (after a login, or by navigating back): the same draft, the same key, the typed text.
    expect(formDraft('objection', 'penalty-1').get()).toMatchObject({ submitKey: key, text: '罚款已缴清，记录写成未缴。' });
    expect(formDraft('objection', 'penalty-2').get().submitKey).not.toBe(key);
    finishForm('objection', 'penalty-1');
    expect(hasDraft('objection', 'penalty-1')).toBe(false);
    expect(formDraft('objection', 'penalty-1').get().submitKey).not.toBe(key);
    dropAllForms();
  });

  it('survive the end of a session marked as resumed, and are dropped with their files on a chosen logout', () => {
    const released: string[] = [];
    onFileReleased((f) => released.push(f.key));
    const draft = formDraft('repair', 'penalty-9');
    draft.set((d) => ({ ...d, files: [done('a'), done('b')] }));
    markFormsResumable();
    expect(formDraft('repair', 'penalty-9').get().resumed).toBe(true);
    dropAllForms();
    expect(hasDraft('repair', 'penalty-9')).toBe(false);
    expect(released).toEqual(['a', 'b']);
  });
});

describe('the report request draft', () => {
  it('keeps its period, domains and key per business through an expired session, and starts anew once issued', () => {
    const draft = formDraft('report', '92370100MA3EXAMPLE');
    const key = draft.get().submitKey;
    expect(draft.get()).toMatchObject({ period: null, domains: [] });
    draft.set((d) => ({ ...d, period: { from: '2024-01-01', to: '2026-05-19' }, domains: ['market'] }));
    markFormsResumable();
    expect(formDraft('report', '92370100MA3EXAMPLE').get()).toMatchObject({
      submitKey: key,
      period: { from: '2024-01-01', to: '2026-05-19' },
      domains: ['market'],
      resumed: true,
    });
    // Another business's request is its own draft with its own key.
    expect(formDraft('report', '91370100MA3OTHER').get()).toMatchObject({ domains: [], resumed: false });
    expect(formDraft('report', '91370100MA3OTHER').get().submitKey).not.toBe(key);
    finishForm('report', '92370100MA3EXAMPLE');
    expect(formDraft('report', '92370100MA3EXAMPLE').get()).toMatchObject({ period: null, domains: [] });
    expect(formDraft('report', '92370100MA3EXAMPLE').get().submitKey).not.toBe(key);
    dropAllForms();
  });
});

describe('uploads before submit', () => {
  it('block submit while a file is uploading or has failed, and give the attachments once all are done', () => {
    expect(uploadsBlock([done('a'), file('b', { status: 'uploading', progress: 40 })])).toContain('正在上传');
    expect(uploadsBlock([done('a'), file('c', { status: 'failed', message: '超时', retry: true })])).toContain('重试');
    expect(uploadsBlock([done('a'), done('b')])).toBeNull();
    expect(uploadsBlock([])).toBeNull();
    expect(uploadsSummary([done('a'), done('b')]).attachments.map((a) => a.id)).toEqual(['a', 'b']);
  });
});
