import { useTranslation } from 'react-i18next';
import { DateTimeFields } from '../ui/DateTimeFields.tsx';

type WhenFieldsProps = {
  date: string;
  time: string;
  error: string | undefined;
  onDateChange: (value: string) => void;
  onTimeChange: (value: string) => void;
};

/** When the incident happened: an optional date, and a time once there is a date. */
export function WhenFields(props: WhenFieldsProps) {
  const { t } = useTranslation();
  return <DateTimeFields id="occurred" legend={t('report.whenLegend')} {...props} />;
}
