import { describe, expect, it } from 'vitest';
import { reportListParams } from './reports-api.ts';
import { ReportsSearchSchema } from './reports-search.ts';

describe('the reports queue filters', () => {
  it('become the query string of GET /api/reports', () => {
    expect(
      reportListParams({
        status: 'all',
        incidentType: 'money-scam',
        channel: 'email',
        language: 'km',
        q: 'ABA',
        sort: 'oldest',
        page: 2,
      }).toString(),
    ).toBe(
      'status=all&incidentType=money-scam&channel=email&language=km&q=ABA&sort=oldest&limit=50&offset=50',
    );
    expect(reportListParams({}).toString()).toBe('status=new&sort=newest&limit=50&offset=0');
  });

  it('drop what an old bookmark holds that the page does not know', () => {
    expect(
      ReportsSearchSchema.parse({ status: 'archived', channel: 'fax', q: '  ', page: '3' }),
    ).toEqual({ page: 3 });
  });
});
