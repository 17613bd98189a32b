import type { SummaryLength } from '@/utils/types';
import { useI18n } from './i18n';

type Props = {
  value: SummaryLength;
  onChange: (length: SummaryLength) => void;
};

const OPTIONS: Array<{ value: SummaryLength; key: string }> = [
  { value: 'short', key: 'lengthShort' },
  { value: 'medium', key: 'lengthMedium' },
  { value: 'long', key: 'lengthLong' },
];

/** A radio group named "Length" (native radios: arrow keys move between them). */
export function LengthControl({ value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="length">
      <legend>{t('length')}</legend>
      {OPTIONS.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name="length"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{t(option.key)}</span>
        </label>
      ))}
    </fieldset>
  );
}
