import { Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSelection } from './queue-selection.ts';

type QueueToolbarProps = {
  /** The rows can be selected (the reader may take some action on several at once). */
  selectable: boolean;
  selection: PageSelection;
  onToggleAll: () => void;
  onClear: () => void;
  onHelp: () => void;
  /** The bulk actions, shown once something is selected. */
  children: ReactNode;
};

/**
 * Above a queue: "select all on this page", how many are selected, the actions on them, and
 * the keyboard shortcuts. It sticks to the top of the screen while rows are selected, so
 * the actions stay at hand in a long list.
 */
export function QueueToolbar({
  selectable,
  selection,
  onToggleAll,
  onClear,
  onHelp,
  children,
}: QueueToolbarProps) {
  const { t } = useTranslation();
  const count = selection.chosen.length;
  return (
    <Paper
      withBorder={count > 0}
      p={count > 0 ? 'xs' : 0}
      radius="sm"
      className={count > 0 ? 'queue-toolbar queue-toolbar--active' : 'queue-toolbar'}
      data-testid="queue-toolbar"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        {selectable ? (
          <Group gap="md" wrap="wrap">
            <Checkbox
              label={t('staff.queue.selectAll')}
              checked={selection.all}
              indeterminate={selection.some}
              onChange={onToggleAll}
            />
            <Text size="sm" fw={count > 0 ? 700 : 400} aria-live="polite" data-testid="selected">
              {t('staff.queue.selected', { count })}
            </Text>
            {count > 0 ? (
              <Button variant="subtle" size="compact-sm" onClick={onClear}>
                {t('staff.queue.clearSelection')}
              </Button>
            ) : null}
          </Group>
        ) : (
          <span />
        )}
        {/* Phones have no keyboard to speak of: the button would only take room there. */}
        <Button
          variant="default"
          size="compact-sm"
          onClick={onHelp}
          aria-keyshortcuts="?"
          visibleFrom="sm"
        >
          {t('staff.queue.keys.button')}
          <Text span size="sm" ml={6} aria-hidden="true" ff="monospace">
            ?
          </Text>
        </Button>
      </Group>
      {selectable && count > 0 ? (
        <Group
          gap="sm"
          wrap="wrap"
          mt="xs"
          role="group"
          aria-label={t('staff.queue.actions')}
          data-testid="bulk-actions"
        >
          {children}
        </Group>
      ) : null}
    </Paper>
  );
}
