import { Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { useCan } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { playbooksQuery } from './admin-api.ts';
import { PlaybookEditor } from './PlaybookEditor.tsx';

/** The playbooks in force, one at a time in the editor, for admins and coordinators. */
export function PlaybooksPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canManage = useCan('playbooks:manage');
  const playbooks = useQuery({ ...playbooksQuery, enabled: canManage });
  const [picked, setPicked] = useState<string | null>(null);
  const title = t('staff.admin.playbooks.title');
  useDocumentTitle(title);
  if (!canManage) return <NoAccess area="settings" />;

  const list = playbooks.data ?? [];
  const playbook = list.find((entry) => entry.id === picked) ?? list[0] ?? null;
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('staff.admin.playbooks.intro')}</Text>
      {playbooks.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {playbooks.error ? <ErrorAlert error={playbooks.error} /> : null}
      {playbooks.data && list.length === 0 ? <Text>{t('staff.admin.playbooks.empty')}</Text> : null}
      {playbook ? (
        <>
          <Select
            label={t('staff.admin.playbooks.pick')}
            allowDeselect={false}
            value={playbook.id}
            onChange={setPicked}
            data={list.map((entry) => ({ value: entry.id, label: entry.title[language] }))}
            maw={480}
          />
          <Text size="sm" c="dimmed" data-testid="playbook-version">
            {playbook.edited && playbook.updatedAt
              ? t('staff.admin.playbooks.edited', {
                  time: formatDateTime(playbook.updatedAt, language),
                })
              : t('staff.admin.playbooks.builtIn')}
          </Text>
          {/* A new editor for each playbook; after a save it shows what was saved. */}
          <PlaybookEditor key={playbook.id} playbook={playbook} />
        </>
      ) : null}
    </Stack>
  );
}
