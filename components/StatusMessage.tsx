import type { ComponentChildren } from 'preact';

type Props = {
  title: string;
  children?: ComponentChildren;
  action?: { label: string; onClick: () => void };
};

/** A state that is not a summary: a heading, a plain explanation and at most one action. */
export function StatusMessage({ title, children, action }: Props) {
  return (
    <section class="status-message" aria-labelledby="status-heading">
      <h1 id="status-heading">{title}</h1>
      {children}
      {action && (
        <button type="button" class="button primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
