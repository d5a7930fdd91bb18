import type { MessageLanguageChange } from '../../../shared/schemas/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import { auditedStaffChange } from '../admin/audit.ts';
import type { ServiceContext } from '../context.ts';

/**
 * A logged-in person chooses the language of the messages sent to them (deadline reminders: docs/notifications.md);
 * `both` clears the choice, which sends both languages, Indonesian first. The admin journal records it.
 */
export async function setMessageLanguage({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: MessageLanguageChange }): Promise<void> {
  await auditedStaffChange(ctx, staff, staff.id, (current) => {
    const from = current.language ?? 'both';
    const { language: _previous, ...rest } = current;
    const account: StaffAccount = input.language === 'both' ? rest : { ...rest, language: input.language };
    return { account, entry: { kind: 'staff', objectId: staff.id, action: 'message-language', changes: [{ field: 'language', from, to: input.language }] } };
  });
}
