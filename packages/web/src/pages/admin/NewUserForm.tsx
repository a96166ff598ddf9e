import { type FormEvent, useState } from 'react';
import { errorText } from '../../api/errorText';
import type { Role } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { CREATE_USER } from '../../api/userDocuments';
import { useT } from '../../i18n';
import { needsCompany, ROLE_OPTIONS } from './roles';

/** Creates an account; the server applies the password rule and checks the company (auth/accounts.ts). */
export function NewUserForm() {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('ANALYST');
  const [companyId, setCompanyId] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [create, state] = useMutation(CREATE_USER);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      username: username.trim(),
      password,
      role,
      companyId: needsCompany(role) ? companyId.trim() : null,
    };
    const result = await create({ input });
    if (!result) return;
    setCreated(result.createUser.username);
    setUsername('');
    setPassword('');
    setCompanyId('');
  };

  return (
    <form className="user-admin-form" data-testid="user-admin-new" onSubmit={submit}>
      <h2>{t('userAdmin.newTitle')}</h2>
      <label className="field">
        <span>{t('auth.username')}</span>
        <input name="new-username" value={username} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('auth.password')}</span>
        <input
          name="new-password"
          type="password"
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
        />
        <small className="muted">{t('userAdmin.passwordRule')}</small>
      </label>
      <label className="field">
        <span>{t('userAdmin.role')}</span>
        <select name="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLE_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {t.dyn('role', r)}
            </option>
          ))}
        </select>
      </label>
      {needsCompany(role) && (
        <label className="field">
          <span>{t('userAdmin.company')}</span>
          <input name="new-company" value={companyId} onChange={(e) => setCompanyId(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={state.pending || !username.trim() || !password}>
        {t('userAdmin.create')}
      </button>
      {state.error && (
        <p className="form-error" role="alert">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </p>
      )}
      {created && !state.error && (
        <p className="muted" role="status">
          {t('userAdmin.created', { username: created })}
        </p>
      )}
    </form>
  );
}
