import { Badge, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import type { LegalCandidate } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { articleLabel } from './law-format.ts';
import { legalCandidatesQuery } from './law-api.ts';
import { VerificationBadge } from './VerificationBadge.tsx';
import { tallBadge } from './badge-styles.ts';

function Candidate({ candidate }: { candidate: LegalCandidate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="legal-candidate">
      <Stack gap={6}>
        <AnchorLink
          to="/law"
          search={{ provision: candidate.provisionId }}
          fw={700}
          aria-describedby={`why-${candidate.provisionId}`}
        >
          {candidate.instrumentTitle[language]} · {articleLabel(t, candidate.article, language)} —{' '}
          {candidate.title[language]}
        </AnchorLink>
        <Group gap={6}>
          {candidate.instrumentStatus === 'draft' ? (
            <Badge
              radius="sm"
              tt="none"
              styles={tallBadge({ background: '#fff3bf', color: '#5c4400' })}
            >
              {t('staff.law.status.draft')}
            </Badge>
          ) : null}
          {candidate.match && candidate.match !== 'mapped' ? (
            <Badge radius="sm" tt="none" variant="outline" color="gray" styles={tallBadge()}>
              {t(`staff.law.match.${candidate.match}`)}
            </Badge>
          ) : null}
          <VerificationBadge verified={candidate.verifiedAgainstOfficialText} />
        </Group>
        <div id={`why-${candidate.provisionId}`}>
          <Text size="sm" fw={600} component="span">
            {t('staff.law.candidates.why')}:
          </Text>
          <List size="sm" spacing={2}>
            {candidate.reasons.map((reason) => (
              <List.Item key={`${reason.basis}:${reason.theme}`}>{reason.text[language]}</List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * The provisions the incident's classification may engage, from the legal catalogue, each
 * with why and a link to read it; suggestions for the legal assessment, never findings.
 */
export function LegalCandidatesPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const candidates = useQuery(legalCandidatesQuery(incident.id, incident.classification));

  return (
    <Stack gap="sm" data-testid="legal-candidates">
      <Text size="sm">{t('staff.law.candidates.intro')}</Text>
      {candidates.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {candidates.error ? <ErrorAlert error={candidates.error} /> : null}
      {candidates.data ? (
        <>
          {candidates.data.candidates.length ? (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {candidates.data.candidates.map((candidate) => (
                <Candidate key={candidate.provisionId} candidate={candidate} />
              ))}
            </Stack>
          ) : (
            <Text size="sm">{t('staff.law.candidates.empty')}</Text>
          )}
          {candidates.data.notes.map((note) => (
            <Text key={note.code} size="sm" c="dimmed">
              {note.text[language]}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {t('staff.law.candidates.version', { version: candidates.data.catalogueVersion })}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}
