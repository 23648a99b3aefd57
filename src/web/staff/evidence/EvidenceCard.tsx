import { Alert, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceVerification } from '../../../domain/evidence/custody.schemas.ts';
import type { EvidenceItem } from '../../../domain/evidence/evidence.schemas.ts';
import { formatFileSize } from '../../shared/file-size.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { useCan } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CustodyActionDialog } from './CustodyActionDialog.tsx';
import { CustodyLog } from './CustodyLog.tsx';
import { availableActions } from './evidence-actions.ts';
import {
  evidenceDownloadUrl,
  evidenceDetailQuery,
  verifyEvidence,
  type LockerAction,
} from './evidence-api.ts';

/**
 * One evidence item: name, description, hash, state badges, how and when it was acquired;
 * download, integrity check, its chain of custody, and the actions the person may take.
 */
export function EvidenceCard({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const logId = useId();
  const [showLog, setShowLog] = useState(false);
  const [dialog, setDialog] = useState<LockerAction | null>(null);
  const actions = availableActions(item, {
    handle: useCan('evidence:handle'),
    unseal: useCan('evidence:unseal'),
    destroy: useCan('evidence:destroy'),
  });
  const verify = useMutation({
    mutationFn: () => verifyEvidence(item.id),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceDetailQuery(item.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['evidence', 'incident'] }),
      ]),
  });
  const name = item.originalName;
  const acquired = formatDateTime(item.acquiredAt, language);
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="evidence-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <StateBadges item={item} />
        </Group>
        {item.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.description}
          </Text>
        ) : null}
        <Text size="sm" ff="monospace" title={item.sha256} data-testid="evidence-hash">
          {t('staff.locker.hashPrefix', { prefix: item.sha256.slice(0, 16) })}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
          <Fact
            label={t('staff.locker.method')}
            value={
              t(`staff.locker.methods.${item.acquisitionMethod}`) +
              (item.acquisitionTool ? ` · ${item.acquisitionTool}` : '')
            }
          />
          <Fact
            label={item.incidentId ? t('staff.locker.addedHere') : t('staff.locker.fromReport')}
            value={
              item.acquiredByName
                ? t('staff.locker.acquiredBy', { date: acquired, name: item.acquiredByName })
                : t('staff.locker.acquired', { date: acquired })
            }
          />
          <Fact
            label={t('staff.evidence.size')}
            value={`${formatFileSize(item.size, t)} · ${item.contentType}`}
          />
          {item.fileModifiedAt ? (
            <Fact
              label={t('staff.locker.fileModified')}
              value={formatDateTime(item.fileModifiedAt, language)}
            />
          ) : null}
          <Fact
            label={t('staff.locker.actions.verify')}
            value={
              item.integrity.checkedAt
                ? t('staff.locker.lastCheck', {
                    date: formatDateTime(item.integrity.checkedAt, language),
                  })
                : t('staff.locker.neverChecked')
            }
          />
        </SimpleGrid>
        <Group gap="xs" wrap="wrap">
          {item.state === 'active' ? (
            <Button
              component="a"
              href={evidenceDownloadUrl(item.id)}
              download={name}
              size="xs"
              variant="light"
              aria-label={t('staff.locker.actions.downloadNamed', { name })}
            >
              {t('staff.locker.actions.download')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {t('staff.locker.actions.verify')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={showLog}
            aria-controls={logId}
            onClick={() => setShowLog((shown) => !shown)}
          >
            {showLog
              ? t('staff.locker.actions.hideLog')
              : t('staff.locker.actions.showLog', { count: item.custodyEntries })}
          </Button>
          {actions.length > 0 ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('staff.locker.actions.label', { name })}
                >
                  ⋯
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {actions.map((action) => (
                  <Menu.Item
                    key={action}
                    color={action === 'destroy' ? 'red' : undefined}
                    onClick={() => setDialog(action)}
                  >
                    {t(`staff.locker.actions.${action}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        {verify.data ? <VerifyResult result={verify.data} /> : null}
        {verify.error ? <ErrorAlert error={verify.error} /> : null}
        {showLog ? <CustodyLog evidenceId={item.id} id={logId} name={name} /> : null}
      </Stack>
      {dialog ? (
        <CustodyActionDialog item={item} action={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </Paper>
  );
}

function StateBadges({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" data-testid="evidence-badges">
      {item.state === 'sealed' ? (
        <Badge color="grape" variant="filled">
          {t('staff.locker.badges.sealed')}
        </Badge>
      ) : null}
      {item.state === 'destroyed' ? (
        <Badge color="dark" variant="filled">
          {t('staff.locker.badges.destroyed')}
        </Badge>
      ) : null}
      {item.legalHold ? (
        <Badge color="orange" variant="light">
          {t('staff.locker.badges.hold')}
        </Badge>
      ) : null}
      {item.integrity.status === 'failed' ? (
        <Badge color="red" variant="filled">
          {t('staff.locker.badges.failed')}
        </Badge>
      ) : null}
    </Group>
  );
}

function VerifyResult({ result }: { result: EvidenceVerification }) {
  const { t } = useTranslation();
  if (result.ok) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="verify-result">
        {t('staff.locker.verify.ok', { count: result.entries })}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" data-testid="verify-result">
      <Text size="sm" fw={700}>
        {t('staff.locker.verify.failed')}
      </Text>
      <Stack component="ul" gap={4} m={0} pl="md">
        {result.problems.map((problem) => (
          <Text
            component="li"
            key={`${problem.kind}-${problem.seq ?? 'x'}-${problem.message}`}
            size="sm"
            ff="monospace"
            style={{ overflowWrap: 'anywhere' }}
          >
            {problem.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}
