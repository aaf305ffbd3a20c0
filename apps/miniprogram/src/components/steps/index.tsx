import { Text, View } from '@tarojs/components';
import { dateText } from '../../services/labels';

export interface Step {
  label: string;
  done: boolean;
  date: string | null;
}

/** Where an application stands, step by step; each step says 已完成 or 未完成 in words. */
export function Steps({ steps }: { steps: Step[] }) {
  return (
    <View className="xy-steps" role="list" aria-label="办理进度">
      {steps.map((step) => (
        <View key={step.label} className={`xy-step ${step.done ? 'xy-step--done' : ''}`} role="listitem">
          <View className="xy-step__dot" aria-hidden="true" />
          <Text className="xy-block xy-strong">{step.label}</Text>
          <Text className="xy-block xy-muted">{step.done ? `已完成${step.date ? `（${dateText(step.date)}）` : ''}` : '未完成'}</Text>
        </View>
      ))}
    </View>
  );
}
