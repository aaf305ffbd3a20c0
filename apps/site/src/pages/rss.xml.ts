import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { ui } from '../lib/strings';

export async function GET(context: APIContext) {
  const updates = (await getCollection('updates')).sort((a, b) => b.data.date.localeCompare(a.data.date));
  return rss({
    title: `${ui.serviceName} 政策动态`,
    description: '和社会信用有关的新政策、新规定。',
    site: context.site ?? 'https://xinyong.example.org',
    customData: '<language>zh-CN</language>',
    items: updates.map((u) => ({
      title: u.data.title,
      description: u.data.summary,
      pubDate: new Date(`${u.data.date}T00:00:00+08:00`),
      link: `/updates/${u.id}/`,
    })),
  });
}
