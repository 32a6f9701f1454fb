import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../shared/domain-error.js';
import { toErrorResponse } from './error-body.js';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('toErrorResponse', () => {
  it('answers 503 DATABASE.UNAVAILABLE when the database cannot be reached or drops the connection', () => {
    const unavailable = [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('ECONNRESET'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('08006', 'connection failure'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new QueryFailedError('SELECT 1', [], withCode('57P03', 'the database system is starting up')),
      new Error('wrapped', { cause: withCode('ECONNREFUSED') }),
      new QueryRunnerAlreadyReleasedError(),
      new QueryRunnerProviderAlreadyReleasedError(),
    ];
    for (const error of unavailable)
      expect({ error: String(error), ...toErrorResponse(error) }).toEqual({
        error: String(error),
        status: 503,
        body: { code: 'DATABASE.UNAVAILABLE', message: expect.any(String) },
      });
  });

  it('keeps other failures a 500 that says nothing of the cause', () => {
    for (const error of [
      new QueryFailedError('SELECT nope', [], withCode('42P01', 'relation "nope" does not exist')),
      new TypeError('x is undefined'),
      withCode('23505', 'duplicate key value violates unique constraint'),
    ]) {
      const { status, body } = toErrorResponse(error);
      expect({ status, body }).toEqual({
        status: 500,
        body: { code: 'INTERNAL', message: 'Something went wrong on our side; it has been logged' },
      });
    }
  });

  it('maps a domain error by its kind, with its code and details', () => {
    const error = new DomainError('STAFF.HAS_LEFT', 'Ana has left', 'rule', { leftOn: '2018-03-31' });
    expect(toErrorResponse(error)).toEqual({
      status: 422,
      body: { code: 'STAFF.HAS_LEFT', message: 'Ana has left', details: { leftOn: '2018-03-31' } },
    });
  });
});
