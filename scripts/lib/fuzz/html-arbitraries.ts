import fc from 'fast-check';

/**
 * fast-check arbitraries for hostile, odd and malformed HTML pages: unclosed tags, deep nesting, huge
 * attributes, binary noise (NUL, lone surrogates), empty documents, framesets, SVG/MathML roots,
 * right-to-left text, tables with bad colspans, links with javascript:/data:/vbscript: hrefs.
 */

const WORDS =
  'the council harbour budget approved residents said new ferry terminal would change sea wall repairs winter storms mayor promised public consultation design critics argued cost estimates maintenance'.split(
    ' ',
  );

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 18 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);

const oddText = fc.constantFrom(
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\uFFFE',
  '\u202E',
  '\u200F',
  '\u00A0',
  '\r\n',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  'مرحبا بالعالم، هذه جملة عربية طويلة عن الميناء والميزانية.',
  'שלום עולם, זה משפט בעברית על הנמל.',
  '市议会周二批准了港口预算。居民表示新码头将改变海滨。',
  '😡🔥 emoji ⚠️ heading',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</p></div></body>',
  '<!--',
  ']]>',
  '<![CDATA[x]]>',
);

export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 6 }).map((s) => s.join(' ')) },
  { weight: 2, arbitrary: oddText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const href = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://news.example.com/2025/other-story',
    'http://news.example.com/a?utm_source=x&fbclid=y',
    '/relative/path',
    '../up',
    '#top',
    '//cdn.example.com/x',
    'mailto:a@b.c',
    'https://',
    'http://[::1',
    '',
    ' ',
    'https://evil.example/\u0000',
  ),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);

const attrValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'PopularPosts',
      'related-posts',
      'jp-relatedposts',
      'post-body',
      'sidebar',
      'comments',
      'share',
      'nav',
      'widget',
      'entry-content',
      'ad',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('-1', '0', '99999999', 'abc', '1e9', 'NaN', '') },
);

const attrName = fc.constantFrom(
  'class',
  'id',
  'colspan',
  'rowspan',
  'lang',
  'dir',
  'itemprop',
  'role',
  'style',
  'onerror',
  'onclick',
  'hidden',
  'aria-hidden',
  'title',
  'data-x',
  'x"y',
  'a<b',
);

const attrs = fc
  .array(fc.tuple(attrName, attrValue), { maxLength: 3 })
  .map((list) => list.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join(''));

const CONTAINERS = [
  'div',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'span',
  'b',
  'em',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'form',
  'ul',
  'ol',
  'li',
  'p',
  'h1',
  'h2',
  'h3',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'svg',
  'math',
  'template',
  'noscript',
  'details',
  'summary',
  'center',
  'font',
  'x-custom',
  'select',
  'option',
  'textarea',
  'title',
] as const;

type Node = string;

/** Serialises an element, sometimes leaving it unclosed or adding a stray closing tag. */
function element(tag: string, attributes: string, children: Node[], mode: number): string {
  const inner = children.join('');
  if (mode === 0) return `<${tag}${attributes}>${inner}`; // unclosed
  if (mode === 1) return `<${tag}${attributes}>${inner}</${tag}></${tag}>`; // stray close
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

const tree = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(text, fc.boolean()).map(([t, escape]) => (escape ? t.replace(/</g, '&lt;') : t)),
    fc.tuple(href, text, attrs).map(([h, t, a]) => `<a href="${h.replace(/"/g, '&quot;')}"${a}>${t}</a>`),
    fc
      .tuple(fc.array(fc.array(fc.tuple(attrValue, text), { maxLength: 4 }), { maxLength: 5 }), fc.boolean())
      .map(
        ([rows, head]) =>
          `<table>${rows.map((cells, i) => `<tr>${cells.map(([span, t]) => `<${head && i === 0 ? 'th' : 'td'} colspan="${span.slice(0, 12)}">${t}</${head && i === 0 ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`,
      ),
    fc.constantFrom(
      '<br>',
      '<hr>',
      '<img src=x onerror="alert(1)">',
      '<img src="data:image/png;base64,AAAA">',
      '<iframe src="https://ads.example/"></iframe>',
      '<input value="x">',
      '<p>',
      '</div>',
      '<',
      '<!-- unclosed comment',
      '<script>document.write("<p>x")</script>',
      '<style>p{}</style>',
      '<svg><foreignObject><p>inside svg</p></foreignObject></svg>',
      '<math><mi>x</mi><annotation-xml encoding="text/html"><p>in math</p></annotation-xml></math>',
    ),
    fc
      .tuple(fc.constantFrom(...CONTAINERS), attrs, fc.array(tie('node'), { maxLength: 5 }), fc.nat({ max: 9 }))
      .map(([tag, a, kids, mode]) => element(tag, a, kids, mode)),
  ),
})).node;

/** 100 to 5,000 nested elements around some text, closed or not. */
const deepNesting = fc
  .tuple(
    fc.constantFrom(100, 1_000, 5_000),
    fc.constantFrom('div', 'span', 'b', 'blockquote', 'li', 'table'),
    sentence,
    fc.boolean(),
  )
  .map(([depth, tag, t, close]) => `<${tag}>`.repeat(depth) + `<p>${t}</p>` + (close ? `</${tag}>`.repeat(depth) : ''));

const head = fc
  .record({
    title: fc.option(text, { nil: undefined }),
    siteName: fc.option(text, { nil: undefined }),
    jsonLd: fc.option(
      fc.oneof(
        fc.constant(
          '{"@type":"NewsArticle","headline":"Harbour","datePublished":"not a date","author":{"name":"<b>x</b>"}}',
        ),
        fc.string({ maxLength: 40 }),
      ),
      { nil: undefined },
    ),
    published: fc.option(fc.constantFrom('2025-07-01T10:00:00Z', 'yesterday', '0000-00-00', '2025-13-45'), {
      nil: undefined,
    }),
  })
  .map(({ title, siteName, jsonLd, published }) =>
    [
      title === undefined ? '' : `<title>${title}</title>`,
      siteName === undefined ? '' : `<meta property="og:site_name" content="${siteName.replace(/"/g, '')}">`,
      published === undefined ? '' : `<meta property="article:published_time" content="${published}">`,
      jsonLd === undefined ? '' : `<script type="application/ld+json">${jsonLd}</script>`,
    ].join(''),
  );

const htmlAttrs = fc
  .tuple(
    fc.constantFrom(
      '',
      ' lang="en"',
      ' lang="ar" dir="rtl"',
      ' lang="he"',
      ' lang="zh-CN"',
      ' lang="xx-@@"',
      ' lang=""',
      ' lang="ja"',
    ),
    fc.boolean(),
  )
  .map(([lang, rtl]) => lang + (rtl ? ' dir="rtl"' : ''));

/** A whole page: mostly a proper html/head/body skeleton with a random body, sometimes something odd. */
export const htmlPage: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(htmlAttrs, head, fc.array(tree, { maxLength: 8 }), fc.array(sentence, { maxLength: 8 }), fc.boolean())
      .map(
        ([a, h, nodes, paragraphs, closed]) =>
          `<!doctype html><html${a}><head>${h}</head><body>${nodes.join('')}<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${closed ? '</body></html>' : ''}`,
      ),
  },
  {
    weight: 2,
    arbitrary: deepNesting.map(
      (body) => `<!doctype html><html><head><title>Deep</title></head><body>${body}</body></html>`,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '<!doctype html>',
      '<html></html>',
      '<html><head></head><body></body></html>',
      '<html><body>   \n </body></html>',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(sentence, { maxLength: 3 })
      .map(
        (s) =>
          `<html><head><title>Frames</title></head><frameset rows="50%,*"><frame src="a.html"><frame src="javascript:alert(1)"><noframes><p>${s.join(' ')}</p></noframes></frameset></html>`,
      ),
  },
  {
    weight: 1,
    arbitrary: text.map((t) => `<svg xmlns="http://www.w3.org/2000/svg"><title>${t}</title><text>${t}</text></svg>`),
  },
  { weight: 1, arbitrary: text.map((t) => `<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>${t}</mi></math>`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.array(tree, { maxLength: 5 }).map((nodes) => nodes.join('')) }, // a bare fragment
);

export const request = fc.record({
  points: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom(0, -1, 1.5, 1e9, Number.NaN)),
  force: fc.boolean(),
});

export const pageUrl = fc.oneof(
  fc.constantFrom(
    'https://news.example.com/2025/07/story.html',
    'http://127.0.0.1:8080/a',
    'https://例え.jp/記事?id=1#x',
  ),
  fc.webUrl(),
);
