import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsRoot } from '../../lib/options/options-root';
import { storeBackend } from '../../lib/options/store-backend';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsRoot backend={storeBackend()} />
    </StrictMode>,
  );
}
