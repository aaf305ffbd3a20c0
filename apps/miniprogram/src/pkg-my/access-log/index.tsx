import { Text, View } from '@tarojs/components';
import type { AccessLog } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateTimeText } from '../../services/labels';

// The API answers 50 entries a page.
const PAGE_SIZE = 50;
const ACTIONS = { read: '查看', export: '导出', decide: '审核决定' } as const;

function Entries({ log, page, setPage }: { log: AccessLog; page: number; setPage: (n: number) => void }) {
  return (
    <View>
      <Text className="xy-muted xy-block xy-intro">共 {log.total} 条记录</Text>
      {log.items.map((e, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no id and never reorder within a page
        <View key={n} className="xy-card">
          <Text className="xy-card__title">
            {e.who} {ACTIONS[e.action]}了您的信息
          </Text>
          <Text className="xy-block xy-muted">{dateTimeText(e.at)}</Text>
          <Text className="xy-block">目的：{e.purpose}</Text>
          {e.fields.length ? <Text className="xy-block">涉及：{e.fields.join('、')}</Text> : null}
        </View>
      ))}
      <View className="xy-actions xy-intro">
        {page > 1 ? (
          <ActionButton kind="secondary" onClick={() => setPage(page - 1)}>
            上一页
          </ActionButton>
        ) : null}
        {page * PAGE_SIZE < log.total ? (
          <ActionButton kind="secondary" onClick={() => setPage(page + 1)}>
            下一页
          </ActionButton>
        ) : null}
      </View>
    </View>
  );
}

export default function AccessLogPage() {
  const [page, setPage] = useState(1);
  const { state, reload, verified } = usePersonal(() => api.me.accessLog(page), [page]);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">谁查看了我的信息</Text>
        <Text className="xy-lead">您本人或工作人员每查看一次您的信息，都会留下一条不能修改的记录。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(log) => <Entries log={log} page={page} setPage={setPage} />}
        </LoadView>
      ) : (
        <LoginNeeded what="查看访问记录" />
      )}
    </Screen>
  );
}
