import { useEffect, useRef, type MouseEvent } from 'react';

export type SummaryItem = { fieldId: string; message: string };

type ErrorSummaryProps = {
  title: string;
  items: SummaryItem[];
  message?: string | undefined;
  /** Changes on every failed submit: the summary then takes focus (not while typing). */
  focusKey: number;
};

/**
 * The problems of a form, listed at its top after a failed submit. It takes focus so the
 * person hears them; each links to its field.
 */
export function ErrorSummary({ title, items, message, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  const goTo = (fieldId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      {/* A lone message (not found, offline…) is the heading itself. */}
      <h2>{items.length > 0 || !message ? title : message}</h2>
      {items.length > 0 && message ? <p>{message}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={goTo(item.fieldId)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
