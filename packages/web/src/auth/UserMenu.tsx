import { lazy, Suspense } from 'react';
import { lazyWithMessages, useT } from '../i18n';
import { useAuth } from './AuthContext';

// Loaded on first use: most visits never sign in.
const SignInDialog = lazy(lazyWithMessages(() => import('./SignInDialog').then((m) => ({ default: m.SignInDialog }))));

/** Who is signed in, with sign-in / sign-out; the dialog also opens when a session expires. */
export function UserMenu() {
  const t = useT();
  const { user, signOut, dialogOpen, openSignIn, closeSignIn } = useAuth();
  return (
    <>
      {user ? (
        <div className="user" data-testid="user-menu">
          <span className="user-name" title={t.dyn('role', user.role)}>
            {user.username} · {t.dyn('role', user.role)}
          </span>
          <button type="button" className="ghost" onClick={signOut}>
            {t('auth.signOut')}
          </button>
        </div>
      ) : (
        <button type="button" className="ghost" data-testid="sign-in" onClick={openSignIn}>
          {t('auth.signIn')}
        </button>
      )}
      {dialogOpen && !user && (
        <Suspense fallback={null}>
          <SignInDialog open onClose={closeSignIn} />
        </Suspense>
      )}
    </>
  );
}
