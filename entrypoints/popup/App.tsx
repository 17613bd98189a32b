import { useEffect, useLayoutEffect } from 'preact/hooks';
import { PopupView } from '@/components/PopupView';
import { usePopup } from './use-popup';

/** Wires the state hook to the view; exposes the state for the browser tests; Escape closes. */
export function App() {
  const { state, length, notice, actions } = usePopup();
  const busy = state.kind === 'ready' && state.busy;
  const partial = state.kind === 'ready' && state.pending === true;
  // Layout effect: the attribute changes in the same frame as the markup it describes. 'partial': the key points
  // of a summary in two parts are on screen, its related links and table not yet ('ready' once they are).
  useLayoutEffect(() => {
    document.documentElement.dataset.state = busy ? 'loading' : partial ? 'partial' : state.kind;
  }, [state.kind, busy, partial]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return <PopupView state={state} length={length} notice={notice} actions={actions} />;
}
