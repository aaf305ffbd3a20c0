import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { imageLabel } from '../../services/a11y';
import { errorMessage } from '../../services/errors';
import { type Picked, pickImages, UploadError, uploadImage } from '../../services/upload';
import { ActionButton } from '../action-button';
import './index.scss';

export interface PhotosProps {
  label: string;
  max: number;
  value: Picked[];
  onChange: (next: Picked[]) => void;
  disabled?: boolean;
}

/** Choose photos and upload each at once, so the form submits only attachment ids. */
export function Photos({ label, max, value, onChange, disabled }: PhotosProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const paths = await pickImages(max - value.length);
      const added: Picked[] = [];
      for (const path of paths) added.push({ path, attachment: await uploadImage(path) });
      onChange([...value, ...added]);
    } catch (e) {
      setError(e instanceof UploadError ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="xy-field xy-photos">
      <Text className="xy-field__label">{label}</Text>
      <Text className="xy-field__hint">{`最多 ${max} 张，每张不超过 5 MB。只用于办理这件事。`}</Text>
      <View className="xy-photos__list">
        {value.map((p, n) => (
          <View key={p.attachment.id} className="xy-photos__item">
            <Image className="xy-photos__img" src={p.path} mode="aspectFill" {...imageLabel(`已上传的第 ${n + 1} 张照片`)} />
            <ActionButton
              kind="secondary"
              disabled={disabled}
              onClick={() => onChange(value.filter((x) => x !== p))}
              ariaLabel={`删除第 ${n + 1} 张照片`}
            >
              删除
            </ActionButton>
          </View>
        ))}
      </View>
      {value.length < max ? (
        <ActionButton kind="secondary" busy={busy} disabled={disabled} onClick={() => void add()}>
          {busy ? '正在上传' : '添加照片'}
        </ActionButton>
      ) : null}
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
