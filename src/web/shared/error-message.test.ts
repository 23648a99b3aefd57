import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { fieldErrorsOf } from './error-message.ts';

describe('server field errors', () => {
  it('are keyed by dotted path whatever separator the server used', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      serverMessage: 'Some fields need attention.',
      fields: [
        { path: 'contact.email', message: 'bad e-mail' },
        { path: '/description', message: 'too short' },
        { path: 'contact/phone', message: 'bad phone' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({
      'contact.email': 'bad e-mail',
      description: 'too short',
      'contact.phone': 'bad phone',
    });
  });

  it('are empty for anything that is not an API error', () => {
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
  });
});
