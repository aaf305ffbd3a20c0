import { Text, View } from '@tarojs/components';
import { ConnectionError, ServerError } from '@xinyong/api-client';
import type { ReactNode } from 'react';
import type { LoadState } from '../../hooks/use-load';
import { ActionButton } from '../action-button';

export interface LoadViewProps<T> {
  state: LoadState<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
  loadingText?: string;
}

/** Loading, error with 重试, or the content: the same three states on every screen. */
export function LoadView<T>({ state, onRetry, children, loadingText = '正在加载……' }: LoadViewProps<T>) {
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'loading') {
    return (
      <View className="xy-card xy-state" aria-live="polite">
        <Text>{loadingText}</Text>
      </View>
    );
  }
  return <ErrorBox message={state.message} error={state.error} onRetry={onRetry} />;
}

export function ErrorBox({ message, error, onRetry }: { message: string; error?: unknown; onRetry?: () => void }) {
  const hint =
    error instanceof ConnectionError
      ? '可能是网络不稳定。请确认手机已联网，再点“重试”。'
      : error instanceof ServerError
        ? '服务暂时出了问题，不是您的操作有误。请稍后再试。'
        : null;
  return (
    <View className="xy-card xy-state" role="alert">
      <Text className="xy-error">{message}</Text>
      {hint ? <Text className="xy-muted xy-block">{hint}</Text> : null}
      {onRetry ? (
        <View className="xy-state__action">
          <ActionButton onClick={onRetry}>重试</ActionButton>
        </View>
      ) : null}
    </View>
  );
}
