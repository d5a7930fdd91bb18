// `suara-rating.js`: <suara-rating>, loaded when the first one starts (see index.ts).
export { default } from './rating/Rating.svelte';
