// The home page ships no JavaScript: every control on it is a link or a GET form, so the page is read as soon
// as its HTML arrives, with nothing to run first on a low-end phone. Sorting and searching land back at the
// table (`#offices-title`), where the person was.
export const csr = false;
