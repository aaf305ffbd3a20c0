import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ReportVerification } from '@xinyong/api-client';
import { useEffect, useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextField } from '../../components/field';
import { ErrorBox } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { ExampleTag } from '../../components/tag';
import { heading } from '../../services/a11y';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';
import { dateText, instantDateText } from '../../services/labels';
import './index.scss';

const weapp = process.env.TARO_ENV === 'weapp';

/** The report's QR code carries the verification page with ?no=…&code=…; anything else is not a report's code. */
function fromScan(text: string): { number: string; code: string } | null {
  try {
    const url = new URL(text);
    const number = url.searchParams.get('no');
    const code = url.searchParams.get('code');
    return number && code ? { number, code } : null;
  } catch {
    return null;
  }
}

function Verdict({ v }: { v: ReportVerification }) {
  if (!v.genuine || !v.report)
    return (
      <View className="xy-card xy-verdict xy-verdict--refused" role="status">
        <Text className="xy-card__title" {...heading(2)}>
          核验未通过
        </Text>
        <Text className="xy-block">{v.message}</Text>
      </View>
    );
  const r = v.report;
  return (
    <View className="xy-card xy-verdict xy-verdict--genuine" role="status">
      <Text className="xy-card__title" {...heading(2)}>
        核验通过
      </Text>
      <Text className="xy-block">{v.message}</Text>
      <View className="xy-kv">
        <Text className="xy-kv__k">信用主体</Text>
        <Text className="xy-kv__v">{r.subject.name}</Text>
      </View>
      <ExampleTag show={r.subject.example} />
      <View className="xy-kv">
        <Text className="xy-kv__k">统一社会信用代码</Text>
        <Text className="xy-kv__v">{r.subject.code}</Text>
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">报告期</Text>
        <Text className="xy-kv__v">{`${dateText(r.period.from)} 至 ${dateText(r.period.to)}`}</Text>
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">签发日期</Text>
        <Text className="xy-kv__v">{instantDateText(r.issuedAt)}</Text>
      </View>
      <Text className="xy-section-title" {...heading(3)}>
        {`各领域结论（${r.sections.length} 个领域）`}
      </Text>
      {r.sections.map((s) => (
        <View key={s.id} className="xy-kv">
          <Text className="xy-kv__k">{s.name}</Text>
          <Text className="xy-kv__v">{s.conclusion}</Text>
        </View>
      ))}
    </View>
  );
}

export default function VerifyReportPage() {
  const params = useRouter().params;
  const [number, setNumber] = useState(params.no ? decodeURIComponent(params.no) : '');
  const [code, setCode] = useState(params.code ? decodeURIComponent(params.code) : '');
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<ReportVerification | null>(null);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const [touched, setTouched] = useState(false);

  const check = async (n = number, c = code) => {
    setTouched(true);
    if (!n.trim() || !c.trim() || busy) return;
    setBusy(true);
    setError(null);
    setVerdict(null);
    try {
      setVerdict(await api.reports.verify({ number: n.trim(), code: c.trim() }));
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a link with number and code is checked once, on opening
  useEffect(() => {
    if (params.no && params.code) void check();
  }, []);

  const scan = async () => {
    const result = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] }).catch(() => null);
    if (!result) return;
    const pair = fromScan(result.result);
    if (!pair) {
      setError({ message: '这个二维码不是专项信用报告的核验码。请扫描报告首页右上方的二维码。', error: null });
      return;
    }
    setNumber(pair.number);
    setCode(pair.code);
    void check(pair.number, pair.code);
  };

  return (
    <Screen>
      <View className="xy-intro">
        <Text className="xy-title">报告核验</Text>
        <Text className="xy-lead">收到专项信用报告后，输入报告首页的编号和核验码，确认报告是不是信用山东签发的。不用登录。</Text>
      </View>
      <View className="xy-card">
        <TextField
          label="报告编号"
          hint="如 SDXY-20261202-7K3M9Q2P"
          value={number}
          onChange={setNumber}
          maxlength={40}
          error={touched && !number.trim() ? '请输入报告编号。' : null}
        />
        <TextField
          label="核验码"
          hint="8 位字母和数字，如 7K3M-9Q2P，不区分大小写"
          value={code}
          onChange={setCode}
          maxlength={20}
          onConfirm={() => void check()}
          confirmType="done"
          error={touched && !code.trim() ? '请输入核验码。' : null}
        />
        <View className="xy-actions">
          <ActionButton busy={busy} onClick={() => void check()}>
            核验
          </ActionButton>
          {weapp ? (
            <ActionButton kind="secondary" onClick={() => void scan()}>
              扫描报告上的二维码
            </ActionButton>
          ) : null}
        </View>
      </View>
      {error ? <ErrorBox message={error.message} error={error.error} /> : null}
      {verdict ? <Verdict v={verdict} /> : null}
    </Screen>
  );
}
