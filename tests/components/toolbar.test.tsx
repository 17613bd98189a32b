// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '@/components/Toolbar';
import { renderWithI18n } from './i18n-test-helper';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Toolbar', () => {
  it('Copy as Markdown shows a visible Copied status, then clears it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onCopy = vi.fn(async () => true);
    renderWithI18n(<Toolbar length="medium" onLengthChange={vi.fn()} onCopy={onCopy} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(status.textContent).toBe('Copied'));
    expect(onCopy).toHaveBeenCalledOnce();
    await act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(status.textContent).toBe('');
  });

  it('a failed copy says so', async () => {
    renderWithI18n(<Toolbar length="medium" onLengthChange={vi.fn()} onCopy={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Couldn't copy"));
  });

  it('the Length radio group shows the current length and reports changes', () => {
    const onLengthChange = vi.fn();
    renderWithI18n(<Toolbar length="medium" onLengthChange={onLengthChange} onCopy={async () => true} />);
    const group = screen.getByRole('group', { name: 'Length' });
    expect(group).toBeTruthy();
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['short', 'medium', 'long']);
    expect((screen.getByRole('radio', { name: 'Medium' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Short' }));
    expect(onLengthChange).toHaveBeenCalledWith('short');
  });
});
