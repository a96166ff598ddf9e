import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, initialLocale } from './App';
import { loadMessages } from './i18n';
import './styles/base.css';
import './styles/shell.css';
import './styles/badges.css';
import './styles/overview.css';
import './styles/chain.css';
import './styles/lists.css';
import './styles/menus.css';
import './styles/review.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// The reader's language first (English is a chunk of its own); on a failed load the page renders in zh-CN.
void loadMessages(initialLocale())
  .catch(() => {})
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
