import { Button, CopyButton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportObservable } from '../../../domain/observables/observable.schemas.ts';

type ReportObservablesProps = { observables: ReportObservable[] };

/**
 * The indicators of a report: found in its texts or supplied by the sending organisation,
 * each with a copy button so an analyst can paste it into a block list or a lookup.
 */
export function ReportObservables({ observables }: ReportObservablesProps) {
  const { t } = useTranslation();
  if (observables.length === 0) return <Text>{t('staff.observables.empty')}</Text>;
  return (
    <div data-testid="observables">
      <Text size="sm" c="dimmed" mb="xs">
        {t('staff.observables.hint')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('staff.observables.type')}</Table.Th>
              <Table.Th scope="col">{t('staff.observables.value')}</Table.Th>
              <Table.Th scope="col">{t('staff.observables.source')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('staff.observables.copy')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {observables.map((observable) => (
              <Table.Tr key={`${observable.type} ${observable.value}`} data-testid="observable">
                <Table.Td>{t(`staff.observables.types.${observable.type}`)}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    ff="monospace"
                    style={{ overflowWrap: 'anywhere' }}
                    title={observable.raw ?? undefined}
                  >
                    {observable.value}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`staff.observables.sources.${observable.source}`)}</Table.Td>
                <Table.Td>
                  <CopyButton value={observable.value}>
                    {({ copied, copy }) => (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={copy}
                        aria-label={t('staff.observables.copyNamed', { value: observable.value })}
                      >
                        {copied ? t('staff.observables.copied') : t('staff.observables.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
