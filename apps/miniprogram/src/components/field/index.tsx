import { Input, Text, Textarea, View } from '@tarojs/components';
import { fieldLabel } from '../../services/a11y';

interface BaseProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  error?: string | null;
  maxlength?: number;
  disabled?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  error,
  maxlength = 60,
  disabled,
  type = 'text',
  onConfirm,
  confirmType,
}: BaseProps & {
  type?: 'text' | 'idcard';
  /** The keyboard's Enter (搜索, 完成) does what the page's main button does. */
  onConfirm?: () => void;
  confirmType?: 'search' | 'done' | 'go';
}) {
  return (
    <View className="xy-field">
      <Text className="xy-field__label">{label}</Text>
      {hint ? <Text className="xy-field__hint">{hint}</Text> : null}
      <Input
        className={`xy-field__input ${error ? 'xy-field__input--error' : ''} ${disabled ? 'xy-field__input--disabled' : ''}`}
        value={value}
        type={type}
        placeholder={placeholder}
        maxlength={maxlength}
        disabled={disabled}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm ? () => onConfirm() : undefined}
        confirmType={confirmType}
        {...fieldLabel(label, 'input')}
      />
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}

export function TextAreaField({ label, value, onChange, placeholder, hint, error, maxlength = 2000, disabled }: BaseProps) {
  return (
    <View className="xy-field">
      <Text className="xy-field__label">{label}</Text>
      {hint ? <Text className="xy-field__hint">{hint}</Text> : null}
      <Textarea
        className={`xy-field__textarea ${error ? 'xy-field__input--error' : ''} ${disabled ? 'xy-field__input--disabled' : ''}`}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        disabled={disabled}
        onInput={(e) => onChange(e.detail.value)}
        {...fieldLabel(label, 'textarea')}
      />
      <Text className="xy-field__hint">
        已输入 {value.length} 字{maxlength ? `，最多 ${maxlength} 字` : ''}
      </Text>
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
