import type { SummaryLength } from '@/utils/types';
import { CopyButton } from './CopyButton';
import { LengthControl } from './LengthControl';

type Props = {
  length: SummaryLength;
  onLengthChange: (length: SummaryLength) => void;
  onCopy: () => Promise<boolean>;
};

/** The actions above the summary: copy as Markdown and the length. */
export function Toolbar({ length, onLengthChange, onCopy }: Props) {
  return (
    <div class="toolbar">
      <CopyButton onCopy={onCopy} />
      <LengthControl value={length} onChange={onLengthChange} />
    </div>
  );
}
