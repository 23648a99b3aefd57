import { useCan } from '../auth/use-active-session.ts';
import { NoAccess } from '../components/NoAccess.tsx';
import { ReportDetailView } from '../reports/ReportDetailView.tsx';

export function ReportDetailPage() {
  const canRead = useCan('reports:read');
  return canRead ? <ReportDetailView /> : <NoAccess />;
}
