// Without the schema library: the site's form and the widget read these in the browser.

/** How many files a complaint may carry, and how large each (docs/operations.md, "Photos and documents"). */
export const ATTACHMENT_LIMITS = { files: 3, fileBytes: 5 * 1024 * 1024 } as const;

/** What a file input may offer to choose (a hint only: the server looks at the bytes). */
export const ATTACHMENT_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';
