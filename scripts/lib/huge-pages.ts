/**
 * Huge pages generated in code for the tests and the benchmark (never committed as files):
 * a ~5 MB article and a page of ~200,000 elements around a normal article.
 */

const SENTENCES = [
  'The city council voted on Tuesday to approve the harbour budget after a long debate.',
  'Residents who attended the meeting said the plan would change how the waterfront is used.',
  'Engineers warned that the sea wall needs repairs before the next winter storms arrive.',
  'The mayor promised a public consultation on the new ferry terminal early next year.',
  'Local businesses welcomed the decision but asked for help during the construction work.',
  'Critics argued that the cost estimates were too optimistic and left out maintenance.',
];

function paragraph(i: number): string {
  const parts: string[] = [];
  for (let k = 0; k < 4; k++) parts.push(SENTENCES[(i + k) % SENTENCES.length]!);
  return `<p>Part ${i}: ${parts.join(' ')}</p>`;
}

/** An article whose HTML is at least `bytes` long (default 5 MB): headings every 20 paragraphs. */
export function hugeArticleHtml(bytes = 5_000_000): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = (i % 20 === 0 ? `<h2>Section ${i / 20 + 1}</h2>` : '') + paragraph(i);
    parts.push(block);
    size += block.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report on the harbour</title></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>A very long report on the harbour</h1>${parts.join('\n')}</article></body></html>`;
}

/** A normal article inside a page of about `elements` elements (menus, grids and widgets around it). */
export function manyElementsHtml(elements = 200_000): string {
  const filler: string[] = [];
  // Each cell is 4 elements: div > a > span + i.
  for (let i = 0; i < elements / 4; i++)
    filler.push(`<div class="cell"><a href="/item/${i}"><span>Item ${i}</span><i></i></a></div>`);
  const half = filler.length / 2;
  const article: string[] = [];
  for (let i = 0; i < 30; i++) article.push((i % 10 === 0 ? `<h2>Section ${i / 10 + 1}</h2>` : '') + paragraph(i));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour budget approved</title></head>
<body><nav class="mega-menu">${filler.slice(0, half).join('')}</nav>
<main><article><h1>Harbour budget approved</h1>${article.join('\n')}</article></main>
<aside class="grid">${filler.slice(half).join('')}</aside></body></html>`;
}
