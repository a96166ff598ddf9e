import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setToken } from '../api/client';
import { LOGIN } from '../api/demandDocuments';
import type { User } from '../api/types';
import { useMutation } from '../api/useMutation';
import { invalidateQueries } from '../api/useQuery';

const STORAGE_KEY = 'atlas.session';

interface Session {
  token: string;
  user: User;
}

interface AuthValue {
  user: User | null;
  signIn(username: string, password: string): Promise<boolean>;
  signOut(): void;
  pending: boolean;
  error: string | null;
}

const AuthContext = createContext<AuthValue | null>(null);

/** The token lives in memory and sessionStorage (gone when the tab closes) and goes out as `Authorization: Bearer`. */
function restore(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    if (session?.token) setToken(session.token);
    return session;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(restore);
  const [login, state] = useMutation<{ login: Session }, { username: string; password: string }>(LOGIN);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const data = await login({ username, password });
      if (!data) return false;
      setToken(data.login.token);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(data.login));
      setSession(data.login);
      invalidateQueries();
      return true;
    },
    [login],
  );

  const signOut = useCallback(() => {
    setToken(null);
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    invalidateQueries();
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      user: session?.user ?? null,
      signIn,
      signOut,
      pending: state.pending,
      error: state.error?.code ?? null,
    }),
    [session, signIn, signOut, state],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}
