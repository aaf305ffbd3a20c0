import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LinkRow } from '../../components/row';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/use-load';
import { pressable, toggle } from '../../services/a11y';
import { api } from '../../services/api';
import { setElderMode, useElderMode } from '../../services/elder';
import { errorMessage } from '../../services/errors';
import { HOME_TAB, returnAfterLogin, returnTo } from '../../services/navigation';
import { logout, withdrawConsent } from '../../services/personal';
import { openOfficialPrivacyContract, PRIVACY_PAGE, privacyAgreed, privacyDeclined, requirePrivacy } from '../../services/privacy';
import { markLoggedIn, session } from '../../services/session';
import { useStore } from '../../services/store';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';
const weapp = process.env.TARO_ENV === 'weapp';

/** The development identity provider's demo citizens (示例身份), offered in h5 builds only. */
const DEMO_IDENTITIES = [
  { key: 'zhang', label: '示例身份：张先生', detail: '有一条个人行政处罚；是一家示例公司的法定代表人' },
  { key: 'li', label: '示例身份：李先生', detail: '没有个人记录；经营一家示例个体工商户' },
  { key: 'wang', label: '示例身份：王同学', detail: '受处罚时未成年，信息不公开' },
  { key: 'zhao', label: '示例身份：赵女士', detail: '有一条已修复的处罚和一份信用承诺' },
] as const;

function ElderSwitch() {
  const elder = useElderMode();
  return (
    <View className="xy-card xy-me__elder" {...toggle(() => setElderMode(!elder), undefined, elder, 'switch')}>
      <View className="xy-me__elder-text">
        <Text className="xy-strong xy-block">长辈模式</Text>
        <Text className="xy-muted xy-block">字更大、按钮更大，页面更简洁</Text>
      </View>
      <View className={`xy-switch ${elder ? 'xy-switch--on' : ''}`} aria-hidden="true">
        <Text className="xy-switch__label">{elder ? '已开启' : '已关闭'}</Text>
      </View>
    </View>
  );
}

function PrivacyIntro({ onAgree }: { onAgree: () => void }) {
  return (
    <View className="xy-card">
      <Text className="xy-card__title">登录前，请先了解我们收集什么</Text>
      <Text className="xy-block xy-strong">我们会收集：</Text>
      <Text className="xy-block">· 微信登录凭证：用来识别是您本人，不包括您的手机号和微信昵称。</Text>
      <Text className="xy-block">· 姓名和身份证号：只用于实名核验，加密保存；页面上只显示遮挡后的号码。</Text>
      <Text className="xy-block">· 您上传的照片或文件：只用于办理您提出的异议和信用修复。</Text>
      <Text className="xy-block xy-strong xy-me__gap">我们保证：</Text>
      <Text className="xy-block">· 您的个人信用信息不会公开，也不会存到手机里。</Text>
      <Text className="xy-block">· 每次有人查看您的信息都会留下记录，您可以随时查看。</Text>
      <Text className="xy-block">· 离开“我的信用”5 分钟或退出登录后，手机上显示过的信息会被清除，要再次登录验证身份才能看到。</Text>
      <Text className="xy-block">· 不同意也不影响您查企业信用、看信易+和政策。同意后也可以随时撤回。</Text>
      <View className="xy-me__links">
        <Text className="xy-link" {...pressable(() => void Taro.navigateTo({ url: PRIVACY_PAGE }), undefined, 'link')}>
          阅读完整的《隐私保护指引》
        </Text>
        {weapp ? (
          <Text className="xy-link" {...pressable(() => void openOfficialPrivacyContract(), undefined, 'link')}>
            查看在微信登记的《用户隐私保护指引》
          </Text>
        ) : null}
      </View>
      <View className="xy-actions">
        <ActionButton
          openType="agreePrivacyAuthorization"
          id="xy-agree-privacy"
          onAgreePrivacyAuthorization={onAgree}
          onClick={h5 ? onAgree : undefined}
        >
          同意并继续
        </ActionButton>
        <ActionButton kind="secondary" onClick={() => privacyDeclined.set(true)}>
          暂不同意
        </ActionButton>
      </View>
    </View>
  );
}

function Declined() {
  return (
    <View className="xy-card" role="status">
      <Text className="xy-card__title">您选择了暂不同意</Text>
      <Text className="xy-block">我们不会收集您的任何信息。查企业信用、看信易+和政策解读都可以照常使用。</Text>
      <Text className="xy-block xy-muted">需要查看本人的信用记录、提出异议或申请信用修复时，再回来阅读并同意。</Text>
      <View className="xy-actions">
        <ActionButton onClick={() => privacyDeclined.set(false)}>重新阅读并决定</ActionButton>
        <ActionButton kind="secondary" onClick={() => void Taro.switchTab({ url: HOME_TAB })}>
          去查企业信用
        </ActionButton>
      </View>
    </View>
  );
}

/** Withdrawing consent is as easy as giving it (个人信息保护法 第十五条): one tap, confirmed once. */
function WithdrawConsent() {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <View className="xy-card">
      <Text className="xy-card__title">撤回隐私同意</Text>
      <Text className="xy-block xy-muted">
        撤回后会退出登录，这部手机上不再保留您的任何信息（包括没提交的填写内容）。已经提交的申请照常办理。
      </Text>
      {weapp ? <Text className="xy-block xy-muted">在微信中给小程序的授权，可以在右上角“…”→“设置”里管理。</Text> : null}
      <View className="xy-actions">
        {asking ? (
          <>
            <ActionButton
              busy={busy}
              onClick={() => {
                setBusy(true);
                void withdrawConsent().finally(() => setBusy(false));
              }}
            >
              确认撤回并退出
            </ActionButton>
            <ActionButton kind="secondary" disabled={busy} onClick={() => setAsking(false)}>
              不撤回
            </ActionButton>
          </>
        ) : (
          <ActionButton kind="secondary" onClick={() => setAsking(true)}>
            撤回同意
          </ActionButton>
        )}
      </View>
    </View>
  );
}

function Login() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const back = useStore(returnTo);

  const finish = (verified: boolean) => {
    markLoggedIn(verified);
    if (verified) returnAfterLogin();
  };

  const wechat = async () => {
    setBusy('wechat');
    setError(null);
    try {
      await requirePrivacy();
      const { code } = await Taro.login();
      const result = await api.auth.wechatLogin(code);
      finish(result.verified);
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setBusy(null);
    }
  };

  const demo = async (key: string) => {
    setBusy(key);
    setError(null);
    try {
      const result = await api.auth.devLogin(key);
      finish(result.verified);
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View>
      {back && !session.get().notice ? (
        <View className="xy-notice" role="status">
          <Text>登录后会回到您刚才要去的页面。</Text>
        </View>
      ) : null}
      {error ? <ErrorBox message={error.message} error={error.error} /> : null}
      {h5 ? (
        <View className="xy-card">
          <Text className="xy-card__title">登录</Text>
          <Text className="xy-block">微信登录和实名核验只能在“信用山东”微信小程序中使用。</Text>
          <Text className="xy-block xy-muted xy-me__gap">
            这是演示环境。可以用下面的示例身份体验全部功能；示例身份和它的记录都是虚构的。
          </Text>
          <View className="xy-me__demo">
            {DEMO_IDENTITIES.map((d) => (
              <View key={d.key} className="xy-me__demo-item">
                <ActionButton
                  kind="secondary"
                  busy={busy === d.key}
                  disabled={busy !== null && busy !== d.key}
                  onClick={() => void demo(d.key)}
                  ariaLabel={`${d.label}，${d.detail}`}
                >
                  {d.label}
                </ActionButton>
                <Text className="xy-muted xy-block">{d.detail}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : (
        <View className="xy-card">
          <Text className="xy-card__title">登录</Text>
          <Text className="xy-block">用微信登录，然后完成一次实名认证，就能查看您本人的信用记录。</Text>
          <View className="xy-actions">
            <ActionButton busy={busy === 'wechat'} onClick={() => void wechat()}>
              微信登录
            </ActionButton>
          </View>
        </View>
      )}
    </View>
  );
}

function Verified() {
  const { generation } = useStore(session);
  const me = useLoad(() => api.me.get(), [generation]);
  const [switching, setSwitching] = useState(false);
  const [actError, setActError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  const actFor = async (code: string | null) => {
    setSwitching(true);
    setActError(null);
    try {
      await api.me.actFor(code);
      await me.reload();
    } catch (e) {
      setActError(errorMessage(e));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <LoadView state={me.state} onRetry={() => void me.reload()}>
      {(data: Me) => (
        <View>
          <View className="xy-card">
            <Text className="xy-card__title">{data.actingFor ? `正在代办：${data.actingFor.name}` : `您好，${data.nameMasked ?? ''}`}</Text>
            {data.actingFor ? (
              <Text className="xy-block xy-muted">代办身份：{data.actingFor.basis}。下面看到和办理的是这家单位的信用事务。</Text>
            ) : (
              <Text className="xy-block xy-muted">身份证号：{data.idMasked ?? '—'}（已遮挡）</Text>
            )}
            {data.canActFor.length > 0 ? (
              <View className="xy-me__act">
                <Text className="xy-block xy-strong">您可以代办的单位</Text>
                {data.canActFor.map((e) => (
                  <View key={e.code} className="xy-me__act-item">
                    <Text className="xy-block">{e.name}</Text>
                    <Text className="xy-block xy-muted">{e.basis}</Text>
                    {data.actingFor?.code === e.code ? (
                      <ActionButton kind="secondary" busy={switching} onClick={() => void actFor(null)}>
                        回到本人
                      </ActionButton>
                    ) : (
                      <ActionButton
                        kind="secondary"
                        busy={switching}
                        onClick={() => void actFor(e.code)}
                        ariaLabel={`以这家单位办理：${e.name}`}
                      >
                        以这家单位办理
                      </ActionButton>
                    )}
                  </View>
                ))}
                {actError ? <Text className="xy-error xy-block">{actError}</Text> : null}
              </View>
            ) : null}
          </View>

          <LinkRow title="我的信用记录" detail="状态、公示到哪天、可以怎么办" url="/pkg-my/records/index" />
          <LinkRow title="谁查看了我的信息" detail="每一次查看都有记录" url="/pkg-my/access-log/index" />
          <LinkRow title="我的异议" detail="记录有误时提出，查看办理进度" url="/pkg-my/objections/index" />
          <LinkRow title="我的信用修复" detail={`申请进度、办结期限，${feeTexts().repair.short}`} url="/pkg-my/repairs/index" />
          <LinkRow title="信用承诺" detail="已签署的承诺和承诺书全文" url="/pkg-my/commitments/index" />
          <LinkRow title="我能享受的信易+" detail="逐条说明满足哪些条件" url="/pkg-benefit/mine/index" />
          {data.actingFor ? (
            <LinkRow
              title="专项信用报告"
              detail={`代替无违法违规记录证明；${feeTexts().report.short}，当场生成，可核验`}
              url="/pkg-report/mine/index"
            />
          ) : null}
          <LinkRow title="导出我的数据" detail="一份看得懂的报告，可以保存或打印；另附数据文件" url="/pkg-my/export/index" />
          <LinkRow title="隐私保护指引" detail="收集什么、为什么、保存多久、找谁" url={PRIVACY_PAGE} />
          <WithdrawConsent />
          <View className="xy-me__logout">
            <ActionButton
              kind="secondary"
              busy={leaving}
              onClick={() => {
                setLeaving(true);
                void logout().finally(() => setLeaving(false));
              }}
            >
              退出登录
            </ActionButton>
          </View>
        </View>
      )}
    </LoadView>
  );
}

export default function MePage() {
  const { status, notice } = useStore(session);
  const agreed = useStore(privacyAgreed);
  const declined = useStore(privacyDeclined);

  return (
    <Screen className="xy-me" personal>
      <View className="xy-intro">
        <Text className="xy-title">我的信用</Text>
        <Text className="xy-lead">查看本人的信用记录，对有误的记录提出异议，申请信用修复。</Text>
      </View>
      <ElderSwitch />
      {notice ? (
        <View className="xy-notice" role="status">
          <Text>{notice}</Text>
        </View>
      ) : null}
      {status === 'anonymous' && !agreed && !declined ? (
        <PrivacyIntro
          onAgree={() => {
            privacyDeclined.set(false);
            privacyAgreed.set(true);
          }}
        />
      ) : null}
      {status === 'anonymous' && !agreed && declined ? <Declined /> : null}
      {status === 'anonymous' && agreed ? <Login /> : null}
      {status === 'unverified' ? (
        <View className="xy-card">
          <Text className="xy-card__title">还差一步：实名认证</Text>
          <Text className="xy-block">为确认是您本人，查看信用记录前需要核验一次姓名和身份证号。</Text>
          <View className="xy-actions">
            <ActionButton onClick={() => void Taro.navigateTo({ url: '/pkg-my/verify/index' })}>去实名认证</ActionButton>
            <ActionButton kind="secondary" onClick={() => void logout()}>
              退出登录
            </ActionButton>
          </View>
        </View>
      ) : null}
      {status === 'unverified' ? <WithdrawConsent /> : null}
      {status === 'verified' ? <Verified /> : null}
    </Screen>
  );
}
