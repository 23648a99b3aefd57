import { Accordion, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Instrument, Provision } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { BilingualText } from './BilingualText.tsx';
import { articleLabel, localDigits } from './law-format.ts';
import { ProvisionDetails } from './ProvisionDetails.tsx';
import { SourceLink } from './SourceLink.tsx';
import { VerificationBadge } from './VerificationBadge.tsx';
import { tallBadge } from './badge-styles.ts';

type InstrumentSectionProps = {
  instrument: Instrument;
  /** The instrument's provisions the filters let through. */
  provisions: readonly Provision[];
  /** Every provision, to find the national counterparts of a Convention article. */
  all: readonly Provision[];
  opened: readonly string[];
  onOpenedChange: (ids: string[]) => void;
};

const STATUS_COLOURS: Record<Instrument['status'], { background: string; color: string }> = {
  in_force: { background: '#dbe4ff', color: '#1c2f7a' },
  draft: { background: '#fff3bf', color: '#5c4400' },
  treaty: { background: '#e5dbff', color: '#3b1f73' },
  foreign_law: { background: '#e9ecef', color: '#343a40' },
};

/** One instrument: what it is, how far it was checked, and its provisions to open one by one. */
export function InstrumentSection(props: InstrumentSectionProps) {
  const { instrument, provisions, all, opened, onOpenedChange } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `instrument-${instrument.id}`;
  const counterpartsOf = (provision: Provision) =>
    instrument.id === 'coe-budapest-convention-185'
      ? all.filter((other) =>
          other.budapest.some((link) => String(link.article) === provision.article),
        )
      : [];

  return (
    <section aria-labelledby={headingId} data-testid={headingId}>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            <BilingualText text={instrument.title} component="span" inherit />
          </Title>
          <Group gap="xs">
            <Badge radius="sm" tt="none" styles={tallBadge(STATUS_COLOURS[instrument.status])}>
              {t(`staff.law.status.${instrument.status}`)}
            </Badge>
            <VerificationBadge verified={instrument.verification.verifiedAgainstOfficialText} />
          </Group>
          {instrument.citation ? (
            <Text size="sm">{t('staff.law.citation', { citation: instrument.citation })}</Text>
          ) : null}
          {instrument.year !== null ? (
            <Text size="sm">
              {t('staff.law.year', { year: localDigits(String(instrument.year), language) })}
            </Text>
          ) : null}
          {[...instrument.notes, ...instrument.verification.statements].map((note) => (
            <div key={`${note.source}:${note.text.en}`}>
              <BilingualText text={note.text} size="sm" />
              <SourceLink source={note.source} />
            </div>
          ))}
          {provisions.length === 0 ? (
            <Text size="sm" fs="italic">
              {t('staff.law.noProvisions')}
            </Text>
          ) : (
            <Accordion
              multiple
              order={3}
              variant="separated"
              radius="md"
              value={[...opened]}
              onChange={onOpenedChange}
              chevronPosition="right"
            >
              {provisions.map((provision) => (
                <Accordion.Item
                  key={provision.id}
                  value={provision.id}
                  id={`provision-${provision.id}`}
                  style={{ scrollMarginTop: '1rem' }}
                >
                  <Accordion.Control data-testid={`provision-${provision.id}`}>
                    <Text component="span" fw={700} display="block" size="sm">
                      {articleLabel(t, provision.article, language)}
                    </Text>
                    <BilingualText text={provision.title} component="span" size="sm" />
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ProvisionDetails
                      provision={provision}
                      counterparts={counterpartsOf(provision)}
                    />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          )}
        </Stack>
      </Paper>
    </section>
  );
}
