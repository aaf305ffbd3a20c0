import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { Button } from '@nutui/nutui-react-taro';
import type { KeyboardEvent } from 'react';
import './index.scss';

export interface ActionButtonProps {
  children: string;
  onClick?: () => void;
  className?: string;
  kind?: 'primary' | 'secondary';
  disabled?: boolean;
  /** Shows a spinner and ignores taps: a double tap never submits twice. */
  busy?: boolean;
  /** When the visible words are not enough on their own. */
  ariaLabel?: string;
  /** WeChat only: a button with a platform meaning (the privacy consent button). */
  openType?: 'agreePrivacyAuthorization';
  id?: string;
  onAgreePrivacyAuthorization?: () => void;
}

const DEFAULTS = { kind: 'primary', disabled: false, busy: false } as const;

// In h5 Taro draws buttons as custom elements that a keyboard cannot reach; WeChat's native button needs none of this.
// A button that cannot be pressed yet stays in the Tab order, marked aria-disabled: a keyboard user finds 查询 or
// 提交 where it will be and hears why it is not ready, instead of Tab skipping it as if the form had none.
const keyboardProps = (onClick: () => void, blocked: boolean) =>
  process.env.TARO_ENV === 'h5'
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-disabled': blocked ? 'true' : undefined,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            if (!blocked) onClick();
          }
        },
      }
    : { 'aria-disabled': blocked ? 'true' : undefined };

export function ActionButton(props: ActionButtonProps) {
  const { children, onClick, className, kind, disabled, busy, ariaLabel, openType, id, onAgreePrivacyAuthorization } = {
    ...DEFAULTS,
    ...props,
  };
  // Taro's JSX transform turns an ariaLabel prop into aria-label before it reaches this component (so in h5 every
  // button used to be named by its words alone): read it under both names.
  const label = ariaLabel ?? ((props as unknown as Record<string, unknown>)['aria-label'] as string | undefined);
  const blocked = disabled || busy;
  const press = () => {
    if (!blocked) onClick?.();
  };
  const platformProps = process.env.TARO_ENV === 'weapp' && openType ? { openType, id, onAgreePrivacyAuthorization } : id ? { id } : {};
  return (
    <Button
      type="primary"
      fill={kind === 'primary' ? 'solid' : 'outline'}
      loading={busy}
      disabled={disabled}
      className={`xy-action xy-action--${kind} ${className ?? ''}`}
      onClick={press}
      aria-label={label ?? children}
      {...platformProps}
      {...keyboardProps(press, blocked)}
    >
      {children}
    </Button>
  );
}
