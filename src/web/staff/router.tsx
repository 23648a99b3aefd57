import { Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { pathForSession, sessionQuery, type StaffPath } from './auth/session.ts';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { IncidentsSearchSchema } from './incidents/queue-search.ts';
import { LawSearchSchema } from './law/law-search.ts';
import { ReportsSearchSchema } from './reports/reports-search.ts';
import { StaffLayout } from './components/StaffLayout.tsx';
import { MfaEnrolPage } from './pages/MfaEnrolPage.tsx';
import { MfaPage } from './pages/MfaPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { IncidentDetailPage } from './pages/IncidentDetailPage.tsx';
import { IncidentsPage } from './pages/IncidentsPage.tsx';
import { ReportDetailPage } from './pages/ReportDetailPage.tsx';
import { ReportsPage } from './pages/ReportsPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

type RouterContext = { queryClient: QueryClient };

const currentSession = (context: RouterContext) =>
  context.queryClient.ensureQueryData(sessionQuery);

/** Sends the person where their session stage says they belong, unless that is `path`. */
const onlyAt =
  (path: StaffPath) =>
  async ({ context }: { context: RouterContext }) => {
    const target = pathForSession(await currentSession(context));
    // TanStack Router redirects by throwing its redirect object, by design.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (target !== path) throw redirect({ to: target });
  };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <ErrorAlert error={error} />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
    throw redirect({ to: pathForSession(await currentSession(context)) });
  },
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  component: SetupPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  beforeLoad: async ({ context }) => {
    const session = await currentSession(context);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
    if (session?.stage === 'active') throw redirect({ to: '/reports' });
  },
  component: SignInPage,
});

const mfaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'mfa',
  beforeLoad: onlyAt('/mfa'),
  component: MfaPage,
});

const mfaEnrolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'mfa/enrol',
  beforeLoad: onlyAt('/mfa/enrol'),
  component: MfaEnrolPage,
});

/** Everything below needs an active session (password and MFA done). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: onlyAt('/reports'),
  component: StaffLayout,
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports',
  validateSearch: (search: Record<string, unknown>) => ReportsSearchSchema.parse(search),
  component: ReportsPage,
});

const reportDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/$reportId',
  component: ReportDetailPage,
});

const incidentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'incidents',
  validateSearch: (search: Record<string, unknown>) => IncidentsSearchSchema.parse(search),
  component: IncidentsPage,
});

const incidentDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'incidents/$incidentId',
  component: IncidentDetailPage,
});

/* The legal catalogue loads when first opened; links from an incident name a provision. */
const lawRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'law',
  validateSearch: (search: Record<string, unknown>) => LawSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('./pages/LawPage.tsx'), 'LawPage'),
});

/* The admin pages are few people's: they load when first opened, not with the app. */
const slaSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/sla',
  component: lazyRouteComponent(() => import('./admin/SlaSettingsPage.tsx'), 'SlaSettingsPage'),
});

const playbooksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/playbooks',
  component: lazyRouteComponent(() => import('./admin/PlaybooksPage.tsx'), 'PlaybooksPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  setupRoute,
  signInRoute,
  mfaRoute,
  mfaEnrolRoute,
  appRoute.addChildren([
    reportsRoute,
    reportDetailRoute,
    incidentsRoute,
    incidentDetailRoute,
    lawRoute,
    slaSettingsRoute,
    playbooksRoute,
  ]),
]);

export function createStaffRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    basepath: '/staff',
    context: { queryClient },
    defaultPendingComponent: () => <Loader m="xl" />,
    scrollRestoration: true,
  });
}

// TanStack Router learns the route tree's types through declaration merging.
declare module '@tanstack/react-router' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- must merge
  interface Register {
    router: ReturnType<typeof createStaffRouter>;
  }
}
