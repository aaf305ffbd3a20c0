import { Text, View } from '@tarojs/components';
import { toggle } from '../../services/a11y';
import './index.scss';

/** The commitment's tick box: a checkbox for screen readers and keyboards, its state in a tick and in words. */
export function AgreeBox({ agreed, onChange, error }: { agreed: boolean; onChange: (next: boolean) => void; error?: string | null }) {
  return (
    <View>
      <View className={`xy-agree ${agreed ? 'xy-agree--on' : ''}`} {...toggle(() => onChange(!agreed), undefined, agreed, 'checkbox')}>
        <Text className="xy-agree__box" aria-hidden="true">
          {agreed ? '✓' : ''}
        </Text>
        <Text>我已阅读并承诺以上内容</Text>
      </View>
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
