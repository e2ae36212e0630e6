/** The acknowledgement durations offered; the background accepts exactly these (`ACK_DAYS` in lib/messaging.ts). */
export const ACK_DURATIONS = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
] as const;
