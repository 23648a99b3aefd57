/** Set by e2e/run.ts for the server it started. */
const password = process.env.E2E_ANALYST_PASSWORD ?? '';

export type Analyst = { email: string; password: string; name: string };

/**
 * The analysts e2e/run.ts creates, one per test that signs in for the first time (each
 * enrols its own authenticator app). They share the password run.ts made up.
 */
export const ANALYSTS = {
  triage: { email: 'analyst@cert.example', password, name: 'Sokha Analyst' },
  km: { email: 'analyst.km@cert.example', password, name: 'Chenda Analyst' },
  en: { email: 'analyst.en@cert.example', password, name: 'Rithy Analyst' },
  incidents: { email: 'analyst.incidents@cert.example', password, name: 'Dara Analyst' },
  bulk: { email: 'analyst.bulk@cert.example', password, name: 'Bopha Analyst' },
  evidence: { email: 'analyst.evidence@cert.example', password, name: 'Vanna Analyst' },
} satisfies Record<string, Analyst>;

export const analyst = ANALYSTS.triage;

/** A one-time admin setup token issued by `karpear users create-admin` in e2e/run.ts. */
export const setupToken = process.env.E2E_SETUP_TOKEN ?? '';
