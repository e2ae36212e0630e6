/**
 * The browser's time zone for evaluations, and a warm-up of Intl. The first Intl call of a page loads locale data
 * (30-40 ms on a slow machine, measured): `warmUpIntl` makes it in a task of its own before the first look at the
 * page, so neither the script's start-up task nor the first read (Salesforce parses numbers with Intl) carries it.
 */
import { calendarDateIn } from '../rules/logic/time-zones';

let timeZone: string | null = null;

export function browserTimeZone(): string {
  return (timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export function warmUpIntl(): void {
  calendarDateIn(Date.now(), browserTimeZone());
}
