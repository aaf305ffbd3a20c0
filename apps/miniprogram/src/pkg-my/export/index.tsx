import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateTimeText } from '../../services/labels';
import './index.scss';

export default function ExportPage() {
  const { state, reload, verified } = usePersonal(() => api.me.export());
  const [copied, setCopied] = useState(false);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">导出我的数据</Text>
        <Text className="xy-lead">
          下面是我们保存的与您有关的全部信息。身份证号只显示遮挡后的样子。这次导出也会记入“谁查看了我的信息”。
        </Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => {
            const text = JSON.stringify(data, null, 2);
            return (
              <View>
                <View className="xy-card">
                  <Text className="xy-block">{`导出时间：${dateTimeText(data.exportedAt)}`}</Text>
                  <Text className="xy-block xy-muted">{data.note}</Text>
                  <Text className="xy-block">{`记录 ${data.records.length} 条 · 异议 ${data.objections.length} 件 · 修复申请 ${data.repairs.length} 件 · 承诺 ${data.commitments.length} 份 · 查看记录 ${data.accessLog.length} 条`}</Text>
                  <View className="xy-actions">
                    <ActionButton
                      onClick={() =>
                        void Taro.setClipboardData({ data: text }).then(() => {
                          setCopied(true);
                        })
                      }
                    >
                      复制全部内容
                    </ActionButton>
                  </View>
                  {copied ? (
                    <View className="xy-block xy-ok" role="status">
                      <Text>已复制。粘贴到哪里由您决定；它含有您的个人信息，请妥善保管。</Text>
                    </View>
                  ) : null}
                </View>
                <View className="xy-card">
                  <Text className="xy-export__json" userSelect>
                    {text}
                  </Text>
                </View>
              </View>
            );
          }}
        </LoadView>
      ) : (
        <LoginNeeded what="导出数据" />
      )}
    </Screen>
  );
}
