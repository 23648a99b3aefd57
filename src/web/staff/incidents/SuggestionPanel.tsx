import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showIncident, updateIncident } from './incidents-api.ts';
import { rsitClassLabel, rsitTypeLabel, subtypeLabel, suggestionReasonText } from './labels.ts';

type SuggestionPanelProps = { incident: IncidentDetail; canEdit: boolean };

/** The classification the reports point to, why, and a button to take it; the analyst decides. */
export function SuggestionPanel({ incident, canEdit }: SuggestionPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const { suggestion } = incident;
  const apply = useMutation({
    mutationFn: () => updateIncident(incident.id, { classification: suggestion?.classification }),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });

  if (!suggestion) return <Text>{t('staff.incidents.suggestion.none')}</Text>;
  const { classification } = suggestion;
  const current = incident.classification;
  const applied =
    current.rsitClass === classification.rsitClass &&
    current.rsitType === classification.rsitType &&
    current.localSubtype === classification.localSubtype;

  return (
    <Stack gap="sm" data-testid="suggestion">
      <Text fw={700}>{subtypeLabel(classification.localSubtype, language)}</Text>
      <Text size="sm">
        {rsitClassLabel(t, classification.rsitClass)} / {rsitTypeLabel(t, classification.rsitType)}
      </Text>
      <div>
        <Text size="sm" fw={600}>
          {t('staff.incidents.suggestion.why')}
        </Text>
        <List size="sm" spacing={2}>
          {suggestion.reasons.map((reason) => (
            <List.Item key={`${reason.code}:${reason.subject}`}>
              {suggestionReasonText(t, reason)}
            </List.Item>
          ))}
        </List>
      </div>
      {applied ? (
        <Alert color="green" variant="light">
          {t('staff.incidents.suggestion.applied')}
        </Alert>
      ) : canEdit ? (
        <Button
          variant="light"
          onClick={() => apply.mutate()}
          loading={apply.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('staff.incidents.suggestion.apply')}
        </Button>
      ) : null}
      {apply.error ? <ErrorAlert error={apply.error} /> : null}
    </Stack>
  );
}
