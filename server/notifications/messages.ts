import { notificationText, type NotificationKey } from '../../shared/i18n/notifications.ts';
import { maskPersonalData } from '../../shared/privacy/mask.ts';
import type { Delivery } from './types.ts';

/** What a message is built from: the delivery, names looked up when sending, and the links it carries. */
export type MessageFacts = {
  delivery: Delivery;
  officeName: string;
  /** The deadline that passed, as a local date of the office (deadline notices only). */
  deadlineDate?: string;
  origin: string;
  unsubscribeUrl: string;
};

/**
 * Subject, plain text and simple HTML of one notification. It names the complaint by its tracking code and
 * quotes the staff's public message masked (shared/privacy/mask.ts), never the complaint's own text, the
 * citizen's contact or the secret: what it says is safe for whoever reads the inbox.
 */
export function composeMessage(facts: MessageFacts): ComposedMessage {
  const { subject, paragraphs } = compose(facts, facts.delivery.locale);
  return { subject, text: plainText(paragraphs), html: htmlDocument(facts.delivery.locale, paragraphs) };
}

/**
 * The same message in both languages, Indonesian first: for a staff account that has not said which it reads
 * (docs/notifications.md). One subject, and one body with each language in its own part.
 */
export function composeBilingualMessage(facts: MessageFacts): ComposedMessage {
  const id = compose(facts, 'id');
  const en = compose(facts, 'en');
  return {
    subject: `${id.subject} / ${en.subject}`,
    text: `${plainText(id.paragraphs)}\n— English —\n\n${plainText(en.paragraphs)}`,
    html: `<!doctype html><html lang="id"><body><div lang="id">${id.paragraphs.map(htmlParagraph).join('')}</div><hr><div lang="en">${en.paragraphs.map(htmlParagraph).join('')}</div></body></html>`
  };
}

type ComposedMessage = { subject: string; text: string; html: string };

function compose({ delivery, officeName, deadlineDate, origin, unsubscribeUrl }: MessageFacts, locale: 'id' | 'en'): { subject: string; paragraphs: Paragraph[] } {
  const { trackingCode: code, kind } = delivery;
  const toStaff = delivery.recipient !== 'citizen';
  const t = (key: NotificationKey, values: Record<string, string> = {}) => notificationText(locale, key, { code, office: officeName, date: deadlineDate ?? '', ...values });
  const subject = t(kind === 'deadline' ? (toStaff ? 'subject.deadlineStaff' : 'subject.deadline') : `subject.${kind}`);
  const lead =
    kind === 'deadline'
      ? t(`body.${toStaff ? 'staff' : 'deadline'}.${delivery.deadline ?? 'firstResponse'}`)
      : t(`body.${kind}`, { reason: delivery.reason ? t(`reason.${delivery.reason}` as NotificationKey) : '' });
  const paragraphs: Paragraph[] = [{ text: lead }];
  if (delivery.message && !toStaff) paragraphs.push({ text: `${t('message.label')}\n${maskPersonalData(delivery.message)}` });
  if (kind === 'resolved') paragraphs.push({ text: t('resolved.question'), link: `${origin}/lacak/${code}` });
  if (toStaff) paragraphs.push({ text: t('console.label'), link: `${origin}/konsol/pengaduan/${code}` });
  else if (kind !== 'resolved') paragraphs.push({ text: t('track.label'), link: `${origin}/lacak/${code}` });
  paragraphs.push({ text: t(toStaff ? 'footer.staff' : 'footer.citizen'), link: unsubscribeUrl });
  return { subject, paragraphs };
}

function plainText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => (p.link ? `${p.text}\n${p.link}` : p.text)).join('\n\n') + '\n';
}

function htmlDocument(locale: 'id' | 'en', paragraphs: readonly Paragraph[]): string {
  return `<!doctype html><html lang="${locale}"><body>${paragraphs.map(htmlParagraph).join('')}</body></html>`;
}

type Paragraph = { text: string; link?: string };

function htmlParagraph({ text, link }: Paragraph): string {
  const body = escapeHtml(text).replaceAll('\n', '<br>');
  return `<p>${body}${link ? `<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : ''}</p>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
