import { ApiClientError } from '@xinyong/api-client/browser';

/** The few DOM helpers the live islands share; no framework, so the pages stay small. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

/** A term list of the fields that have a value; empty fields are left out, not shown as blanks. */
export function fields(pairs: [string, Child][]): HTMLDListElement {
  const list = h('dl', { class: 'meta' });
  for (const [term, value] of pairs) if (value) list.append(h('dt', null, term), h('dd', null, value));
  return list;
}

export const exampleTag = () => h('strong', { class: 'example-tag' }, '示例');

/** Looks up the elements a page declares; a missing one means the page and the script disagree. */
export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el as T;
}

/**
 * Shows a failure in the page's alert area with a button that repeats what failed. The client's errors
 * already carry a Chinese message a person can act on.
 */
export function showError(area: HTMLElement, error: unknown, retry: () => void): void {
  // Only the client's errors carry a message meant for people; anything else is a bug and gets a plain sentence.
  const message = error instanceof ApiClientError ? error.message : '发生了意外错误，请稍后重试。';
  area.replaceChildren(h('p', null, message));
  // Asking again only helps when the failure was not in what the person typed (network, timeout, 5xx, busy).
  const status = (error as { status?: number }).status;
  if (status === undefined || status >= 500 || status === 408 || status === 429) {
    const again = h('button', { type: 'button', class: 'secondary' }, '重试');
    again.addEventListener('click', () => {
      clearError(area);
      retry();
    });
    area.append(again);
  }
  area.hidden = false;
}

export function clearError(area: HTMLElement): void {
  area.replaceChildren();
  area.hidden = true;
}
