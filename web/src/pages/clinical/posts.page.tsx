import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BOROUGHS, BOROUGH_NAMES, POST_KINDS, POST_KIND_NAMES, type Page, type Post } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { LoadError, Loading, pounds, shortDate } from '../../components/status';
import { useAllPages } from '../../components/use-all-pages';
import { useCommand } from '../../components/use-command';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useApi, useSession } from '../../session/session-context';

const FILTERS = ['borough', 'kind', 'status', 'vacant'] as const;

export default function PostsPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]));
  const posts = useResource<Page<Post>>('/api/posts', { ...filters, pageSize: 500 });
  const writes = user !== null && may(user.roles, 'posts.write') && !pastView;
  const [round, setRound] = useState(0);
  const targets = useAllPages<Post>('/api/posts', { kind: 'social-work', vacant: false, status: 'established' }, round);
  const integrated = () => {
    posts.reload();
    setRound((r) => r + 1);
  };
  return (
    <>
      <h1>Posts</h1>
      <form
        className="filters"
        aria-label="Filter posts"
        key={params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          setParams(formValues(e.currentTarget));
        }}
      >
        <SelectField
          label="Borough"
          name="borough"
          defaultValue={filters.borough ?? ''}
          options={[['', 'Any borough'], ...BOROUGHS.map((b): [string, string] => [b, BOROUGH_NAMES[b]])]}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={filters.kind ?? ''}
          options={[['', 'Any kind'], ...POST_KINDS.map((k): [string, string] => [k, POST_KIND_NAMES[k]])]}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={filters.status ?? ''}
          options={[
            ['', 'Any status'],
            ['established', 'Open'],
            ['integrated', 'Integrated'],
            ['disestablished', 'Disestablished'],
          ]}
        />
        <SelectField
          label="Held"
          name="vacant"
          defaultValue={filters.vacant ?? ''}
          options={[
            ['', 'Either'],
            ['false', 'Held'],
            ['true', 'Vacant'],
          ]}
        />
        <div className="form-actions">
          <button type="submit">Apply filters</button>
        </div>
      </form>
      <LoadError error={posts.error} />
      {posts.loading && !posts.data && <Loading what="posts" />}
      {posts.data && (
        <>
          <p className="count" role="status">
            {posts.data.total} posts
            {posts.data.total > posts.data.items.length ? `, the first ${posts.data.items.length} shown` : ''}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Post</th>
                <th scope="col">Kind</th>
                <th scope="col">Borough</th>
                <th scope="col">WTE</th>
                <th scope="col">Annual cost</th>
                <th scope="col">Held</th>
                <th scope="col">Status</th>
                {writes && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {posts.data.items.map((p) => (
                <tr key={p.id} data-testid={`post-${p.id}`}>
                  <td>
                    <Link to={`/audit/timeline/post/${p.id}`}>{p.title}</Link>
                    {p.integratedWte > 0 && (
                      <span className="hint block">carries {p.integratedWte.toFixed(2)} WTE of clinician work</span>
                    )}
                  </td>
                  <td>{POST_KIND_NAMES[p.kind]}</td>
                  <td>{p.borough}</td>
                  <td>{p.wte.toFixed(2)}</td>
                  <td>{pounds(p.annualCostPence)}</td>
                  <td>
                    {p.holder ? (
                      <Link to={`/staff/${p.holder.staffId}`}>since {shortDate(p.holder.from)}</Link>
                    ) : (
                      'Vacant'
                    )}
                  </td>
                  <td>
                    {p.status === 'established' ? 'Open' : p.status === 'integrated' ? 'Integrated' : 'Disestablished'}
                    {p.endedOn && <span className="hint block">from {shortDate(p.endedOn)}</span>}
                  </td>
                  {writes && (
                    <td>
                      {p.kind === 'clinician' && p.status === 'established' && (
                        <IntegrateForm post={p} targets={targets.items ?? []} onDone={integrated} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/** Moves a clinician post's work into a social work post held by a dual-qualified person. */
function IntegrateForm({ post, targets, onDone }: { post: Post; targets: Post[]; onDone: () => void }) {
  const api = useApi();
  const command = useCommand(['intoPostId', 'on', 'reason']);
  const candidates = targets
    .filter((t) => t.borough === post.borough)
    .concat(targets.filter((t) => t.borough !== post.borough));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `/api/posts/${post.id}/integration`, body);
      onDone();
      return 'Integrated.';
    });
  };
  return (
    <details>
      <summary>Integrate</summary>
      <form onSubmit={submit} noValidate className="inline-form" aria-label={`Integrate ${post.title}`}>
        <SelectField
          label="Into social work post"
          name="intoPostId"
          command={command}
          options={[
            ['', 'Choose a held social work post'],
            ...candidates.map((t): [string, string] => [t.id, `${t.title} (${t.borough}, ${t.wte.toFixed(2)} WTE)`]),
          ]}
        />
        <TextField label="From" name="on" type="date" command={command} required />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Integrate the post" />
      </form>
    </details>
  );
}
