import { useState } from 'react';
import { errorText } from '../../api/errorText';
import type { Role, UserAccount } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { RESET_PASSWORD, SET_USER_DISABLED, SET_USER_ROLE } from '../../api/userDocuments';
import { useT } from '../../i18n';
import { needsCompany, ROLE_OPTIONS } from './roles';

/**
 * One account: role, enable/disable, new password. Each change revokes the user's tokens on the server and refreshes
 * the `users` list (api/invalidation.ts).
 */
export function UserRow({ account, self }: { account: UserAccount; self: boolean }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [setRole, roleState] = useMutation(SET_USER_ROLE);
  const [setDisabled, disabledState] = useMutation(SET_USER_DISABLED);
  const [reset, resetState] = useMutation(RESET_PASSWORD);
  const error = roleState.error ?? disabledState.error ?? resetState.error;

  const changeRole = (role: Role) => {
    const companyId = needsCompany(role) ? window.prompt(t('userAdmin.companyPrompt'), account.companyId ?? '') : null;
    if (needsCompany(role) && !companyId) return;
    void setRole({ username: account.username, role, companyId });
  };

  return (
    <tr data-testid={`user-row-${account.username}`} className={account.disabled ? 'muted' : undefined}>
      <td>
        {account.username}
        {account.demo && <span className="badge">{t('userAdmin.demo')}</span>}
      </td>
      <td>
        <select
          aria-label={t('userAdmin.role')}
          value={account.role}
          disabled={self || roleState.pending}
          onChange={(e) => changeRole(e.target.value as Role)}
        >
          {ROLE_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {t.dyn('role', r)}
            </option>
          ))}
        </select>
      </td>
      <td>{account.companyId ?? '—'}</td>
      <td>
        <button
          type="button"
          disabled={self || disabledState.pending}
          onClick={() => void setDisabled({ username: account.username, disabled: !account.disabled })}
        >
          {account.disabled ? t('userAdmin.enable') : t('userAdmin.disable')}
        </button>
      </td>
      <td>
        <form
          className="field-inline"
          onSubmit={async (event) => {
            event.preventDefault();
            setDone(false);
            if (await reset({ username: account.username, password })) {
              setPassword('');
              setDone(true);
            }
          }}
        >
          <input
            type="password"
            aria-label={t('userAdmin.newPassword')}
            placeholder={t('userAdmin.newPassword')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" disabled={!password || resetState.pending}>
            {t('userAdmin.reset')}
          </button>
          {done && <span className="muted">{t('userAdmin.resetDone')}</span>}
        </form>
        {error && (
          <span className="form-error" role="alert">
            {t.dyn('error', error.code)}: {errorText(t, error)}
          </span>
        )}
      </td>
    </tr>
  );
}
