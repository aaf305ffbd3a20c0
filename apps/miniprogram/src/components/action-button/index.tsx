import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { Button } from '@nutui/nutui-react-taro';
import type { KeyboardEvent } from 'react';
import './index.scss';

export interface ActionButtonProps {
  children: string;
  onClick: () => void;
  className?: string;
}

// In h5 Taro draws buttons as custom elements that a keyboard cannot reach; WeChat's native button needs none of this.
const keyboardProps = (onClick: () => void) =>
  process.env.TARO_ENV === 'h5'
    ? {
        role: 'button',
        tabIndex: 0,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onClick();
          }
        },
      }
    : {};

export function ActionButton({ children, onClick, className }: ActionButtonProps) {
  return (
    <Button type="primary" className={`xy-action ${className ?? ''}`} onClick={() => onClick()} {...keyboardProps(onClick)}>
      {children}
    </Button>
  );
}
