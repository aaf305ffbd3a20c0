import { Text, View } from '@tarojs/components';
import { ActionButton } from '../action-button';

/** Where the person is in a form that shows one task a screen (长辈模式): 第 2 步，共 3 步. */
export function StepHeader({ step, total, title }: { step: number; total: number; title: string }) {
  return (
    <View className="xy-intro" aria-live="polite">
      <Text className="xy-muted xy-block">{`第 ${step + 1} 步，共 ${total} 步`}</Text>
      <Text className="xy-card__title">{title}</Text>
    </View>
  );
}

/** 上一步 / 下一步 (or the last step's own button), with the reason when going on is not possible yet. */
export function StepButtons({
  onBack,
  backLabel = '上一步',
  onNext,
  nextLabel,
  blocked,
  busy,
}: {
  onBack?: () => void;
  backLabel?: string;
  onNext: () => void;
  nextLabel: string;
  blocked?: string | null;
  busy?: boolean;
}) {
  return (
    <View>
      {blocked ? (
        <View className="xy-notice xy-notice--inline" role="status">
          <Text>{blocked}</Text>
        </View>
      ) : null}
      <View className="xy-actions">
        <ActionButton onClick={onNext} disabled={!!blocked} busy={busy}>
          {nextLabel}
        </ActionButton>
        {onBack ? (
          <ActionButton kind="secondary" onClick={onBack} disabled={busy}>
            {backLabel}
          </ActionButton>
        ) : null}
      </View>
    </View>
  );
}
