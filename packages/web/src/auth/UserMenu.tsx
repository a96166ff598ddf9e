import { useState } from 'react';
import { useT } from '../i18n';
import { useAuth } from './AuthContext';
import { SignInDialog } from './SignInDialog';

/** Who is signed in, with sign-in / sign-out. */
export function UserMenu() {
  const t = useT();
  const { user, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  if (user)
    return (
      <div className="user" data-testid="user-menu">
        <span className="user-name" title={t.dyn('role', user.role)}>
          {user.username} · {t.dyn('role', user.role)}
        </span>
        <button type="button" className="ghost" onClick={signOut}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  return (
    <>
      <button type="button" className="ghost" data-testid="sign-in" onClick={() => setOpen(true)}>
        {t('auth.signIn')}
      </button>
      <SignInDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
