// The rating page ships no JavaScript: a face is a submit button, so a tap is a rating the moment it is sent, on
// any phone, and the page stays a few kilobytes on a weak connection (the tap's key makes a resend count once).
export const csr = false;
