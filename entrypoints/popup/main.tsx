import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp packs={BUILTIN_PACKS} />
    </StrictMode>,
  );
}
