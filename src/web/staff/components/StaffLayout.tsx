import { Badge, Box, Button, Container, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './AnchorLink.tsx';
import { setSession } from '../auth/session.ts';
import { useActiveSession, useCan } from '../auth/use-active-session.ts';
import { incidentCountsQuery } from '../incidents/incidents-api.ts';
import { NotificationsBell } from '../notifications/NotificationsBell.tsx';
import { staffSendVoid } from '../staff-api.ts';
import { StaffLanguageSwitch } from './StaffLanguageSwitch.tsx';

/** The current page, for the nav entry that leads to it. */
const current = { 'aria-current': 'page' } as const;

/**
 * The frame of every signed-in page: the areas the person's role opens, their
 * notifications, who is signed in, language, sign out.
 */
export function StaffLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useActiveSession();
  const canReadIncidents = useCan('incidents:read');
  const canManageSettings = useCan('settings:manage');
  const canReadLaw = useCan('law:read');
  const canManagePlaybooks = useCan('playbooks:manage');
  const location = useLocation();
  const counts = useQuery({ ...incidentCountsQuery, enabled: canReadIncidents });
  const breached = counts.data?.slaBreached ?? 0;
  const atRisk = breached + (counts.data?.slaNearBreach ?? 0);
  // The queue of incidents at risk is its own entry: "Incidents" is not current there too.
  const atRiskQueue =
    location.pathname.endsWith('/incidents') &&
    (location.search as { sla?: unknown }).sla === 'at_risk';

  const signOut = useMutation({
    mutationFn: () => staffSendVoid('/api/auth/sign-out'),
    // Whatever the server said, this browser forgets the session.
    onSettled: async () => {
      setSession(queryClient, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      await navigate({ to: '/sign-in' });
    },
  });

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box component="header" className="staff-header">
        <Container size="xl">
          <Group justify="space-between" wrap="wrap" py="xs" gap="sm">
            <Group gap="lg" wrap="wrap">
              <Text component="p" fw={700} size="lg">
                {t('staff.title')}
              </Text>
              <nav aria-label={t('staff.mainNav')}>
                <Group gap="md" component="ul" className="staff-nav">
                  <li>
                    <AnchorLink to="/reports" fw={600} activeProps={current}>
                      {t('staff.nav.reports')}
                    </AnchorLink>
                  </li>
                  {canReadIncidents ? (
                    <>
                      <li>
                        <AnchorLink
                          to="/incidents"
                          fw={600}
                          activeProps={atRiskQueue ? {} : current}
                        >
                          {t('staff.nav.incidents')}
                        </AnchorLink>
                      </li>
                      <li>
                        <AnchorLink
                          to="/incidents"
                          search={{ sla: 'at_risk' }}
                          fw={600}
                          activeOptions={{ includeSearch: true }}
                          activeProps={atRiskQueue ? current : {}}
                          className="staff-nav__sla"
                        >
                          {t('staff.nav.slaAtRisk')}
                          {atRisk > 0 ? (
                            <>
                              <Badge
                                ml={6}
                                size="sm"
                                radius="xl"
                                aria-hidden="true"
                                styles={{
                                  root: breached
                                    ? { background: '#b91c1c', color: '#ffffff' }
                                    : { background: '#fcc419', color: '#000000' },
                                }}
                                data-testid="sla-at-risk-count"
                              >
                                {atRisk}
                              </Badge>
                              <span className="visually-hidden">
                                {' '}
                                ({t('staff.nav.incidentCount', { count: atRisk })})
                              </span>
                            </>
                          ) : null}
                        </AnchorLink>
                      </li>
                    </>
                  ) : null}
                  {canReadLaw ? (
                    <li>
                      <AnchorLink to="/law" fw={600} activeProps={current}>
                        {t('staff.nav.law')}
                      </AnchorLink>
                    </li>
                  ) : null}
                  {canManageSettings ? (
                    <li>
                      <AnchorLink to="/admin/sla" fw={600} activeProps={current}>
                        {t('staff.nav.slaTargets')}
                      </AnchorLink>
                    </li>
                  ) : null}
                  {canManagePlaybooks ? (
                    <li>
                      <AnchorLink to="/admin/playbooks" fw={600} activeProps={current}>
                        {t('staff.nav.playbooks')}
                      </AnchorLink>
                    </li>
                  ) : null}
                </Group>
              </nav>
            </Group>
            <Group gap="sm" wrap="wrap">
              {session ? (
                <Text component="p" size="sm" data-testid="signed-in-user">
                  {session.user.displayName} · {t(`staff.roles.${session.user.role}`)}
                </Text>
              ) : null}
              <NotificationsBell />
              <StaffLanguageSwitch />
              <Button
                variant="default"
                onClick={() => signOut.mutate()}
                loading={signOut.isPending}
              >
                {t('staff.signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" size="xl" py="lg" tabIndex={-1}>
        <Outlet />
      </Container>
    </>
  );
}
