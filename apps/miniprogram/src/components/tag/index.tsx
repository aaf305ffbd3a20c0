import { Text } from '@tarojs/components';

export type TagTone = 'info' | 'example' | 'warn' | 'ok' | 'bad' | 'plain';

/** A short label in words; colour only repeats what the words say. */
export function Tag({ children, tone = 'info' }: { children: string; tone?: TagTone }) {
  return <Text className={`xy-tag xy-tag--${tone}`}>{children}</Text>;
}

export function ExampleTag({ show }: { show: boolean }) {
  return show ? <Tag tone="example">示例</Tag> : null;
}
