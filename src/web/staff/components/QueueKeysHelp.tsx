import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from './use-phone.ts';

type QueueKeysHelpProps = {
  opened: boolean;
  onClose: () => void;
  /** Whether rows can be selected here (x is listed only then). */
  selectable: boolean;
};

type Shortcut = {
  keys: string[];
  what: 'next' | 'previous' | 'open' | 'toggle' | 'search' | 'leaveSearch' | 'help';
};

const SHORTCUTS: Shortcut[] = [
  { keys: ['j', '↓'], what: 'next' },
  { keys: ['k', '↑'], what: 'previous' },
  { keys: ['Enter', 'o'], what: 'open' },
  { keys: ['x'], what: 'toggle' },
  { keys: ['/'], what: 'search' },
  { keys: ['Esc'], what: 'leaveSearch' },
  { keys: ['?'], what: 'help' },
];

/** The queue's keyboard shortcuts, opened with "?" or the button beside the list. */
export function QueueKeysHelp({ opened, onClose, selectable }: QueueKeysHelpProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const shortcuts = SHORTCUTS.filter((shortcut) => selectable || shortcut.what !== 'toggle');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('staff.queue.keys.title')}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('staff.queue.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('staff.queue.keys.intro')}</Text>
        <Table verticalSpacing="xs" data-testid="queue-keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('staff.queue.keys.keysColumn')}</Table.Th>
              <Table.Th scope="col">{t('staff.queue.keys.actionColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shortcuts.map((shortcut) => (
              <Table.Tr key={shortcut.what}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {shortcut.keys.map((key, index) => (
                      <Fragment key={key}>
                        {index > 0 ? (
                          <Text span size="sm">
                            {t('staff.queue.keys.or')}
                          </Text>
                        ) : null}
                        <Kbd
                          size="md"
                          ff={key.length === 1 && !/\w/.test(key) ? 'inherit' : undefined}
                        >
                          {key}
                        </Kbd>
                      </Fragment>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`staff.queue.keys.${shortcut.what}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
