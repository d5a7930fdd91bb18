/**
 * A stored line handed to `appendLines` (store:copy, docs/scaling.md) does not link to the head it would follow:
 * it is not the next event of the chain being copied, so nothing of the call is written.
 */
export class ChainLinkMismatch extends Error {
  constructor(
    readonly seq: number,
    readonly expectedLink: string
  ) {
    super(`Kejadian ${seq} tidak menyambung ke rantai / event ${seq} does not link to the chain: its "p" is not ${expectedLink}, the hash of event ${seq - 1}`);
    this.name = 'ChainLinkMismatch';
  }
}
