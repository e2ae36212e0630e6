/**
 * ServiceNow classic forms have their own field messages (`g_form.showFieldMsg`), where users already look: there
 * FieldGuard also shows each marker's open findings as one such message, through the main-world bridge. It keeps
 * track of what it showed, so it replaces and clears its own messages only, and never the form's.
 */
import type { MarkerView } from './overlay/types';
import type { RecordPage } from '../sites/types';
import { logError } from './log';
import { isFieldName, MAX_MESSAGE_CHARS, type FieldMessageType, type PageCommand } from './page-values';

export type PageCommandRunner = (command: PageCommand) => Promise<boolean>;

export interface FieldMessage {
  readonly text: string;
  readonly type: FieldMessageType;
}

/** Classic forms only: a workspace form keeps its `g_form` out of the page's globals and shows no FieldGuard marker. */
export function usesAppFieldMessages(page: RecordPage): boolean {
  return page.app === 'servicenow' && page.context?.ui === 'classic';
}

/** One message per marked field: the titles of its unacknowledged findings, an error when one of them is. */
export function fieldMessagesOf(markers: readonly MarkerView[]): Map<string, FieldMessage> {
  const messages = new Map<string, FieldMessage>();
  for (const marker of markers) {
    const open = marker.findings.filter((finding) => !finding.acknowledged);
    if (open.length === 0 || !isFieldName(marker.field)) continue;
    messages.set(marker.field, {
      text: plainText(open.map((finding) => finding.title).join('; ')),
      type: open.some((finding) => finding.severity === 'error') ? 'error' : 'info',
    });
  }
  return messages;
}

/** Titles are plain text already (pack validation); angle brackets are replaced anyway, as the bridge refuses them. */
function plainText(text: string): string {
  const safe = text.replace(/</g, '‹').replace(/>/g, '›');
  return safe.length <= MAX_MESSAGE_CHARS ? safe : `${safe.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}

export class AppFieldMessages {
  /** What FieldGuard shows per field, as `type text`. */
  private readonly shown = new Map<string, string>();
  /** Commands run one after another, so a replacement's hide always comes before its show. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly run: PageCommandRunner) {}

  update(wanted: ReadonlyMap<string, FieldMessage>): void {
    for (const [field, shown] of this.shown) {
      const next = wanted.get(field);
      if (next && keyOf(next) === shown) continue;
      this.shown.delete(field);
      this.enqueue({ command: 'hide-field-message', field });
    }
    for (const [field, message] of wanted) {
      if (this.shown.has(field)) continue;
      this.shown.set(field, keyOf(message));
      this.enqueue({ command: 'show-field-message', field, text: message.text, type: message.type });
    }
  }

  clear(): void {
    this.update(new Map());
  }

  private enqueue(command: PageCommand): void {
    this.queue = this.queue
      .then(() => this.run(command))
      .then(
        () => undefined,
        (error: unknown) => logError(`the form's field message for ${command.field} could not be updated`, error),
      );
  }
}

function keyOf(message: FieldMessage): string {
  return `${message.type} ${message.text}`;
}
