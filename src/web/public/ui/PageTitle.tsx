import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNavigatedInApp } from '../routing.ts';

type PageTitleProps = {
  children: string;
  /** Take focus even on first load, e.g. when the page content was replaced after a submit. */
  focus?: boolean;
};

/**
 * The page's one h1. It also sets the document title and, after an in-app page change,
 * takes focus so screen reader users hear where they are.
 */
export function PageTitle({ children, focus = false }: PageTitleProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    if (focus || hasNavigatedInApp()) ref.current?.focus();
  }, [focus]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
