import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MfaVerifyBodySchema, type MfaVerifyBody } from '../../../domain/auth/auth.schemas.ts';
import { pathForSession, setSession } from '../auth/session.ts';
import { SessionAnswerSchema, sessionFromAnswer } from '../auth/session-answer.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { staffSend } from '../staff-api.ts';

export function MfaPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const verify = useMutation({
    mutationFn: async (body: MfaVerifyBody) =>
      sessionFromAnswer(
        queryClient,
        await staffSend('/api/auth/mfa/verify', SessionAnswerSchema, { body }),
      ),
    onSuccess: async (session) => {
      setSession(queryClient, session);
      await navigate({ to: pathForSession(session) });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = useRecovery ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') };
    const parsed = MfaVerifyBodySchema.safeParse(body);
    setInvalid(!parsed.success);
    if (parsed.success) verify.mutate(parsed.data);
  };

  return (
    <AuthCard title={t('staff.mfa.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {!useRecovery ? <Text>{t('staff.mfa.intro')}</Text> : null}
          {verify.error ? <ErrorAlert error={verify.error} /> : null}
          <TextInput
            key={useRecovery ? 'recovery' : 'code'}
            label={useRecovery ? t('staff.mfa.recoveryCode') : t('staff.mfa.code')}
            autoComplete={useRecovery ? 'off' : 'one-time-code'}
            inputMode={useRecovery ? 'text' : 'numeric'}
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={invalid ? t('errors.invalidField') : undefined}
            data-autofocus
          />
          <Button type="submit" loading={verify.isPending}>
            {t('staff.mfa.submit')}
          </Button>
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setValue('');
              setInvalid(false);
            }}
          >
            {useRecovery ? t('staff.mfa.useCode') : t('staff.mfa.useRecovery')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
