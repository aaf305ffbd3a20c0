import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { type EntityProfile, REGISTRATION_STATUS_LABELS } from '@xinyong/api-client';
import type { ReactNode } from 'react';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { ClosedTag, ExampleTag, Tag } from '../../components/tag';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import { dateText } from '../../services/labels';
import './index.scss';

function KV({ k, children }: { k: string; children: ReactNode }) {
  return (
    <View className="xy-kv">
      <Text className="xy-kv__k">{k}</Text>
      <Text className="xy-kv__v">{children}</Text>
    </View>
  );
}

function Section({ title, count, empty, children }: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <View>
      <Text className="xy-section-title">
        {title}（{count}）
      </Text>
      {count === 0 ? (
        <View className="xy-card">
          <Text className="xy-muted">{empty}</Text>
        </View>
      ) : (
        children
      )}
    </View>
  );
}

/**
 * Every record in public display can be repaired once its conditions are met (国家发展改革委令第36号 art. 2); the
 * repair page says whether now or from when. The way there goes through login, verification and acting for the
 * business as needed.
 */
function OwnerRepair({ code, decisionNo }: { code: string; decisionNo: string }) {
  const open = () =>
    void Taro.navigateTo({
      url: `/pkg-my/repair-start/index?code=${encodeURIComponent(code)}&decisionNo=${encodeURIComponent(decisionNo)}`,
    });
  return (
    <View className="xy-actions">
      <ActionButton kind="secondary" onClick={open} ariaLabel={`我是经营者，申请信用修复：${decisionNo}`}>
        我是经营者，申请信用修复
      </ActionButton>
    </View>
  );
}

function Profile({ p }: { p: EntityProfile }) {
  return (
    <View>
      <View className="xy-card">
        <View className="xy-tags">
          <Tag tone="plain">{p.typeLabel}</Tag>
          {p.cityName ? <Tag tone="plain">{p.cityName}</Tag> : null}
          <ClosedTag status={p.registrationStatus} />
          <ExampleTag show={p.example} />
          {p.taxCreditGradeA ? <Tag tone="ok">纳税信用 A 级</Tag> : null}
        </View>
        <Text className="xy-profile__name">{p.name}</Text>
        <KV k="统一社会信用代码">{p.code}</KV>
        <KV k="登记状态">{REGISTRATION_STATUS_LABELS[p.registrationStatus]}</KV>
        {p.legalRepName ? <KV k="法定代表人或经营者">{p.legalRepName}</KV> : null}
        {p.establishedOn ? <KV k="成立日期">{dateText(p.establishedOn)}</KV> : null}
        <Text className="xy-muted xy-block xy-profile__asof">
          信息截至 {dateText(p.asOf)}。只显示依法公开、仍在公示期内的信息；已修复或到期的不再显示。
        </Text>
        {p.example ? <Text className="xy-block xy-profile__example">这是示例数据，不是真实企业的记录。</Text> : null}
      </View>

      <Section title="行政处罚" count={p.penalties.length} empty="没有正在公示的行政处罚。">
        {p.penalties.map((x) => (
          <View key={x.decisionNo} className="xy-card">
            <View className="xy-tags">
              <Tag tone={x.disputed ? 'warn' : 'bad'}>{x.status}</Tag>
              <Tag tone="plain">{`${x.infoClass}失信信息`}</Tag>
            </View>
            <Text className="xy-card__title">{x.violationType ?? x.category}</Text>
            <KV k="处罚内容">{x.content}</KV>
            <KV k="处罚依据">{x.legalBasis}</KV>
            <KV k="决定书文号">{x.decisionNo}</KV>
            <KV k="处罚机关">{x.authority}</KV>
            <KV k="决定日期">{dateText(x.decisionDate)}</KV>
            <KV k="公示截止">{`${dateText(x.displayEnd)}，到期自动撤下`}</KV>
            {x.disputed ? (
              <Text className="xy-block xy-profile__disputed">当事人已提出异议，正在核实。核实前请勿仅凭这条记录作出判断。</Text>
            ) : null}
            <OwnerRepair code={p.code} decisionNo={x.decisionNo} />
          </View>
        ))}
      </Section>

      <Section title="严重失信主体名单" count={p.dishonestyEntries.length} empty="不在严重失信主体名单中。">
        {p.dishonestyEntries.map((x) => (
          <View key={x.decisionNo} className="xy-card">
            <View className="xy-tags">
              <Tag tone={x.disputed ? 'warn' : 'bad'}>{x.status}</Tag>
            </View>
            <Text className="xy-card__title">{x.listType}</Text>
            <KV k="列入事由">{x.reason}</KV>
            <KV k="列入依据">{x.legalBasis}</KV>
            <KV k="认定部门">{x.authority}</KV>
            <KV k="列入日期">{dateText(x.listedFrom)}</KV>
            <KV k="名单有效期至">{x.listedUntil ? dateText(x.listedUntil) : '未规定'}</KV>
            <KV k="移出条件">{x.exitConditions}</KV>
            <KV k="公示截止">{dateText(x.displayEnd)}</KV>
            <OwnerRepair code={p.code} decisionNo={x.decisionNo} />
          </View>
        ))}
      </Section>

      <Section title="守信红名单" count={p.redListEntries.length} empty="没有红名单信息。">
        {p.redListEntries.map((x) => (
          <View key={`${x.listName}-${x.listedOn}`} className="xy-card">
            <View className="xy-tags">
              <Tag tone="ok">守信</Tag>
            </View>
            <Text className="xy-card__title">{x.listName}</Text>
            <KV k="认定部门">{x.authority}</KV>
            <KV k="依据">{x.basis}</KV>
            <KV k="列入日期">{dateText(x.listedOn)}</KV>
            <KV k="有效期至">{x.validUntil ? dateText(x.validUntil) : '长期'}</KV>
          </View>
        ))}
      </Section>

      <Section title="行政许可" count={p.licences.length} empty="没有公示中的行政许可。">
        {p.licences.map((x) => (
          <View key={x.decisionNo} className="xy-card">
            <View className="xy-tags">
              <Tag tone="plain">{x.category}</Tag>
              <Tag tone="info">{x.status}</Tag>
            </View>
            <Text className="xy-card__title">{x.licenceName}</Text>
            <KV k="许可内容">{x.content}</KV>
            {x.licenceNo ? <KV k="许可证编号">{x.licenceNo}</KV> : null}
            <KV k="许可机关">{x.authority}</KV>
            <KV k="决定日期">{dateText(x.decisionDate)}</KV>
            <KV k="有效期">{`${dateText(x.validFrom)} 至 ${x.validTo ? dateText(x.validTo) : '长期'}`}</KV>
          </View>
        ))}
      </Section>

      <Section title="信用承诺" count={p.commitments.length} empty="没有公开的信用承诺。">
        {p.commitments.map((x) => (
          <View key={`${x.kind}-${x.signedOn}-${x.matter}`} className="xy-card">
            <Text className="xy-card__title">{x.kind}</Text>
            <KV k="承诺事项">{x.matter}</KV>
            <KV k="签署日期">{dateText(x.signedOn)}</KV>
            {x.signedBy ? <KV k="签署人">{x.signedBy}</KV> : null}
          </View>
        ))}
      </Section>
    </View>
  );
}

export default function EntityProfilePage() {
  const { params } = useRouter();
  const code = decodeURIComponent(params.code ?? '');
  const { state, reload } = useLoad(() => api.entities.profile(code), [code]);
  return (
    <Screen className="xy-profile">
      <LoadView state={state} onRetry={() => void reload()}>
        {(p) => <Profile p={p} />}
      </LoadView>
    </Screen>
  );
}
