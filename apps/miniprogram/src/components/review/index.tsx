import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type ReactNode, useEffect } from 'react';
import { heading } from '../../services/a11y';

export interface ReviewLine {
  label: string;
  value: string;
}

/** 核对信息: exactly what will be sent, in the words of the form, before anything is sent. */
export function Review({ lines, children }: { lines: ReviewLine[]; children?: ReactNode }) {
  // A new screen in all but name: it starts at the top, not where the button that opened it was.
  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  }, []);
  return (
    <View className="xy-card xy-review" aria-label="核对信息">
      <Text className="xy-card__title" {...heading(2)}>
        核对信息
      </Text>
      <Text className="xy-block xy-muted">请看一遍下面要提交的内容。需要改的，点“返回修改”。</Text>
      {lines.map((l) => (
        <View key={l.label} className="xy-kv">
          <Text className="xy-kv__k">{l.label}</Text>
          <Text className="xy-kv__v">{l.value}</Text>
        </View>
      ))}
      {children}
    </View>
  );
}

/** After submit: the 受理编号, what happens next and by when (dates from the API's answer). */
export function Confirmation({ title, lines, next }: { title: string; lines: ReviewLine[]; next: string[] }) {
  return (
    <View className="xy-card xy-confirmation" role="status">
      <Text className="xy-card__title xy-ok" {...heading(2)}>
        {title}
      </Text>
      {lines.map((l) => (
        <View key={l.label} className="xy-kv">
          <Text className="xy-kv__k">{l.label}</Text>
          <Text className="xy-kv__v xy-strong" userSelect>
            {l.value}
          </Text>
        </View>
      ))}
      <Text className="xy-block xy-strong xy-confirmation__next">接下来</Text>
      {next.map((n) => (
        <Text key={n} className="xy-block">
          · {n}
        </Text>
      ))}
    </View>
  );
}

/** The form was kept through a login: say so, so nobody wonders where their words came from. */
export function ResumedNotice({ show }: { show: boolean }) {
  return show ? (
    <View className="xy-notice" role="status">
      <Text>已为您保留重新登录前填写的内容和文件，请核对后提交。</Text>
    </View>
  ) : null;
}
