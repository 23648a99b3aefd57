import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon.tsx';
import { Link } from '../ui/Link.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

export function LandingPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('landing.title')}</PageTitle>
      <p className="lead">{t('landing.intro')}</p>
      <p>{t('landing.free')}</p>
      <div className="big-links">
        <Link to="/report" className="big-link big-link--primary">
          <Icon name="report" size={32} />
          <span>
            <span className="big-link-title">{t('landing.report')}</span>
            <span className="big-link-hint">{t('landing.reportHint')}</span>
          </span>
        </Link>
        <Link to="/check" className="big-link">
          <Icon name="search" size={32} />
          <span>
            <span className="big-link-title">{t('landing.check')}</span>
            <span className="big-link-hint">{t('landing.checkHint')}</span>
          </span>
        </Link>
      </div>
      <p className="notice notice--info">
        <Icon name="phone" size={20} /> {t('landing.danger')}
      </p>
    </div>
  );
}
