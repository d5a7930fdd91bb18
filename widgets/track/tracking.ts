/** `GET /api/v1/complaints/{code}` (shared/schemas PublicComplaint), as far as the widget reads it. */
export type PublicComplaint = {
  trackingCode: string;
  /** The office's zone: times are shown in it, as on the site. */
  timeZone?: string;
  status: 'submitted' | 'verified' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'reopened';
  visibility: 'public' | 'anonymous' | 'confidential';
  description?: string;
  submittedAt: string;
  deadlines: { firstResponse: string; resolution: string };
  timeline: { type: string; at: string; status: string; message?: string }[];
};

// A tracking code as people type it (`sl jjgd 74ao fo`) is read by the one normaliser the site and the API use.
export { normaliseTrackingCode as normaliseCode } from '../../shared/codes/codes.ts';

/** `complaint.replied` → `replied`: the key of the event's words. */
export function eventKey(type: string): string {
  return type.replace(/^complaint\./, '');
}

/**
 * Draws the public history into `list`: one item per entry, date, what happened and any public message. Plain DOM
 * (text only, never HTML), so the second file needs no list runtime.
 */
export function timeline(list: HTMLElement, entries: PublicComplaint['timeline'], words: Record<string, string>, date: (iso: string) => string): void {
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const when = document.createElement('small');
      const what = document.createElement('strong');
      when.textContent = date(entry.at);
      what.textContent = words[eventKey(entry.type)] ?? entry.type;
      item.append(when, what);
      if (entry.message) {
        const text = document.createElement('span');
        text.textContent = entry.message;
        item.append(text);
      }
      return item;
    })
  );
}
