import { type Attachment, newIdempotencyKey } from '@xinyong/api-client';
import { createStore, type Store } from './store';

/** 'report' is a business's report request; its recordId is the business's code (one draft per business). */
export type FormKind = 'objection' | 'repair' | 'commitment' | 'report';

export type UploadState =
  | { status: 'uploading'; progress: number }
  | { status: 'done'; attachment: Attachment }
  /** retry: sending it again may help (a timeout, the network); a file that is too big or not a photo or PDF will not. */
  | { status: 'failed'; message: string; retry: boolean };

/** A file the person picked for this form: where it is on the phone (never stored) and how its upload stands. */
export interface PendingFile {
  key: string;
  name: string;
  /** A temporary local path (weapp) or blob URL (h5). */
  path: string;
  size: number;
  kind: 'image' | 'pdf';
  state: UploadState;
}

/**
 * One open form, in memory only (never storage): what was typed and picked, which step is shown, and the
 * idempotency keys that make every retry of it the same submission until it succeeds.
 */
export interface FormDraft {
  kind: FormKind;
  recordId: string | null;
  text: string;
  /** The option picked from a closed list (a commitment's matter). */
  choice: string | null;
  files: PendingFile[];
  agreed: boolean;
  /** Which step a one-task-per-screen form (长辈模式) shows. */
  step: number;
  /** The 核对信息 screen is shown. */
  reviewing: boolean;
  submitKey: string;
  /** The repair form signs a commitment first: its own key, and the commitment once signed. */
  commitmentKey: string;
  commitmentId: string | null;
  /** The report request: its period (null until the form first shows the rule's default) and the chosen domains (none = all). */
  period: { from: string; to: string } | null;
  domains: string[];
  /** The form was open when the session ended; the person has logged in again since. */
  resumed: boolean;
}

const drafts = new Map<string, Store<FormDraft>>();
const idOf = (kind: FormKind, recordId: string | null) => `${kind}:${recordId ?? ''}`;

/** Hook for the platform to free what a picked file holds (blob URLs in h5). */
let release: (file: PendingFile) => void = () => undefined;
export function onFileReleased(fn: (file: PendingFile) => void) {
  release = fn;
}

function fresh(kind: FormKind, recordId: string | null): FormDraft {
  return {
    kind,
    recordId,
    text: '',
    choice: null,
    files: [],
    agreed: false,
    step: 0,
    reviewing: false,
    submitKey: newIdempotencyKey(),
    commitmentKey: newIdempotencyKey(),
    commitmentId: null,
    period: null,
    domains: [],
    resumed: false,
  };
}

/** The draft of a form, created the first time the form opens and kept until it succeeds or is dropped. */
export function formDraft(kind: FormKind, recordId: string | null): Store<FormDraft> {
  const id = idOf(kind, recordId);
  let store = drafts.get(id);
  if (!store) {
    store = createStore(fresh(kind, recordId));
    drafts.set(id, store);
  }
  return store;
}

export function hasDraft(kind: FormKind, recordId: string | null): boolean {
  return drafts.has(idOf(kind, recordId));
}

/** Submitted: the next form for this record starts empty, with new keys. */
export function finishForm(kind: FormKind, recordId: string | null) {
  const store = drafts.get(idOf(kind, recordId));
  if (!store) return;
  for (const f of store.get().files) release(f);
  drafts.delete(idOf(kind, recordId));
}

/** Logout by choice, withdrawn consent, or a form that does not belong to whoever logged in: nothing is kept. */
export function dropAllForms() {
  for (const store of drafts.values()) for (const f of store.get().files) release(f);
  drafts.clear();
}

/** The session ended with forms open: they are kept in memory, and say so when the person is back. */
export function markFormsResumable() {
  for (const store of drafts.values()) store.set((d) => ({ ...d, resumed: true }));
}

export function openForms(): FormDraft[] {
  return [...drafts.values()].map((s) => s.get());
}

export interface UploadsSummary {
  busy: number;
  failed: number;
  attachments: Attachment[];
}

/** Submit waits for every upload: none may be in flight and none may have failed. */
export function uploadsSummary(files: readonly PendingFile[]): UploadsSummary {
  return {
    busy: files.filter((f) => f.state.status === 'uploading').length,
    failed: files.filter((f) => f.state.status === 'failed').length,
    attachments: files.flatMap((f) => (f.state.status === 'done' ? [f.state.attachment] : [])),
  };
}

/** Why submit is not possible yet because of the files, or null. */
export function uploadsBlock(files: readonly PendingFile[]): string | null {
  const s = uploadsSummary(files);
  if (s.busy > 0) return `还有 ${s.busy} 个文件正在上传，传完才能提交。`;
  if (s.failed > 0) return `有 ${s.failed} 个文件没有传上去：请点“重试”，或删除后再提交。`;
  return null;
}
