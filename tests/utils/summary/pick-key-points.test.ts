import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from '@/utils/summary/pick-key-points';
import { POINTS_BY_LENGTH, type Article, type Block } from '@/utils/types';

function article(blocks: Block[], lang = 'en'): Article {
  return { title: 'A test story', siteName: null, byline: null, publishedTime: null, lang, isArticle: true, blocks };
}
const p = (text: string, section: string | null = null): Block => ({ kind: 'paragraph', text, section });
const h = (text: string, section: string | null = null): Block => ({ kind: 'heading', level: 2, text, section });

const sectioned = article([
  p('The city council approved a new budget for the coming year on Tuesday night after a long debate.'),
  p('The budget raises spending on schools, roads and parks while keeping property taxes flat for residents.'),
  p('Council members argued for hours over the size of the reserve fund before the final vote.'),
  p('The mayor praised the budget as balanced and said the city could afford the new spending.'),
  h('Schools'),
  p('Schools will receive twelve million dollars more than last year to hire teachers and repair buildings.', 'Schools'),
  p('Teachers welcomed the money but said class sizes would remain too large in several districts.', 'Schools'),
  h('Roads'),
  p('Road repairs will cover forty miles of streets, with work starting in the spring on the busiest routes.', 'Roads'),
  p('Residents have complained for years about potholes on the main avenues of the east side.', 'Roads'),
  h('Parks'),
  p('Three new parks will open in neighbourhoods that have no green space within walking distance today.', 'Parks'),
  p('The parks department will also hire more staff to keep the existing parks clean and safe.', 'Parks'),
]);

describe('pickKeyPoints', () => {
  it('covers the sections instead of piling up in the first one', () => {
    const points = pickKeyPoints(sectioned, { count: 4 });
    expect(points).toHaveLength(4);
    expect(new Set(points.map((k) => k.section))).toEqual(new Set([null, 'Schools', 'Roads', 'Parks']));
  });

  it('keeps article order and records where each point comes from', () => {
    const points = pickKeyPoints(sectioned, { count: 5 });
    const blocks = points.map((k) => k.source!.block);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
    for (const k of points) {
      const block = sectioned.blocks[k.source!.block]!;
      expect(block.text.slice(k.source!.start, k.source!.end)).toBe(k.text);
      expect(k.section).toBe(block.section);
    }
  });

  it.each(Object.entries(POINTS_BY_LENGTH))('gives %s = %d points', (_, count) => {
    expect(pickKeyPoints(sectioned, { count })).toHaveLength(count);
  });

  it('picks whole sentences, never table cells, fragments or boilerplate, and cuts datelines', () => {
    const a = article([
      p('(CNN) -- A powerful storm knocked out power to two hundred thousand homes across the region on Monday. CLICK HERE for the latest pictures of the storm damage.'),
      { kind: 'table', table: { caption: null, columns: ['Town', 'Homes without power'], rows: [['Springfield', '120,000']] }, text: 'Town | Homes without power\nSpringfield | 120,000', section: null },
      p('One resident said:'),
      { kind: 'list-item', text: 'Crews from four states are working to restore power by the end of the week.', ordered: false, section: null },
      { kind: 'quote', text: 'This is the worst storm I have seen in my whole life here in this town.', section: null },
      p('Advertisement'),
      p('Schools in the worst-hit counties will stay closed until at least Wednesday, officials said.'),
    ]);
    const points = pickKeyPoints(a, { count: 5 });
    const texts = points.map((k) => k.text);
    expect(texts).toEqual([
      'A powerful storm knocked out power to two hundred thousand homes across the region on Monday.',
      'Crews from four states are working to restore power by the end of the week.',
      'Schools in the worst-hit counties will stay closed until at least Wednesday, officials said.',
    ]);
    const first = points[0]!;
    expect(a.blocks[first.source!.block]!.text.slice(first.source!.start, first.source!.end)).toBe(first.text);
  });

  it('splits CJK paragraphs into sentences', () => {
    const a = article(
      [p('受强冷空气影响，我国中东部地区将自北向南出现大范围寒潮天气。华北、黄淮等地气温将下降8至12℃，局地降幅可超过14℃。气象台提醒市民注意防寒保暖，及时添加衣物。')],
      'zh-CN',
    );
    const points = pickKeyPoints(a, { count: 2 });
    expect(points).toHaveLength(2);
    for (const k of points) expect(k.text).toMatch(/。$/);
  });

  it('returns nothing for an article without prose', () => {
    expect(pickKeyPoints(article([h('Only a heading')]), { count: 5 })).toEqual([]);
    expect(pickKeyPoints(sectioned, { count: 0 })).toEqual([]);
  });
});
