// `suara-score.js`: <suara-score>, loaded when the first one starts (see index.ts).
export { default } from './score/Score.svelte';
