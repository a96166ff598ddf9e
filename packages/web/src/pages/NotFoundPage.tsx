import { Empty } from '../components/StateView';
import { useT } from '../i18n';
import { Link } from '../router/Link';

export function NotFoundPage() {
  const t = useT();
  return (
    <section>
      <Empty title={t('notFound.title')} hint={t('notFound.hint')} />
      <p>
        <Link href="/">{t('nav.overview')}</Link>
      </p>
    </section>
  );
}
