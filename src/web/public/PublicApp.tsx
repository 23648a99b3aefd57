import type { ComponentType } from 'react';
import { CheckPage } from './pages/CheckPage.tsx';
import { LandingPage } from './pages/LandingPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { usePath } from './routing.ts';

const PAGES: Record<string, ComponentType> = {
  '/': LandingPage,
  '/report': ReportPage,
  '/check': CheckPage,
};

export function PublicApp() {
  const path = usePath();
  const Page = PAGES[path] ?? NotFoundPage;
  // The key resets a page's state when the visitor comes back to it through a link.
  return (
    <PublicLayout>
      <Page key={path} />
    </PublicLayout>
  );
}
