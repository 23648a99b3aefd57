import { useCan } from '../auth/use-active-session.ts';
import { NoAccess } from '../components/NoAccess.tsx';
import { ReportsQueue } from '../reports/ReportsQueue.tsx';

export function ReportsPage() {
  const canRead = useCan('reports:read');
  return canRead ? <ReportsQueue /> : <NoAccess />;
}
