import { useCan } from '../auth/use-active-session.ts';
import { NoAccess } from '../components/NoAccess.tsx';
import { IncidentDetailView } from '../incidents/IncidentDetailView.tsx';

export function IncidentDetailPage() {
  const canRead = useCan('incidents:read');
  return canRead ? <IncidentDetailView /> : <NoAccess area="incidents" />;
}
