import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { extractArticle } from '@/utils/article/extract-article';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import type { ArticleMetadata, DataTable } from '@/utils/types';

type Truth = {
  url: string;
  metadata?: Partial<ArticleMetadata>;
  isArticle?: boolean;
  tables?: DataTable[];
  related?: { title: string; url: string }[];
  mustNotContain?: string[];
  mustContain?: string[];
  sections?: string[];
};

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const slugs = existsSync(root)
  ? readdirSync(root).filter((s) => existsSync(join(root, s, 'truth.json')) && existsSync(join(root, s, 'source.html')))
  : [];

function load(slug: string): { truth: Truth; html: string } {
  return {
    truth: JSON.parse(readFileSync(join(root, slug, 'truth.json'), 'utf8')) as Truth,
    html: readFileSync(join(root, slug, 'source.html'), 'utf8'),
  };
}

describe('golden pages', () => {
  it('include the reference Blogger page', () => {
    expect(slugs).toContain('blogger-maskpark');
  });

  describe.each(slugs)('%s', (slug) => {
    const { truth, html } = load(slug);

    it('reads the metadata', () => {
      const article = extractArticle(documentFromHtml(html), truth.url);
      for (const [key, value] of Object.entries(truth.metadata ?? {})) {
        const got = article[key as keyof ArticleMetadata];
        // The same instant in another offset ("09:15:00-07:00" = "16:15:00Z"); BCP 47 tags ignore case.
        if (key === 'publishedTime' && typeof value === 'string' && typeof got === 'string') {
          expect(got).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/);
          expect({ [key]: Date.parse(got) }).toEqual({ [key]: Date.parse(value) });
        } else if (key === 'lang' && typeof value === 'string' && typeof got === 'string') {
          expect({ [key]: got.toLowerCase() }).toEqual({ [key]: value.toLowerCase() });
        } else expect({ [key]: got }).toEqual({ [key]: value });
      }
      if (truth.isArticle !== undefined) expect(article.isArticle).toBe(truth.isArticle);
    });

    it('reads the data tables', () => {
      if (!truth.tables) return;
      const article = extractArticle(documentFromHtml(html), truth.url);
      const tables = article.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
      expect(tables).toEqual(truth.tables);
    });

    it('keeps the article text and drops the furniture', () => {
      const article = extractArticle(documentFromHtml(html), truth.url);
      if (truth.isArticle === false) return;
      const text = blocksToText(article.blocks);
      for (const s of truth.mustContain ?? []) expect(text).toContain(s);
      for (const s of truth.mustNotContain ?? []) expect(text).not.toContain(s);
    });

    it('keeps the section headings', () => {
      if (!truth.sections || truth.isArticle === false) return;
      const article = extractArticle(documentFromHtml(html), truth.url);
      const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      for (const section of truth.sections) expect(headings).toContain(section);
      // Every block after a heading carries it as its section.
      const sectioned = article.blocks.filter((b) => b.kind !== 'heading' && b.section !== null).map((b) => b.section);
      for (const s of sectioned) expect(headings).toContain(s);
    });

    it('finds the related links in order', () => {
      if (!truth.related) return;
      const related = findRelatedLinks(documentFromHtml(html), truth.url);
      expect(related.map(({ title, url }) => ({ title, url }))).toEqual(truth.related);
    });

    it('never modifies the page', () => {
      const doc = documentFromHtml(html);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, truth.url);
      findRelatedLinks(doc, truth.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
});
