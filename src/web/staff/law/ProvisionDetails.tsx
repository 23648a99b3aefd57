import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provision, SourcedNote } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { BilingualText } from './BilingualText.tsx';
import { GapNotesList } from './GapNotesList.tsx';
import { articleLabel, localDigits, penaltyLines, powerDuration } from './law-format.ts';
import { useLawTextMode } from './law-text-mode.ts';
import { SourceLink } from './SourceLink.tsx';
import { VerificationBadge } from './VerificationBadge.tsx';
import { tallBadge } from './badge-styles.ts';

type ProvisionDetailsProps = {
  provision: Provision;
  /** National provisions linked to this Convention article (empty for national ones). */
  counterparts: readonly Provision[];
};

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={4} size="h6" mb={4}>
        {title}
      </Title>
      {children}
    </div>
  );
}

function SourcedNotes({ notes }: { notes: readonly SourcedNote[] }) {
  return (
    <List size="sm" spacing={6}>
      {notes.map((note) => (
        <List.Item key={`${note.source}:${note.text.en}`}>
          <BilingualText text={note.text} component="div" size="sm" />
          <SourceLink source={note.source} />
        </List.Item>
      ))}
    </List>
  );
}

/** Everything the catalogue says about one provision, "not given" where the sources are silent. */
export function ProvisionDetails({ provision, counterparts }: ProvisionDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mode = useLawTextMode();
  const offence = provision.kind === 'offence';
  const notGiven = <Text size="sm">{t('staff.law.notGiven')}</Text>;
  const provisionLink = (id: string, label: string) => (
    <AnchorLink to="/law" search={{ provision: id, ...(mode === 'both' ? {} : { text: mode }) }}>
      {label}
    </AnchorLink>
  );

  return (
    <Stack gap="md" data-testid={`provision-details-${provision.id}`}>
      <Group gap="xs">
        <VerificationBadge verified={provision.verification.verifiedAgainstOfficialText} />
        <Badge variant="outline" color="gray" radius="sm" tt="none" styles={tallBadge()}>
          {t(`staff.law.kind.${provision.kind}`)}
        </Badge>
      </Group>
      {provision.articleNote ? (
        <Part title={t('staff.law.section.articleNote')}>
          <BilingualText text={provision.articleNote} size="sm" />
        </Part>
      ) : null}
      {provision.summary ? (
        <Part title={t('staff.law.section.summary')}>
          <BilingualText text={provision.summary} size="sm" />
        </Part>
      ) : null}
      {offence || provision.elements.length > 0 ? (
        <Part title={t('staff.law.section.elements')}>
          {provision.elements.length ? (
            <List type="ordered" size="sm" spacing={6}>
              {provision.elements.map((element) => (
                <List.Item key={element.id}>
                  <BilingualText text={element.text} component="div" size="sm" />
                </List.Item>
              ))}
            </List>
          ) : (
            notGiven
          )}
        </Part>
      ) : null}
      {offence ? (
        <Part title={t('staff.law.section.intent')}>
          {provision.intent.requirements.length ? (
            <Group gap={6}>
              {provision.intent.requirements.map((requirement) => (
                <Badge
                  key={requirement}
                  radius="sm"
                  tt="none"
                  styles={tallBadge({ background: '#e7f5ff', color: '#0b3d6b' })}
                >
                  {t(`staff.law.intent.${requirement}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            notGiven
          )}
          {provision.intent.note ? (
            <BilingualText text={provision.intent.note} size="sm" mt={4} />
          ) : null}
        </Part>
      ) : null}
      {offence ? (
        <Part title={t('staff.law.section.penalty')}>
          {provision.penalty ? (
            <Stack gap={2}>
              {penaltyLines(t, provision.penalty, language).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {provision.penalty.note ? (
                <BilingualText text={provision.penalty.note} size="sm" />
              ) : null}
              <SourceLink source={provision.penalty.source} />
            </Stack>
          ) : (
            <Text size="sm" data-testid="penalty-not-given">
              {t('staff.law.notGiven')}
            </Text>
          )}
        </Part>
      ) : null}
      {provision.powers.length ? (
        <Part title={t('staff.law.section.powers')}>
          <List size="sm" spacing={6}>
            {provision.powers.map((power) => {
              const limit = powerDuration(t, power.days, language);
              return (
                <List.Item key={power.id}>
                  <BilingualText text={power.text} component="div" size="sm" />
                  {power.authority ? (
                    <Text size="sm" c="dimmed">
                      {t('staff.law.power.authority', { authority: power.authority[language] })}
                    </Text>
                  ) : null}
                  {limit ? (
                    <Text size="sm" fw={600}>
                      {limit}
                    </Text>
                  ) : null}
                </List.Item>
              );
            })}
          </List>
        </Part>
      ) : null}
      {provision.instrumentId !== 'coe-budapest-convention-185' ? (
        <Part title={t('staff.law.section.budapest')}>
          {provision.budapest.length ? (
            <List size="sm" spacing={4}>
              {provision.budapest.map((link) => (
                <List.Item key={link.article}>
                  {provisionLink(
                    `coe-185-art-${link.article}`,
                    t('staff.law.conventionArticle', {
                      article: localDigits(String(link.article), language),
                    }),
                  )}{' '}
                  · {t(`staff.law.match.${link.match}`)}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('staff.law.none')}</Text>
          )}
        </Part>
      ) : counterparts.length ? (
        <Part title={t('staff.law.section.national')}>
          <List size="sm" spacing={4}>
            {counterparts.map((national) => (
              <List.Item key={national.id}>
                {provisionLink(
                  national.id,
                  `${articleLabel(t, national.article, language)} — ${national.title[language]}`,
                )}
              </List.Item>
            ))}
          </List>
        </Part>
      ) : null}
      {provision.gapNotes.length ? (
        <Part title={t('staff.law.section.gaps')}>
          <GapNotesList notes={provision.gapNotes} />
        </Part>
      ) : null}
      {provision.notes.length ? (
        <Part title={t('staff.law.section.notes')}>
          <SourcedNotes notes={provision.notes} />
        </Part>
      ) : null}
      <Part title={t('staff.law.section.verification')}>
        <SourcedNotes notes={provision.verification.statements} />
      </Part>
      <Text size="xs" c="dimmed">
        {t('staff.law.provisionId', { id: provision.id })}
      </Text>
    </Stack>
  );
}
