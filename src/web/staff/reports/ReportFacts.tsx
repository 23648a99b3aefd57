import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type ReportFactsProps = { facts: { label: string; value: ReactNode }[] };

/** Label/value pairs as a description list, two columns when there is room. */
export function ReportFacts({ facts }: ReportFactsProps) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {fact.label}
          </Text>
          <Text component="dd" m={0}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
