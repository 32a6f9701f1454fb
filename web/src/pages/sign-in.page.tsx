import { type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { FormActions, TextField, formValues } from '../components/form-fields';
import { useCommand } from '../components/use-command';
import { homeFor } from '../session/access';
import { useSession } from '../session/session-context';

export function SignInPage() {
  const { user, signIn, endedBecause, api } = useSession();
  const command = useCommand(['username', 'password']);
  if (user) return <Navigate to={homeFor(user.roles)} replace />;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { username = '', password = '' } = formValues(event.currentTarget);
    void command.run(async () => {
      const { accessToken } = await api.send<{ accessToken: string }>('POST', '/api/auth/login', {
        username,
        password,
      });
      signIn(accessToken);
    });
  };
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to cadre</h1>
      <p>The Triborough workforce development tracker.</p>
      {endedBecause && (
        <p className="form-error" role="alert">
          {endedBecause}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField label="Username" name="username" command={command} autoComplete="username" required autoFocus />
        <TextField
          label="Password"
          name="password"
          type="password"
          command={command}
          autoComplete="current-password"
          required
        />
        <FormActions command={command} label="Sign in" busyLabel="Signing in…" />
      </form>
    </main>
  );
}
