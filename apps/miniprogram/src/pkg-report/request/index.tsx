import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { IssuedReportSummary, ReportOptions } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextField } from '../../components/field';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Confirmation, ResumedNotice } from '../../components/review';
import { Screen } from '../../components/screen';
import { useForm } from '../../hooks/use-form';
import { usePersonal } from '../../hooks/use-personal';
import { useReportFile } from '../../hooks/use-report-file';
import { heading, toggle } from '../../services/a11y';
import { api } from '../../services/api';
import { finishForm, openForms } from '../../services/forms';
import { dateText } from '../../services/labels';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';

function RequestForm({
  options,
  entity,
  onIssued,
}: {
  options: ReportOptions;
  entity: string;
  onIssued: (r: IssuedReportSummary) => void;
}) {
  // The shared form store keeps the period, the domains and the key through an expired session: one key from the
  // first tap to success, so a lost answer and a second tap issue one report.
  const { draft, update, submit, submitting: busy, error } = useForm('report', entity);
  const { from, to } = draft.period ?? options.defaultPeriod;
  const chosen = draft.domains;
  const setFrom = (value: string) => update({ period: { from: value, to } });
  const setTo = (value: string) => update({ period: { from, to: value } });
  const flip = (id: string) => update({ domains: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id] });
  const send = () =>
    submit(async () => {
      const issued = await api.reports.request({ from: from.trim(), to: to.trim(), domains: chosen }, { idempotencyKey: draft.submitKey });
      finishForm('report', entity);
      onIssued(issued);
    });
  return (
    <View>
      <ResumedNotice show={draft.resumed} />
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
  const { open, busy, problem } = useReportFile(report.number);
  return (
    <View>
      <Confirmation
        title="报告已生成"
        lines={[
          { label: '报告编号', value: report.number },
          { label: '报告期', value: `${dateText(report.period.from)} 至 ${dateText(report.period.to)}` },
          { label: '结论', value: report.totalRecords === 0 ? '各领域均无违法违规记录' : `有 ${report.totalRecords} 条记录` },
        ]}
        next={['核验码印在报告首页，收到报告的人凭编号和核验码核验。', '报告保存在“专项信用报告”里，保存期内可以再下载。']}
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
  const { state, reload, verified } = usePersonal(async () => {
    const [options, me] = await Promise.all([api.reports.options(), api.me.get()]);
    // A new login acts for no business yet: a request kept from before the session ended goes on for the business it
    // was for (the API checks again that this person may act for it).
    const kept = openForms().find((d) => d.kind === 'report' && d.resumed && d.recordId);
    if (!me.actingFor && kept?.recordId) {
      await api.me.actFor(kept.recordId);
      return { options, entity: kept.recordId };
    }
    // Acting for no business: the form still shows, and the API answers with the rule's refusal for a natural person.
    return { options, entity: me.actingFor?.code ?? '' };
  });
  const [issued, setIssued] = useState<IssuedReportSummary | null>(null);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">申请专项信用报告</Text>
        <Text className="xy-lead">
          报告按领域写明报告期内有无违法违规记录。已修复、已过公示期的记录不列入。{`${feeTexts().report.short}。`}
        </Text>
      </View>
      {!verified ? (
        <LoginNeeded what="申请专项信用报告" />
      ) : issued ? (
        <Issued report={issued} />
      ) : (
        <LoadView state={state} onRetry={() => void reload()}>
          {({ options, entity }) => <RequestForm options={options} entity={entity} onIssued={setIssued} />}
        </LoadView>
      )}
    </Screen>
  );
}
