import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ErrorBody } from '../../api/error-words';
import { BOROUGHS, BOROUGH_NAMES, STAFF_ROLES, STAFF_ROLE_NAMES, type Page, type Staff } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { SelectField, TextField } from '../../components/form-fields';
import { LoadError, Loading } from '../../components/status';
import { asBody, useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useApi, useSession } from '../../session/session-context';
import { searchByName } from './staff-search';

const PAGE_SIZE = 50;
const FILTERS = ['borough', 'role', 'level', 'dualQualified'] as const;

export function StaffListPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]));
  const name = params.get('name') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useResource<Page<Staff>>(name ? null : '/api/staff', { ...filters, page, pageSize: PAGE_SIZE });
  const search = useNameSearch(filters, name);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries())
      if (typeof value === 'string' && value.trim()) next.set(key, value.trim());
    setParams(next);
  };
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  const rows = name ? search.found : list.data?.items;
  const error = name ? search.error : list.error;
  return (
    <>
      <div className="page-head">
        <h1>Staff</h1>
        {user && may(user.roles, 'staff.write') && !pastView && (
          <Link className="button" to="/staff/new">
            Hire someone
          </Link>
        )}
      </div>
      <form className="filters" onSubmit={apply} aria-label="Filter staff" key={params.toString()}>
        <TextField label="Name contains" name="name" type="search" defaultValue={name} />
        <SelectField
          label="Borough"
          name="borough"
          defaultValue={filters.borough ?? ''}
          options={[['', 'Any borough'], ...BOROUGHS.map((b): [string, string] => [b, BOROUGH_NAMES[b]])]}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue={filters.role ?? ''}
          options={[['', 'Any role'], ...STAFF_ROLES.map((r): [string, string] => [r, STAFF_ROLE_NAMES[r]])]}
        />
        <SelectField
          label="Systemic level completed"
          name="level"
          defaultValue={filters.level ?? ''}
          options={[
            ['', 'Any level'],
            ['0', 'None yet'],
            ['1', 'Year 1'],
            ['2', 'Year 2'],
            ['3', 'Year 3'],
            ['4', 'Year 4'],
          ]}
        />
        <SelectField
          label="Dual qualified"
          name="dualQualified"
          defaultValue={filters.dualQualified ?? ''}
          options={[
            ['', 'Either'],
            ['true', 'Yes'],
            ['false', 'No'],
          ]}
        />
        <div className="form-actions">
          <button type="submit">Apply filters</button>
        </div>
      </form>
      <LoadError error={error} />
      {(name ? search.loading : list.loading) && <Loading what="staff" />}
      {rows && (
        <>
          <p role="status" className="count">
            {name ? `${rows.length} found by name` : `${list.data?.total ?? 0} people`}
          </p>
          <StaffTable rows={rows} />
          {!name && list.data && list.data.total > PAGE_SIZE && (
            <nav aria-label="Pages" className="pager">
              <button type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                Previous page
              </button>
              <span>
                Page {page} of {Math.ceil(list.data.total / PAGE_SIZE)}
              </span>
              <button type="button" disabled={page * PAGE_SIZE >= list.data.total} onClick={() => goTo(page + 1)}>
                Next page
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function useNameSearch(filters: Record<string, string | undefined>, name: string) {
  const api = useApi();
  const [state, setState] = useState<{ found: Staff[] | undefined; error: ErrorBody | null; loading: boolean }>({
    found: undefined,
    error: null,
    loading: false,
  });
  const key = JSON.stringify(filters);
  useEffect(() => {
    if (!name) return;
    let current = true;
    setState({ found: undefined, error: null, loading: true });
    searchByName(api, JSON.parse(key) as Record<string, string>, name).then(
      (found) => current && setState({ found, error: null, loading: false }),
      (error: unknown) => current && setState({ found: undefined, error: asBody(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [api, key, name]);
  return state;
}

function StaffTable({ rows }: { rows: Staff[] }) {
  return (
    <table>
      <caption className="visually-hidden">Staff</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Borough</th>
          <th scope="col">Role</th>
          <th scope="col">FTE</th>
          <th scope="col">Systemic level</th>
          <th scope="col">Dual qualified</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td>
              <Link to={`/staff/${s.id}`}>{s.name}</Link>
              {s.leftOn && <span className="tag">left</span>}
            </td>
            <td>{s.borough}</td>
            <td>{STAFF_ROLE_NAMES[s.role] ?? s.role}</td>
            <td>{s.fte.toFixed(2)}</td>
            <td>{s.systemicLevel === 0 ? 'None yet' : `Year ${s.systemicLevel}`}</td>
            <td>{s.dualQualified ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
