import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { extractArticle } from '@/utils/article/extract-article';
import { summarizePage } from '@/utils/summarize-page';
import { collectCandidates } from '@/utils/summary/collect-candidates';
import { cleanHeading } from '@/utils/summary/why-heading';

const dir = (slug: string): string => `tests/fixtures/${slug}`;
function load(slug: string): { doc: Document; url: string; truth: { url: string; sections: string[] } } {
  const truth = JSON.parse(readFileSync(`${dir(slug)}/truth.json`, 'utf8'));
  return { doc: documentFromHtml(readFileSync(`${dir(slug)}/source.html`, 'utf8')), url: truth.url, truth };
}

describe('MaskPark key points (golden)', () => {
  const { doc, url, truth } = load('blogger-maskpark');
  const summary = summarizePage(doc, url, { points: 5 });

  it('spreads 5 key points over at least 4 of the sections', () => {
    expect(summary.keyPoints).toHaveLength(5);
    const sections = new Set(summary.keyPoints.map((k) => k.section));
    expect(sections.size).toBeGreaterThanOrEqual(4);
    const headed = summary.keyPoints.filter((k) => k.section && truth.sections.includes(k.section));
    expect(new Set(headed.map((k) => k.section)).size).toBeGreaterThanOrEqual(3);
  });

  it('never takes fragments, comments or table cells', () => {
    for (const k of summary.keyPoints) {
      expect(k.text).not.toMatch(/One comment read/);
      expect(k.text).not.toMatch(/Non-consensual sharing|IssueSignificance/);
      expect(k.text).toMatch(/[.!?”"]$/);
    }
  });

  it('reads the Issue | Significance table as the why-this-matters table, emoji stripped', () => {
    expect(summary.whyItMatters?.title).toBe(cleanHeading('✅ Why This Matters'));
    expect(summary.whyItMatters?.origin).toBe('table');
    expect(summary.whyItMatters?.rows).toHaveLength(4);
  });
});

// Sentences that a naive splitter breaks: abbreviations, ordinals, decimals, quotes, CJK punctuation.
const WHOLE: Record<string, string[]> = {
  'german-news': [
    'Gleichzeitig steigen die Fahrpreise im Verkehrsverbund zum 1. Januar um durchschnittlich 3,5 Prozent.',
    'Verkehrsdezernentin Dr. Katrin Hoffmann sprach von einem „Meilenstein für die Mobilitätswende“.',
    'Die Kosten für den ersten Bauabschnitt beziffert die Stadt auf rund 84,7 Mio. Euro; etwa 75 Prozent sollen aus Fördermitteln von Bund und Land kommen.',
    'Er verwies z. B. auf die Buslinie Nr. 5, die seit Monaten unzuverlässig fahre.',
    'Bei Wochenkarten liegt das Plus bei ca. 2,9 Prozent, bei Jahreskarten bei 3,8 Prozent.',
  ],
  'spanish-news': [
    '¿Llegar al trabajo antes de las seis de la mañana sin pagar un taxi?',
    'El precio del boleto se mantendrá en 9.50 pesos, y la tarifa preferente para estudiantes y adultos mayores seguirá siendo de 4.75 pesos.',
    '¡Buenas noticias para quienes hacen dos o más viajes al día!',
    '«¿Quién garantiza nuestra seguridad cuando todavía está oscuro?», cuestionó Mario Gutiérrez, comerciante de la zona.',
  ],
  'chinese-news': [
    '华北、黄淮等地气温将下降8至12℃，局地降幅可超过14℃。',
    '“这是今年入秋以来最强的一次冷空气过程，公众需要提前做好防寒准备。”',
    '家住该社区的李阿姨笑着说：「前两天还穿着薄毛衣，这下真得把羽绒服翻出来了！」',
    // Starts right after a question mark: only whole when "气温骤降会不会影响供暖？" ends a sentence (which, at 11
    // characters, is itself too short to be a key point: CJK characters count two to a word).
    '北京市城市管理委员会表示，全市供热系统已提前进入运行状态，各供热单位将根据气温变化及时调整供热参数，确保居民室温达标。',
  ],
  'japanese-news': [
    '市の担当者は「市民の生活の足を守りながら、観光客にも快適に移動してもらいたい」と話す。',
    '一方、沿線の住民からは「停留所周辺の混雑が本当に解消されるのか」と疑問の声も上がる。',
    '観光特急バスの運賃は500円で、一般の市バス（230円）より高く設定されている。',
  ],
};

describe.each(Object.keys(WHOLE))('%s sentences and key points (golden)', (slug) => {
  const exists = existsSync(`${dir(slug)}/source.html`);
  it('has the fixture', () => expect(exists).toBe(true));
  if (!exists) return;
  const { doc, url } = load(slug);
  const article = extractArticle(doc, url);
  const candidates = collectCandidates(article).map((c) => c.text);

  it.each(WHOLE[slug]!)('keeps whole: %s', (sentence) => {
    expect(candidates).toContain(sentence);
  });

  it('gives 5 whole sentences that map back to their blocks, free of datelines', () => {
    const points = summarizePage(doc, url, { points: 5 }).keyPoints;
    expect(points).toHaveLength(5);
    for (const k of points) {
      expect(candidates).toContain(k.text);
      const block = article.blocks[k.source!.block]!;
      expect(block.text.slice(k.source!.start, k.source!.end)).toBe(k.text);
      expect(k.text).not.toMatch(/^中新网|（记者/);
    }
  });
});
