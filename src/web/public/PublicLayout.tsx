import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './ui/Icon.tsx';
import { LanguageSwitch } from './ui/LanguageSwitch.tsx';
import { Link } from './ui/Link.tsx';

type PublicLayoutProps = { children: ReactNode };

export function PublicLayout({ children }: PublicLayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <Link to="/" className="brand">
            <Icon name="shield" size={28} />
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-cert">{t('app.cert')}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">{t('app.footer')}</div>
      </footer>
    </>
  );
}
