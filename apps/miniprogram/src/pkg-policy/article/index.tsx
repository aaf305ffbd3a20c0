import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Screen } from '../../components/screen';
import { policyArticles } from '../../generated/policy-articles';
import { heading, pressable } from '../../services/a11y';
import { dateText } from '../../services/labels';
import { goTo } from '../../services/navigation';
import type { Block, Span } from '../../services/policy-types';
import './index.scss';

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) => {
        if (s.to || s.go) {
          const id = s.to?.split('#')[0];
          const open = () => void (s.go ? goTo(s.go) : Taro.navigateTo({ url: `/pkg-policy/article/index?id=${id}` }));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans of a generated paragraph never reorder
            <Text key={i} className="xy-link" {...pressable(open, undefined, 'link')}>
              {s.t}
            </Text>
          );
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans of a generated paragraph never reorder
          <Text key={i} className={s.b ? 'xy-strong' : undefined}>
            {s.t}
          </Text>
        );
      })}
    </>
  );
}

const plain = (spans: Span[]) => spans.map((s) => s.t).join('');

function BlockView({ block }: { block: Block }) {
  switch (block.k) {
    case 'h':
      return (
        <Text className={`xy-article__h xy-article__h${block.l}`} {...heading(block.l)}>
          <Spans spans={block.s} />
        </Text>
      );
    case 'p':
      return (
        <View className="xy-article__p">
          <Spans spans={block.s} />
        </View>
      );
    case 'q':
      return (
        <View className="xy-article__q">
          <Spans spans={block.s} />
        </View>
      );
    case 'ul':
    case 'ol':
      return (
        <View className="xy-article__list" role="list">
          {block.i.map((item, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of generated content never reorder
            <View key={n} className="xy-article__li" role="listitem">
              <Text className="xy-article__bullet" aria-hidden="true">
                {block.k === 'ol' ? `${n + 1}.` : '·'}
              </Text>
              <View className="xy-article__li-text">
                <Spans spans={item} />
              </View>
            </View>
          ))}
        </View>
      );
    case 't':
      // A phone is too narrow for a table: each row becomes a card of "column: value" lines.
      return (
        <View className="xy-article__table">
          {block.r.map((row, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: table rows of generated content never reorder
            <View key={n} className="xy-article__trow">
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells keep their column order
                <View key={c} className="xy-kv">
                  <Text className="xy-kv__k">{plain(block.h[c] ?? [])}</Text>
                  <View className="xy-kv__v">
                    <Spans spans={cell} />
                  </View>
                </View>
              ))}
            </View>
          ))}
        </View>
      );
  }
}

export default function PolicyArticlePage() {
  const { params } = useRouter();
  const article = policyArticles[params.id ?? ''];
  if (!article) {
    return (
      <Screen>
        <View className="xy-card xy-state">
          <Text>没有找到这篇文章，它可能已经更新了地址。请回到“政策”查看。</Text>
        </View>
      </Screen>
    );
  }
  return (
    <Screen className="xy-article">
      <View className="xy-intro">
        <Text className="xy-title" {...heading(1)}>
          {article.title}
        </Text>
        {article.sectionTitle ? <Text className="xy-lead">{article.sectionTitle}</Text> : null}
        {article.updated ? <Text className="xy-muted xy-block">更新日期：{dateText(article.updated)}</Text> : null}
      </View>
      {article.summary ? (
        <View className="xy-card xy-article__summary">
          <Text className="xy-strong xy-block">一句话说明</Text>
          <Text>{article.summary}</Text>
        </View>
      ) : null}
      <View className="xy-card">
        {article.blocks.map((block, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: generated blocks never reorder
          <BlockView key={n} block={block} />
        ))}
      </View>
    </Screen>
  );
}
