import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/load-document';

describe('documentFromHtml (saved pages in Node)', () => {
  it('a saved fragment of bare text gets a body, as a browser gives it', () => {
    const doc = documentFromHtml('Kristen Wiig has had a busy summer. <p>Her film opened.</p>');
    expect(doc.documentElement?.tagName.toLowerCase()).toBe('html');
    expect(doc.body?.textContent).toContain('Kristen Wiig has had a busy summer.');
    expect(doc.body?.querySelector('p')?.textContent).toBe('Her film opened.');
  });

  it('a whole page is parsed as it is', () => {
    const doc = documentFromHtml(
      '<!doctype html><html lang="de"><head><title>T</title></head><body><p>x</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.title).toBe('T');
  });

  it('a document of another kind (an SVG image with its namespace) keeps its own root', () => {
    const doc = documentFromHtml('<svg xmlns="http://www.w3.org/2000/svg"><text>Chart</text></svg>');
    expect(doc.documentElement.tagName.toLowerCase()).toBe('svg');
  });

  it("a page that writes one <html> tag per IE version (conditional comments) keeps its body, as a browser's does", () => {
    const doc = documentFromHtml(
      '<!DOCTYPE html><!--[if IE 8 ]><!--><html lang="en" class="ie ie8"><!--<![endif]-->' +
        '<!--[if (gt IE 9)|!(IE)]><!--><html lang="en"><!--<![endif]-->' +
        '<head><title>T</title></head><body><p>Berlin confronts its colonial past.</p></body></html>',
    );
    expect(doc.body?.textContent).toBe('Berlin confronts its colonial past.');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('html')).toHaveLength(1);
  });

  it('a script between </head> and <body> goes to the head, and the body keeps its text (linkedom would empty it)', () => {
    const doc = documentFromHtml(
      '<!DOCTYPE html><html lang="es"><head><title>T</title></head><script>var a = 1;</script>' +
        '<body><p>Los gremios marcan la inflación de abril.</p></body></html>',
    );
    expect(doc.body?.textContent).toBe('Los gremios marcan la inflación de abril.');
    expect(doc.head?.querySelector('script')?.textContent).toBe('var a = 1;');
  });

  it('a head never closed (no </head>, no <body>) ends at the first element a head cannot hold, as in a browser', () => {
    const doc = documentFromHtml(
      '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Gute Löhne</title>' +
        '<div class="page"><p>Gute Löhne alleine reichen nicht.</p></div></html>',
    );
    expect(doc.title).toBe('Gute Löhne');
    expect(doc.body?.textContent).toBe('Gute Löhne alleine reichen nicht.');
    expect(doc.head?.querySelector('div')).toBeNull();
  });
});
