import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { browserSources } from '../../lib/popup/popup-sources';
import { usePopupState } from '../../lib/popup/popup-state';
import { adapterForUrl } from '../../lib/sites';
import './style.css';

const sources = browserSources(window.location);
const detect = (url: URL) => adapterForUrl(url)?.detect(url) ?? null;

function Popup() {
  const [state, actions] = usePopupState(sources, detect);
  return <PopupApp state={state} actions={actions} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Popup />
    </StrictMode>,
  );
}
