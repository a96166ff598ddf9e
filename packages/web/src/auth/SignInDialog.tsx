import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useAuth } from './AuthContext';
import { signInErrorText } from './signInErrorText';

export const DEMO_USERS = ['admin', 'officer', 'leader', 'sme', 'analyst'] as const;

/** Sign-in as a modal dialog (Esc closes, focus stays inside); demo users are one click away. */
export function SignInDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { signIn, pending, error, expired } = useAuth();
  const dialog = useRef<HTMLDialogElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!username.trim() || !password) return;
    if (await signIn(username.trim(), password)) {
      setPassword('');
      setTried(false);
      onClose();
    }
  };

  return (
    <dialog ref={dialog} className="dialog" onClose={onClose} aria-labelledby="sign-in-title">
      <form onSubmit={submit} noValidate>
        <h2 id="sign-in-title">{t('auth.title')}</h2>
        {expired && (
          <p className="form-error" data-testid="session-expired">
            {t('auth.expired')}
          </p>
        )}
        <label className="field">
          <span>{t('auth.username')}</span>
          <input
            name="username"
            value={username}
            autoComplete="username"
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {tried && (!username.trim() || !password) && <p className="form-error">{t('auth.required')}</p>}
        {error && (
          <p className="form-error" data-testid="sign-in-error">
            {signInErrorText(t, error)}
          </p>
        )}
        <p className="muted small">{t('auth.demoHint')}</p>
        <div className="chips">
          {DEMO_USERS.map((name) => (
            <button
              key={name}
              type="button"
              className="chip"
              onClick={() => {
                setUsername(name);
                setPassword('atlas-demo');
              }}
            >
              {name}
            </button>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t('state.working') : t('auth.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
