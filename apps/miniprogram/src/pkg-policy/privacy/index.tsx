import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { ActionButton } from '../../components/action-button';
import { Screen } from '../../components/screen';
import { ExampleTag } from '../../components/tag';
import { operator } from '../../generated/operator';
import { heading } from '../../services/a11y';
import { dateText } from '../../services/labels';
import { ME_TAB } from '../../services/session';
import './index.scss';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="xy-card">
      <Text className="xy-card__title" {...heading(2)}>
        {title}
      </Text>
      {children}
    </View>
  );
}

function KV({ k, v }: { k: string; v: string }) {
  return (
    <View className="xy-kv">
      <Text className="xy-kv__k">{k}</Text>
      <Text className="xy-kv__v" userSelect>
        {v}
      </Text>
    </View>
  );
}

/** The full 隐私保护指引: who, what and why, who sees it, how long it is kept, the person's rights and how to use them. */
export default function PrivacyNoticePage() {
  const o = operator;
  return (
    <Screen className="xy-privacy">
      <View className="xy-intro">
        <Text className="xy-title" {...heading(1)}>
          隐私保护指引
        </Text>
        <Text className="xy-lead">“信用山东”怎样收集、使用和保护您的个人信息，您有哪些权利、怎么行使。</Text>
        <Text className="xy-muted xy-block">{`更新日期：${dateText(o.updated)}`}</Text>
      </View>

      <Section title="谁在处理您的信息">
        {o.example ? (
          <View className="xy-tags">
            <ExampleTag show />
            <Text className="xy-muted">下面的单位和联系方式是示例，部署时由运营单位填写。</Text>
          </View>
        ) : null}
        <KV k="运营单位" v={o.operator} />
        <KV k="身份" v={o.role} />
        <KV k="地址" v={o.address} />
        <KV k="个人信息保护联系电话" v={o.phone} />
        <KV k="电子邮箱" v={o.email} />
        <KV k="联系时间" v={o.hours} />
      </Section>

      <Section title="我们收集什么、为什么">
        <Text className="xy-block">只收集办事必需的信息。不查看本人信用时，什么都不用提供：查企业信用、看信易+和政策都不用登录。</Text>
        {o.collected.map(({ what, why, when }) => (
          <View key={what} className="xy-kv xy-privacy__item">
            <Text className="xy-kv__v xy-strong">{what}</Text>
            <Text className="xy-kv__v">{`用途：${why}`}</Text>
            <Text className="xy-kv__v xy-muted">{`什么时候：${when}`}</Text>
          </View>
        ))}
        <Text className="xy-block xy-strong xy-privacy__gap">我们不收集：</Text>
        {o.notCollected.map((n) => (
          <Text key={n} className="xy-block">
            · {n}
          </Text>
        ))}
      </Section>

      <Section title="谁能看到">
        <Text className="xy-block">· 您本人：登录并完成实名认证后。</Text>
        <Text className="xy-block">· 作出这条决定的部门的审核人员：只在办理您的异议或修复申请时，看与这件事有关的内容。</Text>
        <Text className="xy-block">· 实名核验服务：只用于核对姓名和身份证号是否一致。</Text>
        <Text className="xy-block">
          每一次查看都会记下谁、什么时候、为什么，您可以在“我的信用”→“谁查看了我的信息”里看到。个人的信用信息不公开，也不提供给其他单位。
        </Text>
      </Section>

      <Section title="保存多久">
        {o.retention.map((r) => (
          <KV key={r.what} k={r.what} v={r.howLong} />
        ))}
      </Section>

      <Section title="您的权利，怎么行使">
        <Text className="xy-block">· 查阅和复制：“我的信用”里可以看全部记录，“导出我的数据”可以保存一份报告。</Text>
        <Text className="xy-block">· 更正：记录有错，可以提出异议，部门核实后更正。</Text>
        <Text className="xy-block">
          · 撤回同意：“我的信用”→“撤回同意”，一步完成，和同意一样方便。撤回后退出登录，手机上不再保留您的信息。
        </Text>
        <Text className="xy-block">{`· 删除、注销或其他请求：联系上面的运营单位，${o.answerWithinWorkingDays} 个工作日内答复。`}</Text>
        <Text className="xy-block">· 不同意也没关系：不影响查企业信用、看信易+和政策，也不影响您到窗口办理任何事。</Text>
        <View className="xy-actions">
          <ActionButton kind="secondary" onClick={() => void Taro.switchTab({ url: ME_TAB })}>
            去“我的信用”
          </ActionButton>
          <ActionButton kind="secondary" onClick={() => void Taro.navigateTo({ url: '/pkg-policy/article/index?id=guide-privacy' })}>
            个人信息受保护的说明
          </ActionButton>
        </View>
      </Section>

      <Section title="未成年人">
        <Text className="xy-block">未成年人受到的行政处罚不公开。不满 14 周岁的，请由父母或其他监护人陪同使用。</Text>
      </Section>

      <Section title="发现信息被滥用">
        <Text className="xy-block">
          可以联系上面的运营单位，也可以向当地信用主管部门（发展改革部门）反映；涉嫌犯罪的，可以向公安机关报案。
        </Text>
      </Section>
    </Screen>
  );
}
