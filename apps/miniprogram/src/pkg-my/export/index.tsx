import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyExport } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { printPage, saveTextFile } from '../../platform/h5';
import { shareTextFile } from '../../platform/weapp';
import { heading } from '../../services/a11y';
import { api } from '../../services/api';
import { buildReport, exportFileName, reportText } from '../../services/export-report';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';

function Saving({ data }: { data: MyExport }) {
  const [done, setDone] = useState<string | null>(null);
  const report = buildReport(data);
  const save = async (kind: 'txt' | 'json') => {
    const name = exportFileName(data, kind);
    const text = kind === 'txt' ? reportText(report) : JSON.stringify(data, null, 2);
    if (h5) {
      saveTextFile(name, text, kind === 'txt' ? 'text/plain;charset=utf-8' : 'application/json;charset=utf-8');
      setDone(`已保存“${name}”。它含有您的个人信息，请妥善保管。`);
      return;
    }
    const how = await shareTextFile(name, text).catch(() => null);
    setDone(
      how === 'shared'
        ? `已发送“${name}”。它含有您的个人信息，请妥善保管。`
        : how === 'copied'
          ? '已复制到剪贴板。粘贴到哪里由您决定；它含有您的个人信息，请妥善保管。'
          : null,
    );
  };
  return (
    <View className="xy-card xy-no-print">
      <Text className="xy-card__title">保存或打印</Text>
      <Text className="xy-block xy-muted">
        {h5 ? '“打印”也可以选“另存为 PDF”。' : '在微信里，文件可以发送到“文件传输助手”保存。'}数据文件（JSON）是给程序读的同样内容。
      </Text>
      <View className="xy-actions">
        {h5 ? <ActionButton onClick={printPage}>打印或存为 PDF</ActionButton> : null}
        <ActionButton kind={h5 ? 'secondary' : 'primary'} onClick={() => void save('txt')}>
          保存报告（文本文件）
        </ActionButton>
        <ActionButton kind="secondary" onClick={() => void save('json')}>
          下载数据文件（JSON）
        </ActionButton>
        {!h5 ? (
          <ActionButton
            kind="secondary"
            onClick={() => void Taro.setClipboardData({ data: reportText(report) }).then(() => setDone('已复制报告全文。'))}
          >
            复制报告全文
          </ActionButton>
        ) : null}
      </View>
      {done ? (
        <View className="xy-block xy-ok" role="status">
          <Text>{done}</Text>
        </View>
      ) : null}
    </View>
  );
}

function ReportView({ data }: { data: MyExport }) {
  const report = buildReport(data);
  return (
    <View className="xy-report">
      <View className="xy-card">
        <Text className="xy-card__title" {...heading(2)}>
          {report.title}
        </Text>
        <Text className="xy-block">{`导出时间：${report.exportedAt}`}</Text>
        <Text className="xy-block xy-muted">{report.note}</Text>
      </View>
      {report.sections.map((section) => (
        <View key={section.title}>
          <Text className="xy-section-title" {...heading(2)}>
            {section.title}
          </Text>
          {section.items.length === 0 ? (
            <View className="xy-card">
              <Text className="xy-muted">{section.empty}</Text>
            </View>
          ) : (
            section.items.map((item, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a report's items never reorder
              <View key={n} className="xy-card xy-report__item">
                <Text className="xy-report__heading" {...heading(3)}>
                  {item.heading}
                </Text>
                {item.lines.map(([k, v]) => (
                  <View key={k} className="xy-kv">
                    <Text className="xy-kv__k">{k}</Text>
                    <Text className="xy-kv__v">{v}</Text>
                  </View>
                ))}
              </View>
            ))
          )}
        </View>
      ))}
    </View>
  );
}

export default function ExportPage() {
  const { state, reload, verified } = usePersonal(() => api.me.export());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">导出我的数据</Text>
        <Text className="xy-lead">
          我们保存的与您有关的全部信息，整理成一份报告。身份证号只显示遮挡后的样子。这次导出也会记入“谁查看了我的信息”。
        </Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => (
            <View>
              <Saving data={data} />
              <ReportView data={data} />
            </View>
          )}
        </LoadView>
      ) : (
        <LoginNeeded what="导出数据" />
      )}
    </Screen>
  );
}
