import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as ClientProvider } from 'urql';
import { LOGIN } from '../api/authDocuments';
import { ApiError, apiErrorOf, createApiClient } from '../api/client';
import type { User } from '../api/types';
import { loadFeatureMessages } from '../i18n';

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
  /** Why the last sign-in failed (its refusal reason and params, if the server gave one); `signInErrorText` words it. */
  error: ApiError | null;
  /** The sign-in dialog: opened from the header, or by the API when the session's token expired. */
  dialogOpen: boolean;
  openSignIn(): void;
  closeSignIn(): void;
  /** The last session ended because the token expired or was revoked (the dialog says so). */
  expired: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

/** The token lives in memory and sessionStorage (gone when the tab closes) and goes out as `Authorization: Bearer`. */
function restore(): Session | null {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
}

/** The session and the GraphQL client that carries its token: a new session gets a new client and an empty cache. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(restore);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [expired, setExpired] = useState(false);

  const endSession = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  // An UNAUTHENTICATED answer to a signed-in request: sign out and ask to sign in again.
  const onExpired = useCallback(() => {
    endSession();
    setExpired(true);
    setDialogOpen(true);
  }, [endSession]);
  const token = session?.token ?? null;
  const client = useMemo(() => createApiClient(token, onExpired), [token, onExpired]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      setPending(true);
      setError(null);
      const result = await client.mutation(LOGIN, { username, password }).toPromise();
      if (result.error || !result.data) {
        // Refusals are worded by the features' messages (serverErrors), which a first page may not have loaded yet.
        await loadFeatureMessages().catch(() => undefined);
        setPending(false);
        setError(result.error ? apiErrorOf(result.error) : new ApiError('no data in the sign-in answer', 'INTERNAL'));
        return false;
      }
      setPending(false);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(result.data.login));
      setSession(result.data.login);
      setExpired(false);
      return true;
    },
    [client],
  );

  const openSignIn = useCallback(() => setDialogOpen(true), []);
  const closeSignIn = useCallback(() => setDialogOpen(false), []);

  const value = useMemo<AuthValue>(
    () => ({
      user: session?.user ?? null,
      signIn,
      signOut: endSession,
      pending,
      error,
      dialogOpen,
      openSignIn,
      closeSignIn,
      expired,
    }),
    [session, signIn, endSession, pending, error, dialogOpen, openSignIn, closeSignIn, expired],
  );
  return (
    <ClientProvider value={client}>
      <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
    </ClientProvider>
  );
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}
