import { useQuery } from '../../api/useQuery';
import { USERS } from '../../api/userDocuments';
import { useAuth } from '../../auth/AuthContext';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

/** `/admin/users`: accounts for admins — the web twin of `pnpm atlas user …`. */
export default function UserAdminPage() {
  const t = useT();
  const { user } = useAuth();
  const admin = user?.role === 'ADMIN';
  const state = useQuery(USERS, {}, { skip: !admin });
  return (
    <section className="user-admin" data-testid="user-admin">
      <header className="page-head">
        <div>
          <h1>{t('userAdmin.title')}</h1>
          <p className="muted">{t('userAdmin.subtitle')}</p>
        </div>
      </header>
      {!user ? (
        <Empty title={t('error.UNAUTHENTICATED')} hint={t('userAdmin.signIn')} />
      ) : !admin ? (
        <Empty title={t('error.FORBIDDEN')} hint={t('userAdmin.forbidden')} />
      ) : (
        <>
          <NewUserForm />
          <QueryView state={state}>
            {({ users }) => (
              <table className="table" data-testid="user-admin-list">
                <thead>
                  <tr>
                    <th>{t('auth.username')}</th>
                    <th>{t('userAdmin.role')}</th>
                    <th>{t('userAdmin.company')}</th>
                    <th>{t('userAdmin.state')}</th>
                    <th>{t('userAdmin.newPassword')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((account) => (
                    <UserRow key={account.id} account={account} self={account.username === user.username} />
                  ))}
                </tbody>
              </table>
            )}
          </QueryView>
        </>
      )}
    </section>
  );
}
