import { Badge, Button, Group, Paper, Popover, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkReadBody, Notification } from '../../../domain/notifications.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StaffIcon } from '../components/StaffIcon.tsx';
import { markNotificationsRead, notificationsQuery } from './notifications-api.ts';
import { notificationText } from './notification-text.ts';

/**
 * The bell in the header: how many notifications are unread (asked every minute and when
 * the window regains focus), and a panel listing them, each opening its incident.
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [opened, setOpened] = useState(false);
  const notifications = useQuery(notificationsQuery);
  const unread = notifications.data?.unread ?? 0;

  const mark = useMutation({
    mutationFn: (body: MarkReadBody) => markNotificationsRead(body),
    onSuccess: (list) => queryClient.setQueryData(notificationsQuery.queryKey, list),
  });
  const open = (notification: Notification) => {
    if (!notification.read) mark.mutate({ ids: [notification.id] });
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          variant="default"
          px="xs"
          onClick={() => setOpened((current) => !current)}
          aria-label={
            unread > 0
              ? t('staff.notifications.button', { count: unread })
              : t('staff.notifications.buttonNone')
          }
          data-testid="notifications-bell"
          rightSection={
            unread > 0 ? (
              <Badge
                size="sm"
                radius="xl"
                styles={{ root: { background: '#b91c1c', color: '#ffffff' } }}
                data-testid="notifications-unread"
              >
                {unread > 99 ? '99+' : unread}
              </Badge>
            ) : undefined
          }
        >
          <StaffIcon name="bell" size={20} />
        </Button>
      </Popover.Target>
      <Popover.Dropdown
        aria-labelledby={headingId}
        p="sm"
        style={{ maxWidth: 'calc(100vw - 16px)' }}
        data-testid="notifications"
      >
        <Stack gap="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Title order={2} size="h4" id={headingId}>
              {t('staff.notifications.title')}
            </Title>
            {unread > 0 ? (
              <Button
                variant="subtle"
                size="compact-sm"
                loading={mark.isPending && 'all' in (mark.variables ?? {})}
                onClick={() => mark.mutate({ all: true })}
              >
                {t('staff.notifications.markAllRead')}
              </Button>
            ) : null}
          </Group>
          {notifications.error ? <ErrorAlert error={notifications.error} /> : null}
          {mark.error ? <ErrorAlert error={mark.error} /> : null}
          {notifications.data && notifications.data.items.length === 0 ? (
            <Text size="sm">{t('staff.notifications.empty')}</Text>
          ) : null}
          {notifications.data && notifications.data.items.length > 0 ? (
            <Stack
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none', maxHeight: '60vh', overflowY: 'auto' }}
            >
              {notifications.data.items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  onOpen={() => open(notification)}
                  onMarkRead={() => mark.mutate({ ids: [notification.id] })}
                />
              ))}
            </Stack>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

type NotificationItemProps = {
  notification: Notification;
  onOpen: () => void;
  onMarkRead: () => void;
};

/** One notice: its sentence (a link to the incident), when, and "New" while unread. */
function NotificationItem({ notification, onOpen, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = notificationText(t, notification);
  const unread = !notification.read;
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="md"
      className={unread ? 'notification notification--unread' : 'notification'}
      data-testid="notification"
      data-kind={notification.kind}
      data-read={notification.read}
    >
      <Stack gap={2}>
        {notification.incidentId ? (
          <AnchorLink
            to="/incidents/$incidentId"
            params={{ incidentId: notification.incidentId }}
            fw={unread ? 700 : 400}
            size="sm"
            onClick={onOpen}
          >
            {text}
          </AnchorLink>
        ) : (
          <Text size="sm" fw={unread ? 700 : 400}>
            {text}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {unread ? (
            <Badge
              size="sm"
              radius="sm"
              tt="none"
              styles={{ root: { background: '#0b4a85', color: '#ffffff' } }}
            >
              {t('staff.notifications.unread')}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed" component="time" dateTime={notification.createdAt}>
            {formatDateTime(notification.createdAt, language)}
          </Text>
          {unread && !notification.incidentId ? (
            <Button variant="subtle" size="compact-xs" onClick={onMarkRead}>
              {t('staff.notifications.markRead')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
