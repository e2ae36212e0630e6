import type { RulePack } from '../../lib/rules/schema';
import { APP_LABELS } from '../app-labels';

export interface PopupAppProps {
  readonly packs: readonly RulePack[];
}

/** The popup's first face: which rule packs ship with this build, grouped by app. */
export function PopupApp({ packs }: PopupAppProps) {
  const apps = [...new Set(packs.map((pack) => pack.app))];
  return (
    <main className="fg-popup">
      <header>
        <h1>FieldGuard</h1>
        <p>Lints the record you have open against these rule packs.</p>
      </header>
      {apps.map((app) => (
        <section key={app} aria-label={APP_LABELS[app]}>
          <h2>{APP_LABELS[app]}</h2>
          <ul>
            {packs
              .filter((pack) => pack.app === app)
              .map((pack) => (
                <li key={pack.id} title={pack.description}>
                  <span className="fg-pack-name">{pack.name}</span>
                  <span className="fg-pack-meta">
                    {pack.object} · {pack.rules.length} rules
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
