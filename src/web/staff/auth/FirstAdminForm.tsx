import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstAdminBodySchema, type FirstAdminBody } from '../../../domain/auth/auth.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { staffSendVoid } from '../staff-api.ts';

type FirstAdminFormProps = { token: string; onCreated: () => void };

export function FirstAdminForm({ token, onCreated }: FirstAdminFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ email: '', displayName: '', password: '', confirm: '' });
  const [checked, setChecked] = useState(false);
  const create = useMutation({
    mutationFn: (body: FirstAdminBody) =>
      staffSendVoid('/api/setup/first-admin', { method: 'POST', body }),
    onSuccess: onCreated,
  });

  const parsed = FirstAdminBodySchema.safeParse({ token, ...values });
  const issues = parsed.success ? [] : parsed.error.issues;
  const has = (field: string) => checked && issues.some((issue) => issue.path[0] === field);
  const server = fieldErrorsOf(create.error);
  const mismatch = checked && values.password !== values.confirm;

  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    // Read the value now: the event's currentTarget is gone when the updater runs.
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (parsed.success && values.password === values.confirm) create.mutate(parsed.data);
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {create.error && Object.keys(server).length === 0 ? (
          <ErrorAlert error={create.error} />
        ) : null}
        <TextInput
          label={t('staff.setup.email')}
          type="email"
          autoComplete="username"
          value={values.email}
          onChange={set('email')}
          error={has('email') ? t('errors.invalidEmail') : server.email}
        />
        <TextInput
          label={t('staff.setup.displayName')}
          autoComplete="name"
          value={values.displayName}
          onChange={set('displayName')}
          error={has('displayName') ? t('errors.required') : server.displayName}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('staff.signIn.togglePassword') }}
          label={t('staff.setup.password')}
          description={t('staff.setup.passwordHint')}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={has('password') ? t('staff.setup.passwordHint') : server.password}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('staff.signIn.togglePassword') }}
          label={t('staff.setup.confirm')}
          autoComplete="new-password"
          value={values.confirm}
          onChange={set('confirm')}
          error={mismatch ? t('staff.setup.mismatch') : undefined}
        />
        <Button type="submit" loading={create.isPending}>
          {t('staff.setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
