import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { formatAmount } from '../../shared/detail-labels.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ReportFacts } from '../reports/ReportFacts.tsx';
import { provinceLabel, rsitClassLabel, rsitTypeLabel, subtypeLabel } from './labels.ts';

type IncidentFactsProps = { incident: IncidentDetail };

/** The recorded details, read-only: for a merged incident or a reader who cannot edit. */
export function IncidentFacts({ incident }: IncidentFactsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('staff.incidents.form.notSet');
  const { classification, impact } = incident;
  const impactText = (['confidentiality', 'integrity', 'availability'] as const)
    .map(
      (part) =>
        `${t(`staff.incidents.fields.${part}`)}: ${t(`staff.incidents.impactLevels.${impact[part]}`)}`,
    )
    .join(' · ');
  return (
    <Stack gap="md">
      <Text style={{ whiteSpace: 'pre-wrap' }}>{incident.summary || none}</Text>
      <ReportFacts
        facts={[
          {
            label: t('staff.incidents.fields.localSubtype'),
            value: subtypeLabel(classification.localSubtype, language),
          },
          {
            label: t('staff.incidents.form.classification'),
            value: `${rsitClassLabel(t, classification.rsitClass)} / ${rsitTypeLabel(t, classification.rsitType)}`,
          },
          { label: t('staff.incidents.form.impact'), value: impactText },
          {
            label: t('staff.incidents.fields.actorType'),
            value: incident.actorType ? t(`staff.incidents.actors.${incident.actorType}`) : none,
          },
          {
            label: t('staff.incidents.fields.targetSector'),
            value: incident.targetSector
              ? t(`staff.incidents.sectors.${incident.targetSector}`)
              : none,
          },
          {
            label: t('staff.incidents.fields.province'),
            value: incident.province ? provinceLabel(incident.province, language) : none,
          },
          {
            label: t('staff.incidents.fields.victimCount'),
            value: incident.victimCount ?? none,
          },
          {
            label: t('staff.incidents.fields.financialLoss'),
            value: incident.financialLoss
              ? formatAmount(incident.financialLoss.amount, incident.financialLoss.currency)
              : none,
          },
          { label: t('staff.incidents.fields.assignee'), value: incident.assignee?.name ?? none },
          { label: t('staff.incidents.fields.tlp'), value: `TLP:${incident.tlp}` },
          { label: t('staff.incidents.fields.pap'), value: `PAP:${incident.pap}` },
          {
            label: t('staff.incidents.form.overrideReason'),
            value: incident.severityOverride?.reason ?? none,
          },
        ]}
      />
    </Stack>
  );
}
