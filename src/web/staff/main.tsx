import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/700.css';
import '@mantine/core/styles.css';
import './staff.css';
import { MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n.ts';
import { staffResources } from '../i18n/staff-resources.ts';
import { ApiError } from '../shared/api-client.ts';
import { setSession } from './auth/session.ts';
import { createStaffRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

initI18n(staffResources);

const isClientError = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that expired while a page was open: back to sign-in.
    onError: (error, query) => {
      if (query.queryKey[0] === 'session') return;
      if (error instanceof ApiError && error.status === 401) {
        setSession(queryClient, null);
        void router.navigate({ to: '/sign-in' });
      }
    },
  }),
  defaultOptions: {
    queries: { retry: (count, error) => !isClientError(error) && count < 2 },
  },
});

const router = createStaffRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from staff/index.html');
createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
