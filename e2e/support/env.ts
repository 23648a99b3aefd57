/** Set by e2e/run.ts for the server it started. */
export const analyst = {
  email: process.env.E2E_ANALYST_EMAIL ?? 'analyst@cert.example',
  password: process.env.E2E_ANALYST_PASSWORD ?? '',
  name: 'Sokha Analyst',
};

/** A one-time admin setup token issued by `karpear users create-admin` in e2e/run.ts. */
export const setupToken = process.env.E2E_SETUP_TOKEN ?? '';
