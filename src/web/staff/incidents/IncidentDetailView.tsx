import { Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { ApiError } from '../../shared/api-client.ts';
import { useCan } from '../auth/use-active-session.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { CommentBox } from './CommentBox.tsx';
import { IncidentEditForm } from './IncidentEditForm.tsx';
import { IncidentFacts } from './IncidentFacts.tsx';
import { IncidentHeader } from './IncidentHeader.tsx';
import { IncidentObservables } from './IncidentObservables.tsx';
import { incidentDetailQuery } from './incidents-api.ts';
import { LegalCandidatesPanel } from '../law/LegalCandidatesPanel.tsx';
import { IncidentTimeline } from './IncidentTimeline.tsx';
import { dispositionLabel } from './labels.ts';
import { LinkedReports } from './LinkedReports.tsx';
import { MergedIncidents } from './MergedIncidents.tsx';
import { SlaMilestones } from './SlaMilestones.tsx';
import { StatusActions } from './StatusActions.tsx';
import { SuggestionPanel } from './SuggestionPanel.tsx';
import { TasksPanel } from './TasksPanel.tsx';

const route = getRouteApi('/_app/incidents/$incidentId');

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** One incident: what it is, where it stands, what was done, and the controls to move it on. */
export function IncidentDetailView() {
  const { t } = useTranslation();
  const { incidentId } = route.useParams();
  const incident = useQuery(incidentDetailQuery(incidentId));
  useDocumentTitle(incident.data?.reference ?? t('staff.incidents.queue.title'));

  if (incident.error instanceof ApiError && incident.error.status === 403) {
    return <NoAccess area="incidents" />;
  }
  if (incident.data) return <IncidentPage incident={incident.data} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/incidents">← {t('staff.incidents.detail.back')}</AnchorLink>
      {incident.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {incident.error ? (
        <>
          <Title order={1}>{t('staff.incidents.detail.notLoaded')}</Title>
          <ErrorAlert error={incident.error} />
        </>
      ) : null}
    </Stack>
  );
}

function IncidentPage({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const canHandle = useCan('incidents:handle');
  // A merged incident is read where it was merged into; here it is read-only.
  const canEdit = canHandle && incident.mergedInto === null;
  return (
    <Stack gap="xl">
      <IncidentHeader incident={incident} />
      <Section id="incident-status-title" title={t('staff.incidents.detail.status')}>
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="md">
              {canEdit ? <StatusActions incident={incident} /> : null}
              {incident.disposition ? (
                <Text data-testid="disposition">
                  {t('staff.incidents.detail.disposition', {
                    disposition: dispositionLabel(t, incident.disposition),
                  })}
                </Text>
              ) : null}
              {incident.resolutionNote ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {incident.resolutionNote}
                </Text>
              ) : null}
            </Stack>
            <SlaMilestones sla={incident.slaDetail} containedAt={incident.containedAt} />
          </SimpleGrid>
        </Paper>
      </Section>
      <Section id="incident-tasks-title" title={t('staff.incidents.tasks.title')}>
        <TasksPanel incident={incident} canEdit={canEdit} />
      </Section>
      <Section id="incident-edit-title" title={t('staff.incidents.detail.details')}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md" bg="blue.0">
            <Title order={3} size="h4" mb="xs">
              {t('staff.incidents.suggestion.title')}
            </Title>
            <SuggestionPanel incident={incident} canEdit={canEdit} />
          </Paper>
          {canEdit ? (
            <IncidentEditForm incident={incident} />
          ) : (
            <IncidentFacts incident={incident} />
          )}
        </Stack>
      </Section>
      <Section id="incident-legal-title" title={t('staff.law.candidates.title')}>
        <LegalCandidatesPanel incident={incident} />
      </Section>
      <Section id="incident-observables-title" title={t('staff.observables.title')}>
        <IncidentObservables incident={incident} canEdit={canEdit} />
      </Section>
      <Section id="incident-evidence-title" title={t('staff.evidence.title')}>
        <EvidencePanel incidentId={incident.id} canAdd={canEdit} />
      </Section>
      <Section id="incident-reports-title" title={t('staff.incidents.reports.title')}>
        <LinkedReports incident={incident} canEdit={canEdit} />
      </Section>
      <Section id="incident-merged-title" title={t('staff.incidents.merge.title')}>
        <MergedIncidents incident={incident} canEdit={canEdit} />
      </Section>
      {canEdit ? (
        <Section id="incident-comment-title" title={t('staff.incidents.comment.title')}>
          <CommentBox incident={incident} />
        </Section>
      ) : null}
      <Section id="incident-timeline-title" title={t('staff.incidents.timeline.title')}>
        <IncidentTimeline incident={incident} />
      </Section>
    </Stack>
  );
}
