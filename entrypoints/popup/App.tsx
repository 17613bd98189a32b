import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SummarizeResult } from '@/utils/types';

export function App() {
  const [result, setResult] = useState<SummarizeResult | null>(null);
  useEffect(() => {
    void (async () => {
      const param = new URLSearchParams(location.search).get('tabId');
      const tabId = import.meta.env.MODE === 'e2e' && param ? Number(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] });
      setResult(res?.result as SummarizeResult);
    })();
  }, []);
  if (!result) return <p>Loading…</p>;
  if (!result.ok) return <p>{result.message}</p>;
  const s = result.summary;
  return (
    <main>
      <h1>{s.title}</h1>
      <h2>Key points</h2>
      <ul>{s.keyPoints.map((k) => <li>{k.text}</li>)}</ul>
      {s.whyItMatters && (
        <>
          <h2>Why this matters</h2>
          <table>
            <thead><tr>{s.whyItMatters.columns.map((c) => <th>{c}</th>)}</tr></thead>
            <tbody>{s.whyItMatters.rows.map((r) => <tr>{r.map((c) => <td>{c}</td>)}</tr>)}</tbody>
          </table>
        </>
      )}
      <h2>Related</h2>
      <ul>{s.related.map((r) => <li><a href={r.url} target="_blank">{r.title}</a></li>)}</ul>
    </main>
  );
}
