export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? noun : pluralNoun}`;
}

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// Server-rendered timestamps are shown in UTC, labelled, so the server and browser agree.
export function formatTimestamp(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}
