import { describe, expect, it } from 'vitest';
import { failFromProblem, fieldId, formValues, optional } from './forms.ts';

describe('failFromProblem', () => {
  it('keys errors by field name, in the page language where a better sentence exists', () => {
    const problem = {
      type: 'urn:suara:problem:validation',
      title: 'Unprocessable Content',
      status: 422,
      errors: [
        { field: 'description', message: 'Too small' },
        { field: 'contact.email', message: 'Invalid email address' },
        { field: 'somethingNew', message: 'raw message' }
      ]
    };
    const failure = failFromProblem(problem, 'id', { description: 'short' });
    expect(failure.status).toBe(422);
    expect(failure.data.errors).toEqual({
      description: 'Uraian harus 10 sampai 4.000 karakter.',
      'contact.email': 'Alamat email tidak valid.',
      somethingNew: 'raw message'
    });
    expect(failure.data.values).toEqual({ description: 'short' });
    expect(failFromProblem(problem, 'en', {}).data.errors.description).toBe('The description must be 10 to 4,000 characters.');
  });

  it('puts a problem without field errors on the whole form', () => {
    const failure = failFromProblem({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such office' }, 'id', {});
    expect(failure.status).toBe(404);
    expect(failure.data.errors).toEqual({ _form: 'no such office' });
  });
});

describe('form helpers', () => {
  it('reads text fields, treats blanks as absent and derives ids from names', () => {
    const data = new FormData();
    data.set('comment', '  ');
    data.set('score', '3');
    const values = formValues(data, ['score', 'comment', 'serviceId']);
    expect(values).toEqual({ score: '3', comment: '  ', serviceId: '' });
    expect(optional(values, 'comment')).toBeUndefined();
    expect(optional(values, 'score')).toBe('3');
    expect(fieldId('contact.email')).toBe('f-contact-email');
  });
});
