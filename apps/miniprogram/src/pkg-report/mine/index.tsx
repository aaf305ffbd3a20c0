import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { IssuedReportSummary } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { ActionButton } from '../../components/action-button';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { ExampleTag, Tag } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { useReportFile } from '../../hooks/use-report-file';
import { heading } from '../../services/a11y';
import { api } from '../../services/api';
import { dateText, dateTimeText } from '../../services/labels';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';

function ReportCard({ report }: { report: IssuedReportSummary }) {
  const { open, busy, note, problem } = useReportFile(report.number);
  const withRecords = report.sections.filter((s) => s.recordCount > 0);
  return (
    <View className="xy-card xy-report-card">
      <Text className="xy-card__title" {...heading(3)}>
        {report.number}
      </Text>
      <View className="xy-report-card__tags">
        <ExampleTag show={report.subject.example} />
        {report.totalRecords === 0 ? <Tag tone="ok">无违法违规记录</Tag> : <Tag tone="warn">{`有 ${report.totalRecords} 条记录`}</Tag>}
      </View>
      <Text className="xy-block">{`报告期：${dateText(report.period.from)} 至 ${dateText(report.period.to)}`}</Text>
      <Text className="xy-block">{`领域：${report.allDomains ? '全部' : ''}${report.sections.length} 个`}</Text>
      {withRecords.length > 0 ? (
        <Text className="xy-block">{`有记录的领域：${withRecords.map((s) => `${s.name}（${s.recordCount} 条）`).join('、')}`}</Text>
      ) : null}
      <Text className="xy-block xy-muted">{`生成时间：${dateTimeText(report.issuedAt)}`}</Text>
      {report.requestedByMe ? (
        <View className="xy-actions">
          <ActionButton busy={busy} onClick={() => void open()}>
            {h5 ? '下载报告（PDF）' : '打开报告（可转发）'}
          </ActionButton>
        </View>
      ) : (
        <Text className="xy-block xy-muted">由本单位的其他代办人申请，只有申请人可以下载原件。</Text>
      )}
      {note ? (
        <View className="xy-block xy-ok" role="status">
          <Text>{note}</Text>
        </View>
      ) : null}
      {problem ? <ErrorBox message={problem} onRetry={() => void open()} /> : null}
    </View>
  );
}

export default function MyReportsPage() {
  const { state, reload, verified } = usePersonal(() => api.reports.list());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">专项信用报告</Text>
        <Text className="xy-lead">
          {`一份报告代替多个部门的无违法违规记录证明，按领域写明有无记录。${feeTexts().report.short}，当场生成，带数字签名，收到的人可以自己核验。`}
        </Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => (
            <View>
              <View className="xy-card">
                <Text className="xy-card__title">{`为“${data.entity}”申请`}</Text>
                <Text className="xy-block xy-muted">选择报告期和领域，不选就是近三年、全部领域。</Text>
                <View className="xy-actions">
                  <ActionButton onClick={() => void Taro.navigateTo({ url: '/pkg-report/request/index' })}>申请新报告</ActionButton>
                </View>
              </View>
              <Text className="xy-section-title" {...heading(2)}>
                {`本单位的报告（${data.items.length}）`}
              </Text>
              {data.items.length === 0 ? (
                <View className="xy-card">
                  <Text className="xy-muted">还没有申请过报告。</Text>
                </View>
              ) : (
                data.items.map((r) => <ReportCard key={r.number} report={r} />)
              )}
            </View>
          )}
        </LoadView>
      ) : (
        <LoginNeeded what="申请专项信用报告" />
      )}
    </Screen>
  );
}
