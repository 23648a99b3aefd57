import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('app.notFoundTitle')}</PageTitle>
      <p>{t('app.notFoundText')}</p>
      <Link to="/" className="button">
        {t('app.backHome')}
      </Link>
    </div>
  );
}
