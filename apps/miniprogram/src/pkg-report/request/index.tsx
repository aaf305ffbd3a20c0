import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type IssuedReportSummary, newIdempotencyKey, type ReportOptions } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextField } from '../../components/field';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Confirmation } from '../../components/review';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { heading, toggle } from '../../services/a11y';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';
import { dateText } from '../../services/labels';
import { openReportFile } from '../../services/report-file';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';

function RequestForm({ options, onIssued }: { options: ReportOptions; onIssued: (r: IssuedReportSummary) => void }) {
  const [from, setFrom] = useState(options.defaultPeriod.from);
  const [to, setTo] = useState(options.defaultPeriod.to);
  const [chosen, setChosen] = useState<string[]>([]);
  // One key from the first tap to success: a lost answer and a second tap issue one report.
  const [key] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const flip = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onIssued(await api.reports.request({ from: from.trim(), to: to.trim(), domains: chosen }, { idempotencyKey: key }));
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <View className="xy-card">
        <Text className="xy-card__title" {...heading(2)}>
          报告期
        </Text>
        <Text className="xy-block xy-muted">{`默认近三年。最长三年，开始日期不能早于 ${dateText(options.earliestFrom)}。`}</Text>
        <TextField label="开始日期" hint="按“年-月-日”填写，如 2024-01-01" value={from} onChange={setFrom} maxlength={10} />
        <TextField label="结束日期" hint={`不能晚于数据截止日 ${options.asOf}`} value={to} onChange={setTo} maxlength={10} />
      </View>
      <View className="xy-card">
        <Text className="xy-card__title" {...heading(2)}>
          领域
        </Text>
        <Text className="xy-block xy-muted">
          {chosen.length === 0 ? '现在是全部领域。只需要某几个领域的，点选它们。' : `已选 ${chosen.length} 个领域。`}
        </Text>
        {options.domains.some((d) => d.example) ? (
          <Text className="xy-block xy-muted">领域清单是示例，正式清单以省社会信用中心公布的为准。</Text>
        ) : null}
        <View className="xy-report-domains">
          {options.domains.map((d) => {
            const on = chosen.includes(d.id);
            return (
              <View
                key={d.id}
                className={`xy-report-domain ${on ? 'xy-report-domain--on' : ''}`}
                {...toggle(() => flip(d.id), d.name, on, 'checkbox')}
              >
                <Text>{`${on ? '✓ ' : ''}${d.name}`}</Text>
              </View>
            );
          })}
        </View>
      </View>
      <View className="xy-actions">
        <ActionButton busy={busy} onClick={() => void send()}>
          {busy ? '正在生成报告' : '生成报告'}
        </ActionButton>
      </View>
      {error ? <ErrorBox message={error.message} error={error.error} /> : null}
    </View>
  );
}

function Issued({ report }: { report: IssuedReportSummary }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await openReportFile(report.number);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <Confirmation
        title="报告已生成"
        lines={[
          { label: '报告编号', value: report.number },
          { label: '报告期', value: `${dateText(report.period.from)} 至 ${dateText(report.period.to)}` },
          { label: '结论', value: report.totalRecords === 0 ? '各领域均无违法违规记录' : `有 ${report.totalRecords} 条记录` },
        ]}
        next={['核验码印在报告首页，收到报告的人凭编号和核验码核验。', '报告保存在“专项信用报告”里，随时可以再下载。']}
      />
      <View className="xy-actions">
        <ActionButton busy={busy} onClick={() => void open()}>
          {h5 ? '下载报告（PDF）' : '打开报告（可转发）'}
        </ActionButton>
        <ActionButton kind="secondary" onClick={() => void Taro.navigateBack()}>
          回到我的报告
        </ActionButton>
      </View>
      {problem ? <ErrorBox message={problem} onRetry={() => void open()} /> : null}
    </View>
  );
}

export default function RequestReportPage() {
  const { state, reload, verified } = usePersonal(() => api.reports.options());
  const [issued, setIssued] = useState<IssuedReportSummary | null>(null);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">申请专项信用报告</Text>
        <Text className="xy-lead">报告按领域写明报告期内有无违法违规记录。已修复、已过公示期的记录不列入。免费。</Text>
      </View>
      {!verified ? (
        <LoginNeeded what="申请专项信用报告" />
      ) : issued ? (
        <Issued report={issued} />
      ) : (
        <LoadView state={state} onRetry={() => void reload()}>
          {(options) => <RequestForm options={options} onIssued={setIssued} />}
        </LoadView>
      )}
    </Screen>
  );
}
