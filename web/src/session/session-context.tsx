import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api/api-client';
import { useAsAt } from '../as-at/as-at-context';
import { userFromToken, type SessionUser } from './token-claims';

// The token lives in this tab only (sessionStorage): closing the tab signs out, nothing is left on disk.
const TOKEN_KEY = 'cadre.accessToken';

interface Session {
  token: string | null;
  user: SessionUser | null;
  /** Why the last session ended, to show on the sign-in page. */
  endedBecause: string | null;
  signIn(token: string): void;
  signOut(reason?: string): void;
  api: ApiClient;
}

const SessionContext = createContext<Session | null>(null);

const storedToken = (): string | null => {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const user = token ? userFromToken(token) : null;
  if (!token || !user || (user.expiresAt !== null && user.expiresAt * 1000 <= Date.now())) return null;
  return token;
};

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(storedToken);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);
  const { view } = useAsAt();

  const signOut = useCallback((reason?: string) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setEndedBecause(reason ?? null);
  }, []);

  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setEndedBecause(null);
    setToken(next);
  }, []);

  const session = useMemo<Session>(
    () => ({
      token,
      user: token ? userFromToken(token) : null,
      endedBecause,
      signIn,
      signOut,
      api: createApiClient({
        token,
        view,
        onUnauthenticated: () => signOut('Your session has ended. Sign in again.'),
      }),
    }),
    [token, endedBecause, signIn, signOut, view],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const useApi = (): ApiClient => useSession().api;
