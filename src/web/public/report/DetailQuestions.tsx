import { useTranslation } from 'react-i18next';
import type { IncidentTypeId } from '../../../domain/taxonomy/incident-types.ts';
import { detailHint, detailLabel, optionLabel } from '../../shared/detail-labels.ts';
import { optionsOf, questionsOf, type Question } from '../../shared/report-questions.ts';
import { DateTimeFields } from '../ui/DateTimeFields.tsx';
import { RadioGroupField } from '../ui/RadioGroupField.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { AmountField } from './AmountField.tsx';
import type { ReportFieldErrors } from './report-form.ts';

type DetailQuestionsProps = {
  type: IncidentTypeId;
  answers: Record<string, string>;
  errors: ReportFieldErrors;
  onChange: (field: string, value: string) => void;
};

/** The questions of the kind the reporter picked; every one may be left empty. */
export function DetailQuestions({ type, answers, errors, onChange }: DetailQuestionsProps) {
  const { t } = useTranslation();
  const questions = questionsOf(type);
  if (questions.length === 0) return null;
  return (
    <section className="details stack" aria-labelledby="details-title">
      <div>
        <h2 id="details-title">{t('details.title')}</h2>
        <p className="field-hint">{t('details.intro')}</p>
      </div>
      {questions.map((question) => (
        <DetailQuestion
          key={question.field}
          type={type}
          question={question}
          answers={answers}
          error={errors[`details.${question.field}`]}
          onChange={onChange}
        />
      ))}
    </section>
  );
}

type DetailQuestionProps = {
  type: IncidentTypeId;
  question: Question;
  answers: Record<string, string>;
  error: string | undefined;
  onChange: (field: string, value: string) => void;
};

function DetailQuestion({ type, question, answers, error, onChange }: DetailQuestionProps) {
  const { t } = useTranslation();
  const { field } = question;
  const id = `detail-${field}`;
  const value = answers[field] ?? '';
  const common = { label: detailLabel(t, field), hint: detailHint(t, field), error };
  const set = (next: string) => onChange(field, next);

  switch (question.kind) {
    case 'text':
      return (
        <TextField
          id={id}
          {...common}
          inputMode={question.inputMode}
          spellCheck={question.inputMode === 'url' ? false : undefined}
          autoCapitalize={question.inputMode === 'url' ? 'none' : undefined}
          value={value}
          onValueChange={set}
        />
      );
    case 'longText':
      return <TextAreaField id={id} {...common} rows={4} value={value} onValueChange={set} />;
    case 'count':
      return (
        <TextField id={id} {...common} inputMode="numeric" value={value} onValueChange={set} />
      );
    case 'amount':
      return (
        <AmountField id={id} {...common} currency={answers.currency} value={value} onChange={set} />
      );
    case 'moment':
      return (
        <DateTimeFields
          id={id}
          legend={common.label}
          hint={common.hint}
          error={error}
          date={value}
          time={answers[`${field}Time`] ?? ''}
          onDateChange={set}
          onTimeChange={(time) => onChange(`${field}Time`, time)}
        />
      );
    case 'choice': {
      const options = optionsOf(type, field).map((option) => ({
        value: option,
        label: optionLabel(t, question.set, option),
      }));
      if (question.control === 'select') {
        return (
          <SelectField
            id={id}
            {...common}
            placeholder={t('details.choose')}
            options={options}
            value={value}
            onValueChange={set}
          />
        );
      }
      return (
        <RadioGroupField
          id={id}
          name={id}
          {...common}
          options={options}
          value={value}
          onValueChange={set}
          clearLabel={t('details.clearAnswer')}
          inline={options.length <= 3}
        />
      );
    }
  }
}
