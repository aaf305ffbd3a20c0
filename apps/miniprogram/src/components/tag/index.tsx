import { Text } from '@tarojs/components';
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '@xinyong/api-client';

export type TagTone = 'info' | 'example' | 'warn' | 'ok' | 'bad' | 'plain' | 'closed';

/** A short label in words; colour only repeats what the words say. */
export function Tag({ children, tone = 'info' }: { children: string; tone?: TagTone }) {
  return <Text className={`xy-tag xy-tag--${tone}`}>{children}</Text>;
}

export function ExampleTag({ show }: { show: boolean }) {
  return show ? <Tag tone="example">示例</Tag> : null;
}

/**
 * 已注销 / 已吊销 for a business that no longer trades; nothing for 存续, the usual case. Its own neutral tone: a
 * closed business is not a dishonest one, so not the red of penalties and lists.
 */
export function ClosedTag({ status }: { status: RegistrationStatus }) {
  return status === 'active' ? null : <Tag tone="closed">{REGISTRATION_STATUS_LABELS[status]}</Tag>;
}
