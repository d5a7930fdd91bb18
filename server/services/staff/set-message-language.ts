import type { MessageLanguageChange } from '../../../shared/schemas/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import { auditedChange } from '../admin/audit.ts';
import type { ServiceContext } from '../context.ts';

/**
 * A logged-in person chooses the language of the messages sent to them (deadline reminders: docs/notifications.md);
 * `both` clears the choice, which sends both languages, Indonesian first. The admin journal records it.
 */
export async function setMessageLanguage({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: MessageLanguageChange }): Promise<void> {
  await auditedChange(ctx, staff, (draft) => {
    const account = draft.staff.find((candidate) => candidate.id === staff.id)!;
    const from = account.language ?? 'both';
    if (input.language === 'both') delete account.language;
    else account.language = input.language;
    return { kind: 'staff', objectId: staff.id, action: 'message-language', changes: [{ field: 'language', from, to: input.language }] };
  });
}
