import type { OptionsSnapshot } from '../../lib/options/options-backend';
import type { OptionsActions } from '../../lib/options/use-options';
import type { ManagedPolicy } from '../../lib/store/types';
import { AcksSection } from './AcksSection';
import { DataSection } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { EnforcementSection } from './EnforcementSection';
import { HubSpotSection } from './HubSpotSection';
import { PacksSection } from './PacksSection';
import { RemoteSection } from './RemoteSection';

export interface OptionsAppProps {
  readonly snapshot: OptionsSnapshot;
  readonly actions: OptionsActions;
  readonly maxHistoryDays: number;
  /** Epoch milliseconds, for telling expired acknowledgements apart. */
  readonly now: number;
}

const SECTIONS = [
  { id: 'packs', label: 'Rule packs' },
  { id: 'remote', label: 'Remote rule packs' },
  { id: 'domains', label: 'Custom domains' },
  { id: 'hubspot', label: 'HubSpot records' },
  { id: 'enforcement', label: 'Enforcement advice' },
  { id: 'acks', label: 'Acknowledgements' },
  { id: 'data', label: 'Data' },
] as const;

export function policyIsActive(policy: ManagedPolicy): boolean {
  return policy.remoteRulePackUrls.length > 0 || policy.lockedPacks.length > 0 || policy.disabledBuiltinPacks.length > 0 || !policy.allowUserImports;
}

/** FieldGuard's options page: what admins configure, one section per concern, reachable from the side navigation. */
export function OptionsApp({ snapshot, actions, maxHistoryDays, now }: OptionsAppProps) {
  const { packs, prefs, policy, storage, syncStates, acks, customDomains } = snapshot;
  const importBlockedReason = !policy.allowUserImports
    ? "Your organisation's policy does not allow importing rule packs. Ask your administrator to add the pack to the remote URLs instead."
    : !storage.ok
      ? `Imported packs cannot be stored right now (${storage.reason}).`
      : null;
  const ruleTitles = new Map(packs.flatMap((entry) => entry.pack.rules.map((rule) => [`${entry.pack.id}/${rule.id}`, rule.title] as const)));

  return (
    <div className="fg-options">
      <a className="fg-skip" href="#main">
        Skip to content
      </a>
      <header className="fg-header">
        <span className="fg-logo" aria-hidden="true">
          FG
        </span>
        <div>
          <h1>FieldGuard settings</h1>
          <p>Rule packs, where they come from, and what this browser keeps.</p>
        </div>
      </header>
      <div className="fg-layout">
        <nav className="fg-nav" aria-label="Settings sections">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="fg-main" tabIndex={-1}>
          {!storage.ok && (
            <div className="fg-banner fg-banner-error" role="alert">
              <span className="fg-banner-icon" aria-hidden="true">
                !
              </span>
              <div>
                <strong>Storage is unavailable: only the built-in packs are in use.</strong> {storage.reason}. Imported and remote packs,
                history and acknowledgements cannot be read or saved until it works again; nothing already stored is lost.
              </div>
            </div>
          )}
          {policyIsActive(policy) && (
            <div className="fg-banner fg-banner-info" role="status">
              <span className="fg-banner-icon" aria-hidden="true">
                🔒
              </span>
              <div>
                <strong>Some settings are managed by your organisation.</strong> Items marked with a lock are set by its policy and cannot be
                changed here.
              </div>
            </div>
          )}
          <PacksSection
            packs={packs}
            importBlockedReason={importBlockedReason}
            onToggle={actions.setPackEnabled}
            onImport={actions.importPackText}
            onRemove={actions.removePack}
            onExport={actions.exportPack}
          />
          <RemoteSection
            states={syncStates}
            policyUrls={policy.remoteRulePackUrls}
            storageOk={storage.ok}
            onAdd={actions.addRemoteUrl}
            onRemove={actions.removeRemoteUrl}
            onSync={actions.syncNow}
          />
          <DomainsSection domains={customDomains} onAdd={actions.addCustomDomain} onRemove={actions.removeCustomDomain} />
          <HubSpotSection internalApi={prefs.hubspotInternalApi} onChange={actions.setHubSpotInternalApi} />
          <EnforcementSection packs={packs} />
          <AcksSection acks={acks} now={now} ruleTitles={ruleTitles} onExport={actions.exportAcks} />
          <DataSection
            displayName={prefs.displayName}
            historyDays={prefs.historyDays}
            maxHistoryDays={maxHistoryDays}
            storageOk={storage.ok}
            onSaveName={actions.setDisplayName}
            onSaveHistoryDays={actions.setHistoryDays}
            onExportHistory={actions.exportHistory}
            onClearEverything={actions.clearEverything}
          />
        </main>
      </div>
    </div>
  );
}
