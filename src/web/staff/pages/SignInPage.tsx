import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SessionViewSchema,
  SignInBodySchema,
  type SignInBody,
} from '../../../domain/auth/auth.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { pathForSession, setSession } from '../auth/session.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { staffSend } from '../staff-api.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);

  const signIn = useMutation({
    mutationFn: (body: SignInBody) => staffSend('/api/auth/sign-in', SessionViewSchema, { body }),
    onSuccess: async (session) => {
      setSession(queryClient, session);
      await navigate({ to: pathForSession(session) });
    },
  });

  const parsed = SignInBodySchema.safeParse({ email, password });
  const serverFields = fieldErrorsOf(signIn.error);
  const emailError = checked && !parsed.success && !email.trim() ? t('errors.required') : undefined;
  const passwordError = checked && !password ? t('errors.required') : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (parsed.success) signIn.mutate(parsed.data);
  };

  return (
    <AuthCard title={t('staff.signIn.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {signIn.error && Object.keys(serverFields).length === 0 ? (
            <ErrorAlert error={signIn.error} />
          ) : null}
          <TextInput
            label={t('staff.signIn.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={
              emailError ??
              serverFields.email ??
              (checked && !parsed.success && email.trim() ? t('errors.invalidEmail') : undefined)
            }
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('staff.signIn.togglePassword') }}
            label={t('staff.signIn.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={passwordError ?? serverFields.password}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('staff.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
