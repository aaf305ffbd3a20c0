import { Text, View } from '@tarojs/components';
import { radioGroup, toggle } from '../../services/a11y';
import './index.scss';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** Pick one of a closed list: radio buttons for screen readers and keyboards, the choice shown by a dot and in words. */
export function ChoiceField({
  label,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  options: readonly ChoiceOption[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string | null;
}) {
  return (
    <View className="xy-field">
      <Text className="xy-field__label">{label}</Text>
      <View {...radioGroup(label)}>
        {options.map((o) => {
          const on = o.value === value;
          return (
            <View
              key={o.value}
              className={`xy-choice ${on ? 'xy-choice--on' : ''}`}
              {...toggle(() => onChange(o.value), undefined, on, 'radio')}
            >
              <Text className="xy-choice__dot" aria-hidden="true">
                {on ? '●' : ''}
              </Text>
              <View>
                <Text className="xy-block">{o.label}</Text>
                {o.hint ? <Text className="xy-block xy-muted">{o.hint}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
