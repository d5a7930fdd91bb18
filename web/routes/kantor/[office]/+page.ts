// The office page ships no JavaScript: its charts are drawn by the server and the period picker is a GET form, so
// the page is read as soon as its HTML arrives, with nothing to download and run first on a low-end phone.
export const csr = false;
