import { Box, Button, Container, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './AnchorLink.tsx';
import { setSession } from '../auth/session.ts';
import { useActiveSession, useCan } from '../auth/use-active-session.ts';
import { staffSendVoid } from '../staff-api.ts';
import { StaffLanguageSwitch } from './StaffLanguageSwitch.tsx';

/** The frame of every signed-in page: who is signed in, language, sign out. */
export function StaffLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useActiveSession();
  const canReadIncidents = useCan('incidents:read');

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
                    <AnchorLink to="/reports" fw={600} activeProps={{ 'aria-current': 'page' }}>
                      {t('staff.nav.reports')}
                    </AnchorLink>
                  </li>
                  {canReadIncidents ? (
                    <li>
                      <AnchorLink to="/incidents" fw={600} activeProps={{ 'aria-current': 'page' }}>
                        {t('staff.nav.incidents')}
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
