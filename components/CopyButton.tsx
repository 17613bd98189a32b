import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

type Props = {
  /** Copies and resolves to whether it worked. */
  onCopy: () => Promise<boolean>;
};

const CONFIRM_MS = 2500;

/** "Copy as Markdown", then a visible, announced "Copied" (role=status) for a few seconds. */
export function CopyButton({ onCopy }: Props) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    const ok = await onCopy();
    setOutcome(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome(null), CONFIRM_MS);
  };
  return (
    <div class="copy">
      <button type="button" class="button" onClick={copy}>
        {t('copyMarkdown')}
      </button>
      <span role="status" class={`copy-status ${outcome ?? ''}`}>
        {outcome === 'copied' ? t('copied') : outcome === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
