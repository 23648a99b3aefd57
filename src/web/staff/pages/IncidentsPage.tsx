import { useCan } from '../auth/use-active-session.ts';
import { NoAccess } from '../components/NoAccess.tsx';
import { IncidentsQueue } from '../incidents/IncidentsQueue.tsx';

export function IncidentsPage() {
  const canRead = useCan('incidents:read');
  return canRead ? <IncidentsQueue /> : <NoAccess area="incidents" />;
}
