// `suara-forms.js`: <suara-complaint> and <suara-track>, loaded when the first of them starts (see index.ts).
export { default as Complaint } from './complaint/Complaint.svelte';
export { default as Track } from './track/Track.svelte';
