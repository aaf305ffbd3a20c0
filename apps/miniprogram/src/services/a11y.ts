import type { KeyboardEvent } from 'react';

const h5 = process.env.TARO_ENV === 'h5';

/**
 * Props that make a View act as a button or link for screen readers and keyboards. In h5 Taro's elements are
 * custom elements, so role, tabindex and Enter/Space handling are added; WeChat reads aria-role and aria-label.
 * Without a label the name is the visible text, which is what a card or row should be called.
 */
export function pressable(onPress: () => void, label?: string, role: 'button' | 'link' = 'button', disabled = false) {
  if (h5) {
    return {
      onClick: disabled ? undefined : onPress,
      role,
      tabIndex: disabled ? -1 : 0,
      'aria-label': label,
      'aria-disabled': disabled ? 'true' : undefined,
      onKeyDown: (event: KeyboardEvent) => {
        if (disabled) return;
        if (event.key === 'Enter' || (role === 'button' && event.key === ' ')) {
          event.preventDefault();
          onPress();
        }
      },
    };
  }
  return { onClick: disabled ? undefined : onPress, 'aria-role': role, 'aria-label': label };
}

/** A two-state control (filters, switches). */
export function toggle(
  onToggle: () => void,
  label: string | undefined,
  on: boolean,
  kind: 'switch' | 'checkbox' | 'radio' | 'button' = 'button',
) {
  const state = kind !== 'button' ? { 'aria-checked': on ? 'true' : 'false' } : { 'aria-pressed': on ? 'true' : 'false' };
  if (h5) {
    return {
      ...pressable(onToggle, label, 'button'),
      role: kind,
      ...state,
    };
  }
  return { onClick: onToggle, 'aria-role': kind, 'aria-label': label, ...state };
}

/**
 * Labels a field's real <input>/<textarea>. In h5, Input is a plain React <input> (config: h5.useHtmlComponents), which
 * takes the attribute itself; Textarea is still Taro's web component, which hands nativeProps to the <textarea> inside
 * it. In WeChat the attribute goes on the field itself.
 */
export function fieldLabel(label: string, field: 'input' | 'textarea') {
  return h5 && field === 'textarea' ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label };
}

/** Headings for screen readers: h5 gets role=heading, WeChat aria-role. */
export function heading(level: number) {
  return h5 ? { role: 'heading', 'aria-level': level } : { 'aria-role': 'heading' };
}

/** Alternative text for an Image: on the real <img> in h5, as aria-label in WeChat. */
export function imageLabel(label: string) {
  // Image is a plain React element in h5 (h5.useHtmlComponents): imgProps go on its <img>.
  return h5 ? { imgProps: { alt: label } } : { 'aria-label': label };
}

/** A group of radio options for screen readers: one name for the group (h5 role, WeChat aria-role). */
export function radioGroup(label: string) {
  return h5 ? { role: 'radiogroup', 'aria-label': label } : { 'aria-role': 'radiogroup', 'aria-label': label };
}
